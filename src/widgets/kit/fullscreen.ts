/**
 * Full screen for one widget: a button that puts the widget's <figure> into full screen (the
 * Fullscreen API) and takes it out again; Esc also leaves, as the browser does by default. The
 * button's text says what pressing it will do — "Full screen" / "Leave full screen" — and is its
 * name (no aria-pressed with a changing name; see controls/transport.ts). The figure is sized to
 * the screen by CSS (widgets.css, `.widget:fullscreen`), the widget's folds close (fold.ts), and the
 * charts inside redraw at the new size through their ResizeObservers (charts/chart-frame.ts).
 *
 * No keyboard shortcut, by decision: F belongs to the lectures (whole page full screen), and the
 * key registry matches letters in either case (keys.ts), so Shift+F could not be told apart from F
 * — a widget-scoped F would silently take the lecture's key whenever a widget had focus. The
 * button is a native <button>, in the Tab order, inside the figure (so it stays reachable in full
 * screen), which is all a keyboard user needs. Requesting full screen for the figure while the page
 * is already full screen (a lecture's F) nests: leaving returns to the page's full screen.
 *
 * Where the API is missing or refused (iPhone Safari for non-video elements, iframes without
 * allowfullscreen), the button stays hidden: a control that cannot work is not offered.
 */
import type { Lang } from '../../i18n';
import { setText } from './controls/dom';
import { setIcon } from './controls/icons';
import { foldForFullscreen } from './fold';
import { widgetString } from './strings';

/** Wires `button` to toggle full screen for `target`; returns the cleanup. */
export function setupFullscreen(button: HTMLButtonElement, target: HTMLElement, lang: Lang): () => void {
  const doc = target.ownerDocument;
  if (!doc.fullscreenEnabled || typeof target.requestFullscreen !== 'function') {
    button.hidden = true;
    return () => undefined;
  }
  let label = button.querySelector('.nn-label');
  if (!label) {
    label = doc.createElement('span');
    label.className = 'nn-label';
    button.replaceChildren(label);
  }
  const text = label;

  let shown = false;
  const update = () => {
    const on = doc.fullscreenElement === target;
    if (on !== shown) foldForFullscreen(target, on);
    shown = on;
    setText(text, widgetString(on ? 'fullscreenExit' : 'fullscreenEnter', lang));
    setIcon(button, on ? 'shrink' : 'expand');
  };
  const toggle = () => {
    if (doc.fullscreenElement === target) void doc.exitFullscreen().catch(() => undefined);
    // A refusal (no user activation, a permissions policy) leaves the page as it was; nothing to report.
    else void target.requestFullscreen({ navigationUI: 'hide' }).catch(() => undefined);
  };

  button.addEventListener('click', toggle);
  doc.addEventListener('fullscreenchange', update);
  update();
  button.hidden = false;
  return () => {
    button.removeEventListener('click', toggle);
    doc.removeEventListener('fullscreenchange', update);
  };
}
