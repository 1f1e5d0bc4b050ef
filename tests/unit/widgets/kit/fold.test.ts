// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { foldForFullscreen } from '../../../../src/widgets/kit/fold';

function figure(): HTMLElement {
  const root = document.createElement('figure');
  root.innerHTML = `
    <details data-nn-fold open id="settings"><summary>Settings</summary><p>fields</p></details>
    <details data-nn-fold id="history"><summary>History</summary><p>rows</p></details>
    <details open id="plain"><summary>Not a fold</summary><p>text</p></details>`;
  return root;
}
const open = (root: HTMLElement) => [...root.querySelectorAll('details')].filter((d) => d.open).map((d) => d.id);

describe('foldForFullscreen', () => {
  it('entering closes only the open folds; details without data-nn-fold stay as they are', () => {
    const root = figure();
    foldForFullscreen(root, true);
    expect(open(root)).toEqual(['plain']);
  });

  it('leaving reopens the folds it closed, not a fold the reader had closed', () => {
    const root = figure();
    foldForFullscreen(root, true);
    foldForFullscreen(root, false);
    expect(open(root)).toEqual(['settings', 'plain']);
  });

  it('a fold opened by hand in full screen stays open on leaving, and is closed again next time', () => {
    const root = figure();
    foldForFullscreen(root, true);
    root.querySelector<HTMLDetailsElement>('#history')!.open = true;
    foldForFullscreen(root, false);
    expect(open(root)).toEqual(['settings', 'history', 'plain']);
    foldForFullscreen(root, true);
    expect(open(root)).toEqual(['plain']);
  });
});
