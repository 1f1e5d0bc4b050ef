/**
 * A diagram slide draws one of our diagrams (components/diagrams) as large as the screen allows. Its
 * labels are set in the SVG's own units, so the room sees them at (font size) × (the drawing's scale):
 * a 12-unit tick label in a 600-unit-wide plot drawn 900 px wide is 18 px, too small at the back of a
 * room. Each label under the floor is set just large enough to reach it at the scale the drawing has
 * now; labels already larger keep their size. The floor follows the slide's own text size (0.7 of it,
 * 24 px on a 720-line screen, where a slide's lines are 34 px), so the drawing keeps its proportions
 * from screen to screen.
 */

/** The labels' floor as a fraction of the slide's text size, and in pixels whatever the screen. */
export const LABEL_SCALE = 0.7;
export const MIN_LABEL_PX = 24;

/** The size (in the SVG's units) a label needs to be drawn at `floorPx`, or null when it already is. */
export function labelSize(ownUnits: number, scale: number, floorPx: number): number | null {
  if (!(scale > 0) || ownUnits * scale >= floorPx) return null;
  return floorPx / scale;
}

/** Each label's size as the diagram set it: read once, before anything is enlarged. */
const ownSizes = new WeakMap<SVGTextContentElement, { units: number; inline: string }>();

/** Sets the labels of the diagram slide `slide` (shown, laid out) to at least the floor. */
export function fitDiagramLabels(slide: HTMLElement): void {
  const svg = slide.querySelector<SVGSVGElement>('figure.diagram svg');
  const ctm = svg?.getScreenCTM();
  if (!svg || !ctm) return;
  const scale = Math.hypot(ctm.a, ctm.b);
  const floorPx = Math.max(MIN_LABEL_PX, LABEL_SCALE * parseFloat(getComputedStyle(slide).fontSize));
  const labels = [...svg.querySelectorAll<SVGTextContentElement>('text, tspan')];
  for (const label of labels) {
    if (!ownSizes.has(label)) ownSizes.set(label, { units: parseFloat(getComputedStyle(label).fontSize), inline: label.style.fontSize });
  }
  for (const label of labels) {
    const own = ownSizes.get(label)!;
    const size = labelSize(own.units, scale, floorPx);
    label.style.fontSize = size === null ? own.inline : `${size}px`;
  }
}

/** Keeps every diagram slide's labels at the floor as the screen changes size. */
export function watchDiagramSlides(slides: readonly HTMLElement[]): void {
  const diagrams = slides.filter((slide) => slide.dataset.kind === 'diagram');
  if (diagrams.length === 0) return;
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) if (entry.contentRect.height > 0) fitDiagramLabels(entry.target as HTMLElement);
  });
  for (const slide of diagrams) observer.observe(slide);
}
