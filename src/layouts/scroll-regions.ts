/**
 * A wide formula or table scrolls sideways inside its own box on a narrow screen. Keyboard users
 * can scroll such a box only if it can take focus, so every box that actually overflows gets
 * tabindex="0" (and loses it again when it fits).
 *
 * Each box and its content are watched for size changes (a ResizeObserver), not checked once at
 * load: KaTeX's fonts and a system CJK font often arrive after the page's script has run, and a
 * formula laid out in a fallback font can fit where the real one overflows — a race that left wide
 * formulas unfocusable (an axe failure on phones, now and then).
 */
const SELECTOR = '.prose .katex-display, .prose table, .prose pre';

function update(box: HTMLElement): void {
  if (box.scrollWidth > box.clientWidth + 1) box.tabIndex = 0;
  else box.removeAttribute('tabindex');
}

export function keepScrollRegionsFocusable(root: ParentNode = document): void {
  const boxes = [...root.querySelectorAll<HTMLElement>(SELECTOR)];
  boxes.forEach(update);
  if (typeof ResizeObserver !== 'function') return;
  const boxOf = new Map<Element, HTMLElement>();
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) update(boxOf.get(entry.target)!);
  });
  for (const box of boxes) {
    // The box changes size with the window; its content (the typeset formula, the table) with its fonts.
    for (const watched of [box, ...box.children]) {
      boxOf.set(watched, box);
      observer.observe(watched);
    }
  }
}
