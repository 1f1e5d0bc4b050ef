/**
 * What "whole on the screen" means, measured in the browser: nothing scrolls, nothing is cut off (by
 * the screen or by a clipping box), no text under a size. Used by projector-fit.spec.ts (a widget in
 * full screen) and lectures.spec.ts (a lecture's slides).
 */
import type { Page } from '@playwright/test';

/**
 * Waits until a screen just resized can be measured: text in its own font (a Hangul font may still be
 * loading), and two frames drawn, as charts redraw from a ResizeObserver after a resize.
 */
export const settle = (page: Page): Promise<unknown> =>
  page.evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))));

export interface Fit {
  readonly fullscreen: boolean;
  /** Boxes that scroll (content taller or wider than the box, with overflow auto/scroll). */
  readonly scrolling: string[];
  /** Visible elements outside the screen or outside a clipping ancestor. */
  readonly cut: string[];
  /** Text smaller than the minimum: "<font size> <text>". */
  readonly small: string[];
}

/**
 * Measures a box that should be whole on the screen (runs in the browser): the full-screen element
 * (given the text size alone), or the element `selector` names (a lecture's slide). Self-contained, as page.evaluate wants it.
 */
export function measure(arg: number | { readonly minText: number; readonly selector: string }): Fit {
  const { minText, selector } = typeof arg === 'number' ? { minText: arg, selector: null } : arg;
  const figure = (selector ? document.querySelector(selector) : document.fullscreenElement) as HTMLElement | null;
  if (!figure) return { fullscreen: false, scrolling: [], cut: [], small: [] };
  const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
  const hiddenForScreenReadersOnly = (el: Element) => el.closest('.visually-hidden, .katex-mathml, .widget-caption-text, [data-nn-live]') !== null;
  // KaTeX draws a stretchy sign (√'s sign and bar, a wide accent, an underbrace) as an SVG 400em wide
  // inside a box that clips it to its width (.hide-tail, .stretchy: overflow hidden): by design, not a cut. The box itself
  // is measured like any element.
  const katexTail = (el: Element) => el.parentElement?.closest('.katex :is(.hide-tail, .stretchy)') != null;
  const scrolling: string[] = [];
  const cut: string[] = [];
  const small: string[] = [];
  const screen = { right: window.innerWidth + 1, bottom: window.innerHeight + 1 };
  for (const el of [figure, ...figure.querySelectorAll<HTMLElement | SVGElement>('*')]) {
    if (hiddenForScreenReadersOnly(el) || katexTail(el) || el.getClientRects().length === 0) continue;
    // The content of a closed <details> keeps its boxes but is not drawn (only its summary is).
    const closed = el.closest('details:not([open])');
    if (closed && !closed.querySelector(':scope > summary')?.contains(el)) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    if (el instanceof HTMLElement && /(auto|scroll)/.test(`${style.overflowX} ${style.overflowY}`)) {
      if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) scrolling.push(`${name(el)} ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`);
    }
    const rect = el.getBoundingClientRect();
    // An empty box, or one clipped to a pixel for screen readers only (a diagram's caption on a slide).
    if (rect.width <= 1 && rect.height <= 1) continue;
    if (rect.width === 0 || rect.height === 0) continue;
    if (rect.left < -1 || rect.top < -1 || rect.right > screen.right || rect.bottom > screen.bottom) cut.push(`${name(el)} at ${Math.round(rect.left)},${Math.round(rect.top)}–${Math.round(rect.right)},${Math.round(rect.bottom)}`);
    else {
      // Inside the screen, but maybe clipped by an ancestor (overflow hidden/clip, contain: paint).
      for (let up = el.parentElement; up && up !== figure.parentElement; up = up.parentElement) {
        const s = getComputedStyle(up);
        if (!/(hidden|clip|auto|scroll)/.test(`${s.overflowX} ${s.overflowY}`) && !/paint|content|strict/.test(s.contain)) continue;
        const box = up.getBoundingClientRect();
        if (rect.bottom > box.bottom + 1 || rect.right > box.right + 1 || rect.top < box.top - 1 || rect.left < box.left - 1) {
          cut.push(`${name(el)} clipped by ${name(up)}`);
          break;
        }
      }
    }
    const ownText = [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && /[^\s\u200b]/.test(node.textContent!));
    // SVG text drawn in a viewBox is scaled with it: the room sees the font size times that scale.
    const ctm = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
    const size = parseFloat(style.fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : 1);
    if (ownText && size < minText - 0.05) small.push(`${Math.round(size * 10) / 10}px "${el.textContent!.trim().slice(0, 40)}"`);
  }
  return { fullscreen: true, scrolling, cut, small };
}
