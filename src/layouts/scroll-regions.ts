/**
 * A wide formula or table scrolls sideways inside its own box on a narrow screen. Keyboard users
 * can scroll such a box only if it can take focus, so every box that actually overflows gets
 * tabindex="0" (and loses it again when the window grows and it fits).
 */
const SELECTOR = '.prose .katex-display, .prose table, .prose pre';

export function keepScrollRegionsFocusable(root: ParentNode = document): void {
  const update = () => {
    for (const box of root.querySelectorAll<HTMLElement>(SELECTOR)) {
      if (box.scrollWidth > box.clientWidth + 1) box.tabIndex = 0;
      else box.removeAttribute('tabindex');
    }
  };
  update();
  let pending = 0;
  window.addEventListener('resize', () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(update);
  });
}
