/**
 * Button icons as inline SVG in currentColor, so they follow the theme and the button's text colour,
 * and never fall back to an emoji glyph the way ⏸ or ⏭ can. Always aria-hidden: each button's
 * visible text is its name.
 */
const PATHS = {
  play: 'M4 2.5v11l9-5.5z',
  pause: 'M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z',
  step: 'M2.5 2.5v11l7.5-5.5zM11 2.5h2.5v11H11z',
  reset: 'M13.5 8A5.5 5.5 0 1 1 8 2.5V0.5L11.5 3.5 8 6.5V4.5A3.5 3.5 0 1 0 11.5 8z',
  expand: 'M2 2h5v2H4v3H2zM9 2h5v5h-2V4H9zM2 9h2v3h3v2H2zM12 9h2v5H9v-2h3z',
  shrink: 'M5 2h2v5H2V5h3zM9 2h2v3h3v2H9zM2 9h5v5H5v-3H2zM9 9h5v2h-3v3H9z',
} as const;

export type IconName = keyof typeof PATHS;

const SVG = 'http://www.w3.org/2000/svg';

export function icon(name: IconName): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', 'nn-icon');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', PATHS[name]);
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

/** Swaps the icon inside a button (the play/pause toggle). */
export function setIcon(button: HTMLElement, name: IconName): void {
  const current = button.querySelector('svg.nn-icon');
  if (current?.getAttribute('data-icon') === name) return;
  const next = icon(name);
  next.setAttribute('data-icon', name);
  if (current) current.replaceWith(next);
  else button.prepend(next);
}
