/**
 * The scale-and-shift picture: three dot strips — the batch x, the normalized x̂ and the output
 * y = γx̂ + β — and under them the activation f(t) with the y values sitting on it, all four on one
 * horizontal axis, so a value can be followed straight down from strip to strip to the curve. The
 * activation's near-linear range (model.ts nearLinearRange) is a shaded band through all four, with
 * the tangent at 0 dashed: dots inside the band meet an almost straight line.
 *
 * Dots that would overlap are stacked upwards in their strip (closer together when a stack would
 * leave the strip), so 64 values stay countable. Drawing only; every number comes from model.ts.
 */
import { axisBottom, axisLeft } from 'd3-axis';
import { chartFrame, margins } from '../charts/chart-frame';
import { part } from '../charts/axes';
import { linearScale, type PositionScale } from '../charts/scale';

export interface StripSpec {
  readonly id: 'x' | 'xhat' | 'y';
  /** The row's name at its left ('x', 'x̂', 'y'). */
  readonly label: string;
  readonly values: ArrayLike<number>;
  /** Series class of its dots (colour and, in the legend-free strips, the row name tells them apart). */
  readonly series: string;
}

export interface ScaleShiftChartData {
  readonly strips: readonly StripSpec[];
  /** The common axis is [−halfWidth, halfWidth]. */
  readonly halfWidth: number;
  /** f sampled across the axis. */
  readonly curve: { readonly ts: ArrayLike<number>; readonly fs: ArrayLike<number> };
  /** The vertical range of the activation panel. */
  readonly fDomain: readonly [number, number];
  /** The y values on the curve: (y_i, f(y_i)). */
  readonly points: { readonly ts: ArrayLike<number>; readonly fs: ArrayLike<number> };
  /** Half-width of the shaded near-linear band, or null (ReLU). */
  readonly band: number | null;
  /** f(0) + f′(0)·t, dashed (sigmoid and tanh). */
  readonly tangent: { readonly value: number; readonly slope: number } | null;
  /** The panel's title ('sigmoid(y)') and the band's label. */
  readonly curveLabel: string;
  readonly bandLabel: string;
  readonly axisLabel: string;
}

export interface ScaleShiftChartOptions {
  /** The drawing's accessible name. */
  readonly label: string;
  readonly aspect?: number;
}

interface Dot {
  readonly key: string;
  readonly cx: number;
  readonly cy: number;
}

/** Positions of `values` stacked upwards from `base` in columns one diameter wide, at most `room` px tall. */
export function stackDots(values: ArrayLike<number>, x: PositionScale, base: number, radius: number, room: number, id: string): Dot[] {
  const order = Array.from({ length: values.length }, (_, i) => i).sort((a, b) => values[a] - values[b]);
  const size = 2 * radius;
  const counts = new Map<number, number>();
  const placed = order.map((i) => {
    const cx = x(values[i]);
    const column = Math.floor(cx / size);
    const level = counts.get(column) ?? 0;
    counts.set(column, level + 1);
    return { i, cx, level };
  });
  const tallest = Math.max(1, ...counts.values());
  const step = tallest > 1 ? Math.min(size, (room - size) / (tallest - 1)) : size;
  return placed.map(({ i, cx, level }) => ({ key: `${id}${i}`, cx, cy: base - radius - level * Math.max(1, step) }));
}

function pathOf(xs: ArrayLike<number>, ys: ArrayLike<number>, x: PositionScale, y: PositionScale): string {
  let d = '';
  for (let i = 0; i < xs.length; i++) d += `${i === 0 ? 'M' : 'L'}${x(xs[i]).toFixed(1)},${y(ys[i]).toFixed(1)}`;
  return d;
}

