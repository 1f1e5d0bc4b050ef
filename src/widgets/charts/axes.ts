/**
 * Axes for the charts: d3-axis ticks, our tick choice and formatting for log scales (ticks.ts),
 * optional light grid lines, and axis titles. Idempotent: call it on every render with the same
 * parent group; it keys its parts by class.
 *
 * Axis titles are horizontal — the y title sits above the axis, the x title at the right under the
 * ticks — because rotated text is hard to read from the back of a seminar room.
 *
 * Tick counts follow the plot's size in ems, so large type (projector) gets fewer, not overlapping,
 * labels. d3-axis writes font-size and font-family attributes; they are removed so the stylesheet
 * decides (widgets.css: .nn-axis).
 */
import { axisBottom, axisLeft } from 'd3-axis';
import type { Selection } from 'd3-selection';
import type { PositionScale } from './scale';
import { formatLogTick, logTicks } from './ticks';

export interface AxesSpec {
  readonly x: PositionScale;
  readonly y: PositionScale;
  /** The plot's inner size (inside the margins), px. */
  readonly width: number;
  readonly height: number;
  readonly em: number;
  readonly xLabel?: string;
  readonly yLabel?: string;
  /** Horizontal grid lines at the y ticks. */
  readonly grid?: boolean;
  /** Tick label formats; defaults: the scale's own (linear), formatLogTick (log). */
  readonly xFormat?: (v: number) => string;
  readonly yFormat?: (v: number) => string;
}

type G = Selection<SVGGElement, unknown, null, undefined>;

/** The one child of `parent` with this class, created on first use (element order = first call order). */
export function part<K extends keyof SVGElementTagNameMap>(parent: G, tag: K, className: string): Selection<SVGElementTagNameMap[K], unknown, null, undefined> {
  const existing = parent.select<SVGElementTagNameMap[K]>(`:scope > ${tag}.${className.trim().split(/\s+/).join('.')}`);
  if (!existing.empty()) return existing as unknown as Selection<SVGElementTagNameMap[K], unknown, null, undefined>;
  return parent.append(tag).attr('class', className) as unknown as Selection<SVGElementTagNameMap[K], unknown, null, undefined>;
}

function tickSetup(scale: PositionScale, count: number, format?: (v: number) => string) {
  if (scale.kind === 'log') {
    const [a, b] = scale.domain();
    return { values: logTicks(a, b, count), format: format ?? formatLogTick };
  }
  return { values: scale.ticks(count), format: format ?? scale.tickFormat(count) };
}

export function renderAxes(parent: G, spec: AxesSpec): void {
  const { width, height, em } = spec;
  const xTicks = tickSetup(spec.x, Math.max(2, Math.floor(width / (6 * em))), spec.xFormat);
  const yTicks = tickSetup(spec.y, Math.max(2, Math.floor(height / (2.6 * em))), spec.yFormat);

  const grid = part(parent, 'g', 'nn-grid');
  grid
    .selectAll('line')
    .data(spec.grid ? yTicks.values : [], (d) => String(d))
    .join('line')
    .attr('x1', 0)
    .attr('x2', width)
    .attr('y1', (d) => spec.y(d))
    .attr('y2', (d) => spec.y(d));

  const xAxis = part(parent, 'g', 'nn-axis nn-axis-x').attr('transform', `translate(0,${height})`);
  xAxis.call(axisBottom(spec.x).tickValues(xTicks.values).tickFormat((d) => xTicks.format(Number(d))).tickSizeOuter(0));
  // A label of three characters or more at the right end of the axis ("2000") would run past the
  // chart's right margin, which is sized for two: it ends at its tick instead of centring on it.
  xAxis
    .selectAll<SVGTextElement, number>('.tick text')
    .attr('text-anchor', (d) => (Math.abs(spec.x(d) - width) < 0.5 && xTicks.format(Number(d)).length > 2 ? 'end' : null));
  const yAxis = part(parent, 'g', 'nn-axis nn-axis-y');
  yAxis.call(axisLeft(spec.y).tickValues(yTicks.values).tickFormat((d) => yTicks.format(Number(d))).tickSizeOuter(0));
  for (const axis of [xAxis, yAxis]) axis.attr('font-size', null).attr('font-family', null);

  part(parent, 'text', 'nn-axis-title nn-axis-title-x')
    .attr('x', width)
    .attr('y', height + 2.3 * em)
    .attr('text-anchor', 'end')
    .text(spec.xLabel ?? '');
  part(parent, 'text', 'nn-axis-title nn-axis-title-y')
    .attr('x', 0)
    .attr('y', -0.6 * em)
    .attr('text-anchor', 'start')
    .text(spec.yLabel ?? '');
}
