// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageKeys } from '../../../../src/widgets/kit/key-listener';
import { defineUrlTable } from '../../../../src/widgets/kit/url-state';
import { widgetElement } from '../../../../src/widgets/kit/widget';

/**
 * kit.shortcut takes a string key or, for a description with a number in it ("Trace input row 3"),
 * a function of the language: the help overlay lists it in the language asked for, and the key
 * reaches the widget's handler while the focus is inside it.
 */
const TABLE = defineUrlTable([{ key: 'row', type: 'int', default: 0, min: 0, max: 4 }]);

describe('widgetElement: kit.shortcut with a description made per language', () => {
  beforeEach(() => {
    vi.stubGlobal('IntersectionObserver', undefined);
    history.replaceState(null, '', '/page');
  });
  afterEach(() => {
    document.body.replaceChildren();
    vi.unstubAllGlobals();
  });

  it('lists "row 3" in English and in Korean, and pressing 3 inside the widget sets the row', async () => {
    customElements.define(
      'nn-test-shortcut-widget',
      widgetElement({
        id: 'shortcut-test',
        table: TABLE,
        model: () => null,
        view(kit) {
          kit.shortcut('3', (lang) => (lang === 'ko' ? '3행' : 'row 3'), () => kit.set({ row: 3 }));
          const out = document.createElement('output');
          return { root: kit.layout({ controls: [kit.button('focus me', () => undefined, 'focus')], visual: out }), out };
        },
        render({ out }, { state }) {
          out.textContent = `row ${state.row}`;
        },
      }),
    );
    const figure = document.createElement('figure');
    figure.dataset.nnFrame = 'shortcut-test';
    figure.lang = 'en';
    figure.innerHTML = '<nn-test-shortcut-widget></nn-test-shortcut-widget><p data-nn-live></p>';
    document.body.append(figure);
    const element = figure.querySelector('nn-test-shortcut-widget')!;
    await vi.waitFor(() => expect(element.querySelector('output')?.textContent).toBe('row 0'));

    expect(pageKeys().list('en')).toContainEqual({ scope: 'widget', labels: ['3'], description: 'row 3' });
    expect(pageKeys().list('ko')).toContainEqual({ scope: 'widget', labels: ['3'], description: '3행' });

    element.querySelector<HTMLButtonElement>('button.focus')!.focus();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: '3', bubbles: true }));
    await vi.waitFor(() => expect(element.querySelector('output')?.textContent).toBe('row 3'));
  });
});