export function renderScaleShiftChart(target: HTMLElement, data: ScaleShiftChartData, options: ScaleShiftChartOptions): void {
  const frame = chartFrame(target, { kind: 'nn-ss-chart', label: options.label, aspect: options.aspect ?? 1.35 }, () =>
    renderScaleShiftChart(target, data, options),
  );
  const { em } = frame;
  const m = margins(frame, { top: 1.6, left: 3.2, right: 1.2, bottom: 2.6 });
  const width = Math.max(10, frame.width - m.left - m.right);
  const height = Math.max(10, frame.height - m.top - m.bottom);
  const root = part(frame.svg as never, 'g', 'nn-ss-root').attr('transform', `translate(${m.left},${m.top})`);

  const D = data.halfWidth;
  const x = linearScale([-D, D], [0, width]);
  const gap = 0.35 * em;
  const stripHeight = Math.max(1.6 * em, height * 0.14);
  const stripsBottom = data.strips.length * (stripHeight + gap);
  const panelTop = stripsBottom + 0.9 * em;
  const panelHeight = Math.max(3 * em, height - panelTop);
  const f = linearScale(data.fDomain, [panelTop + panelHeight, panelTop]);
  const radius = Math.max(3, 0.28 * em);

  // The near-linear band through every row, and the line t = 0.
  const band = part(root, 'g', 'nn-ss-band-group');
  band
    .selectAll('rect')
    .data(data.band === null ? [] : [data.band])
    .join('rect')
    .attr('class', 'nn-ss-band')
    .attr('x', (r) => x(-r))
    .attr('width', (r) => x(r) - x(-r))
    .attr('y', -0.2 * em)
    .attr('height', panelTop + panelHeight + 0.2 * em);
  band
    .selectAll('text')
    .data(data.band === null ? [] : [data.band])
    .join('text')
    .attr('class', 'nn-ss-band-label')
    .attr('x', x(0))
    .attr('y', -0.45 * em)
    .attr('text-anchor', 'middle')
    .text(data.bandLabel);
  part(root, 'line', 'nn-ss-zero')
    .attr('x1', x(0))
    .attr('x2', x(0))
    .attr('y1', 0)
    .attr('y2', panelTop + panelHeight);

  // The strips.
  const strips = part(root, 'g', 'nn-ss-strips');
  const rows = strips
    .selectAll<SVGGElement, StripSpec>('g.nn-ss-strip')
    .data(data.strips, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'nn-ss-strip');
      g.append('line').attr('class', 'nn-ss-baseline');
      g.append('text').attr('class', 'nn-ss-row-label').attr('text-anchor', 'end');
      g.append('g').attr('class', 'nn-ss-dots');
      return g;
    })
    .attr('data-strip', (d) => d.id)
    .attr('transform', (_d, k) => `translate(0,${k * (stripHeight + gap)})`);
  rows.select('line').attr('x1', 0).attr('x2', width).attr('y1', stripHeight).attr('y2', stripHeight);
  rows
    .select('text')
    .attr('x', -0.5 * em)
    .attr('y', stripHeight - 0.2 * em)
    .text((d) => d.label);
  rows.each(function (spec) {
    const dots = stackDots(spec.values, x, stripHeight, radius, stripHeight, spec.id);
    const group = (this as SVGGElement).querySelector('g.nn-ss-dots') as SVGGElement;
    group.setAttribute('class', `nn-ss-dots ${spec.series}`);
    renderDots(group, dots, radius);
  });

  // The activation panel.
  const panel = part(root, 'g', 'nn-ss-panel');
  const yAxis = part(panel, 'g', 'nn-axis nn-axis-y');
  const fTicks = f.ticks(Math.max(2, Math.floor(panelHeight / (2.2 * em))));
  yAxis.call(axisLeft(f).tickValues(fTicks).tickFormat((v) => f.tickFormat(4)(Number(v))).tickSizeOuter(0));
  yAxis.attr('font-size', null).attr('font-family', null);
  part(panel, 'text', 'nn-axis-title nn-ss-curve-title')
    .attr('x', 0.4 * em)
    .attr('y', panelTop + 0.9 * em)
    .text(data.curveLabel);
  const [f0, f1] = data.fDomain;
  const tangent = data.tangent;
  let tangentPath = '';
  if (tangent && tangent.slope > 0) {
    const t0 = Math.max(-D, (f0 - tangent.value) / tangent.slope);
    const t1 = Math.min(D, (f1 - tangent.value) / tangent.slope);
    tangentPath = `M${x(t0)},${f(tangent.value + tangent.slope * t0)}L${x(t1)},${f(tangent.value + tangent.slope * t1)}`;
  }
  part(panel, 'path', 'nn-ss-tangent').attr('d', tangentPath);
  part(panel, 'path', 'nn-line nn-s4 nn-ss-curve').attr('d', pathOf(data.curve.ts, data.curve.fs, x, f));
  const onCurve = part(panel, 'g', 'nn-ss-dots nn-ss-on-curve nn-s0');
  const points: Dot[] = Array.from({ length: data.points.ts.length }, (_, i) => ({ key: `p${i}`, cx: x(data.points.ts[i]), cy: f(data.points.fs[i]) }));
  renderDots(onCurve.node() as SVGGElement, points, radius);

  const xAxis = part(root, 'g', 'nn-axis nn-axis-x').attr('transform', `translate(0,${panelTop + panelHeight})`);
  xAxis.call(axisBottom(x).tickValues(x.ticks(Math.max(2, Math.floor(width / (4.5 * em))))).tickFormat((v) => x.tickFormat(8)(Number(v))).tickSizeOuter(0));
  xAxis.attr('font-size', null).attr('font-family', null);
  part(root, 'text', 'nn-axis-title nn-axis-title-x')
    .attr('x', width)
    .attr('y', panelTop + panelHeight + 2.3 * em)
    .attr('text-anchor', 'end')
    .text(data.axisLabel);
}

function renderDots(group: SVGGElement, dots: readonly Dot[], radius: number): void {
  const doc = group.ownerDocument;
  const existing = group.children;
  for (let k = 0; k < dots.length; k++) {
    let circle = existing[k] as SVGCircleElement | undefined;
    if (!circle) {
      circle = doc.createElementNS('http://www.w3.org/2000/svg', 'circle');
      circle.setAttribute('class', 'nn-ss-dot');
      group.append(circle);
    }
    circle.setAttribute('cx', dots[k].cx.toFixed(1));
    circle.setAttribute('cy', dots[k].cy.toFixed(1));
    circle.setAttribute('r', String(radius));
  }
  while (group.children.length > dots.length) group.lastElementChild?.remove();
}
