/**
 * A box that scrolls sideways (a wide formula or table on a phone) must take focus, or keyboard users
 * cannot scroll it (axe: scrollable-region-focusable). A widget's boxes change width with their
 * numbers, so a widget calls this after each render: tabindex="0" on each box that overflows, none
 * on a box that fits.
 */
export function keepFocusableWhenWide(boxes: Iterable<HTMLElement>): void {
  for (const box of boxes) {
    if (box.scrollWidth > box.clientWidth + 1) box.tabIndex = 0;
    else box.removeAttribute('tabindex');
  }
}
