/**
 * The inner drawing area of an x–y chart: a group translated by the margins, and a clip path the size
 * of the area, so marks beyond a fixed domain (a loss spike above the y range) are cut at the frame
 * instead of running over the axes. Clip ids are unique per page (two charts, two clips).
 */
import type { Selection } from 'd3-selection';
import { part } from './axes';
import type { Frame, Margins } from './chart-frame';

export interface PlotArea {
  readonly g: Selection<SVGGElement, unknown, null, undefined>;
  readonly width: number;
  readonly height: number;
  /** `url(#…)` for clip-path attributes. */
  readonly clip: string;
}

let clips = 0;

export function plotArea(frame: Frame, m: Margins): PlotArea {
  const width = Math.max(1, frame.width - m.left - m.right);
  const height = Math.max(1, frame.height - m.top - m.bottom);
  const svg = frame.svg as unknown as Selection<SVGGElement, unknown, null, undefined>;
  const g = part(svg, 'g', 'nn-area').attr('transform', `translate(${m.left},${m.top})`);

  let id = frame.memo.get('clip-id') as string | undefined;
  if (!id) {
    clips += 1;
    id = `nn-clip-${clips}`;
    frame.memo.set('clip-id', id);
  }
  const clipPath = part(g, 'clipPath', 'nn-clip').attr('id', id);
  part(clipPath as unknown as Selection<SVGGElement, unknown, null, undefined>, 'rect', 'nn-clip-rect')
    .attr('width', width)
    .attr('height', height);
  return { g, width, height, clip: `url(#${id})` };
}

/**
 * Margins widened so that one data unit is as long across as up — an input plane stays square, and
 * a gradient arrow is drawn perpendicular to its contour lines, as it is in the maths (with unequal
 * units it would not look perpendicular). The spare room goes to the right or the top, so the axes
 * stay where the reader expects them.
 */
/** A plot box's width ÷ height for a data plane of these spans (clamped), so equalUnits has little to spare. */
export function planeAspect(xSpan: number, ySpan: number): number {
  const ratio = Math.abs(xSpan / ySpan);
  return Number.isFinite(ratio) && ratio > 0 ? Math.min(2, Math.max(0.75, ratio)) : 1;
}

export function equalUnits(frame: Frame, m: Margins, xSpan: number, ySpan: number): Margins {
  const width = frame.width - m.left - m.right;
  const height = frame.height - m.top - m.bottom;
  if (!(width > 0 && height > 0 && xSpan > 0 && ySpan > 0)) return m;
  const unit = Math.min(width / xSpan, height / ySpan);
  return { ...m, right: m.right + (width - unit * xSpan), top: m.top + (height - unit * ySpan) };
}
