/**
 * Folds for full screen: a widget marks a `<details data-nn-fold>` — its settings, a long history —
 * and when its figure goes full screen (a lecturer projecting it) those folds close to their summary
 * line, so the screen shows what the room watches; leaving full screen opens again exactly the folds
 * it closed (a fold the reader had closed stays closed). The summary stays a native, focusable
 * toggle, so a fold can still be opened in full screen.
 *
 *   <details data-nn-fold open><summary>Settings: AND, α = 0.1</summary> …fields… </details>
 */

/** Closes the open folds inside `figure` (entering full screen) or reopens those it closed (leaving). */
export function foldForFullscreen(figure: ParentNode, entering: boolean): void {
  if (entering) {
    for (const fold of figure.querySelectorAll<HTMLDetailsElement>('details[data-nn-fold][open]')) {
      fold.open = false;
      fold.dataset.nnFolded = '';
    }
    return;
  }
  for (const fold of figure.querySelectorAll<HTMLDetailsElement>('details[data-nn-folded]')) {
    fold.open = true;
    delete fold.dataset.nnFolded;
  }
}
