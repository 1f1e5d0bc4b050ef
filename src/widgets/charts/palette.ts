/**
 * The charts' colours, all from the theme's CSS variables (src/styles/global.css, Okabe–Ito), never
 * written here as values. SVG marks get classes (`nn-s0` … `nn-s4` for series, `nn-pos`/`nn-neg` for
 * signs, `nn-class0`/`nn-class1` for data classes) that src/styles/widgets.css maps to variables, so
 * a theme switch restyles them with no redraw. Series also differ by dash pattern (widgets.css), so
 * lines stay apart without colour — on a projector that washes colours out, and for readers who do
 * not see them.
 *
 * A canvas cannot use CSS variables: `resolveColor` lets the browser compute one (light-dark()
 * included) on a hidden probe, and `onThemeChange` tells canvas charts when to redraw.
 */
import { parseColor, type Rgb } from './color';

export const SERIES_COUNT = 8;

/** The class of the k-th series (colours and dashes repeat after SERIES_COUNT). */
export function seriesClass(k: number): string {
  return `nn-s${((k % SERIES_COUNT) + SERIES_COUNT) % SERIES_COUNT}`;
}

/** The class of a data point's class label: 0 → circles in blue, 1 → triangles in orange. */
export function classClass(label: number): string {
  return label ? 'nn-class1' : 'nn-class0';
}

/**
 * The RGB value of a CSS colour ('var(--c-blue)') as it applies inside `context` (its theme, its
 * color-scheme). Falls back to mid grey if the browser gives something unparseable.
 */
export function resolveColor(context: Element, css: string): Rgb {
  const probe = context.ownerDocument.createElement('span');
  probe.hidden = true;
  probe.style.color = css;
  context.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  return parseColor(computed) ?? [128, 128, 128];
}

/**
 * Calls `callback` when the page's theme may have changed: the theme picker's data-theme on <html>,
 * or the system's light/dark preference (the 'system' theme follows it). Returns the unsubscribe.
 */
export function onThemeChange(callback: () => void): () => void {
  const root = document.documentElement;
  const observer = new MutationObserver(callback);
  observer.observe(root, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
  const scheme = window.matchMedia('(prefers-color-scheme: dark)');
  scheme.addEventListener('change', callback);
  return () => {
    observer.disconnect();
    scheme.removeEventListener('change', callback);
  };
}
