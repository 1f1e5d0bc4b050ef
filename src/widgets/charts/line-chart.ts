/**
 * A line chart for training curves: several series (loss per step, one per optimizer or per η), a
 * legend, linear or log y. Call renderLineChart again whenever points are appended; it is built for
 * being called every animation frame:
 * - each series is drawn from at most ~2 points per pixel column (decimate.ts, M4 over buckets of a
 *   power-of-two size), and only the points appended since the last render are examined, so the cost
 *   stays flat however long training runs; spikes, dips and the latest value are never dropped;
 * - the x axis grows in 1-2-5 steps (growingMax), so it rescales a handful of times, not every frame;
 * - axes are redrawn only when a domain or the size changed.
 * Values: `values[k]` is plotted at x = x0 + k·dx (default: x = k, the step), or at `xs[k]`.
 * Series are append-only between renders (values already drawn do not change); after a reset pass a
 * new array or a shorter `length`, so the remembered decimation starts over.
 * Non-finite values (and, on a log axis, values ≤ 0) break the line rather than dragging it to an edge.
 */
import type { Lang } from '../../i18n';
import { widgetString } from '../kit/strings';
import { part, renderAxes } from './axes';
import { chartFrame, margins } from './chart-frame';
import { createDecimator } from './decimate';
import { renderLegend } from './legend';
import { seriesClass } from './palette';
import { linePath } from './paths';
import { plotArea } from './plot-area';
import { linearScale, logScale, niceDomain } from './scale';
import { finiteExtent, growingMax, logDomain } from './ticks';

export interface LineSeries {
  readonly id: string;
  readonly label: string;
  readonly values: ArrayLike<number>;
  /** How many leading values count (for a preallocated Float64Array). Default values.length. */
  readonly length?: number;
  /** x of each value; default x0 + k·dx. */
  readonly xs?: ArrayLike<number>;
  readonly x0?: number;
  readonly dx?: number;
  /** Colour/dash index; default: the series' position. */
  readonly series?: number;
}

export interface LineChartOptions {
  /** Accessible name of the chart, e.g. 'Loss per step for three learning rates'. */
  readonly label: string;
  readonly lang: Lang;
  readonly yScale?: 'linear' | 'log';
  readonly xLabel?: string;
  readonly yLabel?: string;
  /** Fixed domains. Default x: [x of the first point, growingMax(last x)]; y: from the data (linear: from 0 if all ≥ 0). */
  readonly xDomain?: readonly [number, number];
  readonly yDomain?: readonly [number, number];
  /** Default: when there is more than one series. */
  readonly legend?: boolean;
  /** A dot on each series' latest point. Default true. */
  readonly showLast?: boolean;
  readonly aspect?: number;
}

interface Prepared {
  readonly s: LineSeries;
  readonly k: number;
  readonly idx: Uint32Array;
  readonly x: (i: number) => number;
}

export function renderLineChart(target: HTMLElement, series: readonly LineSeries[], options: LineChartOptions): void {
  const frame = chartFrame(target, { kind: 'nn-line-chart', label: options.label, aspect: options.aspect }, () =>
    renderLineChart(target, series, options),
  );
  const log = options.yScale === 'log';
  // Right: half of a four-digit last tick (1000 epochs) centred on the axis's end.
  const m = margins(frame, { top: options.yLabel ? 1.6 : 0.8, right: 1.4, bottom: options.xLabel ? 3.2 : 2 });
  const area = plotArea(frame, m);

  // One decimator per series id, kept between renders; those of series no longer shown are dropped.
  const decimators = (frame.memo.get('decimators') as Map<string, ReturnType<typeof createDecimator>> | undefined) ?? new Map();
  frame.memo.set('decimators', decimators);
  for (const id of decimators.keys()) if (!series.some((s) => s.id === id)) decimators.delete(id);
  const prepared: Prepared[] = series.map((s, k) => {
    const n = Math.min(s.length ?? s.values.length, s.values.length);
    const x0 = s.x0 ?? 0;
    const dx = s.dx ?? 1;
    const xs = s.xs;
    let decimate = decimators.get(s.id);
    if (!decimate) decimators.set(s.id, (decimate = createDecimator()));
    return { s, k, idx: decimate(s.values, n, area.width / 2), x: xs ? (i: number) => xs[i] : (i: number) => x0 + i * dx };
  });

  const xDomain = options.xDomain ?? autoXDomain(prepared);
  const yDomain = options.yDomain ?? autoYDomain(prepared, log);
  const x = linearScale(xDomain, [0, area.width]);
  const y = log ? logScale(yDomain, [area.height, 0]) : linearScale(options.yDomain ? yDomain : niceDomain(yDomain), [area.height, 0]);

  const axesKey = `${area.width}x${area.height}@${frame.em}|${x.domain()}|${y.domain()}|${log}|${options.xLabel}|${options.yLabel}`;
  if (frame.memo.get('axes') !== axesKey) {
    frame.memo.set('axes', axesKey);
    renderAxes(area.g, { x, y, width: area.width, height: area.height, em: frame.em, xLabel: options.xLabel, yLabel: options.yLabel, grid: true });
  }

  const usable = (v: number) => Number.isFinite(v) && (!log || v > 0);
  const lines = part(area.g, 'g', 'nn-lines').attr('clip-path', area.clip);
  lines
    .selectAll<SVGPathElement, Prepared>('path')
    .data(prepared, (d) => d.s.id)
    .join('path')
    .attr('class', (d) => `nn-line ${seriesClass(d.s.series ?? d.k)}`)
    .attr('d', (d) =>
      linePath(
        d.idx,
        (i) => x(d.x(i)),
        (i) => y(d.s.values[i]),
        (i) => usable(d.s.values[i]),
      ),
    );

  const lastPoints = options.showLast === false ? [] : prepared.filter((d) => d.idx.length > 0 && usable(d.s.values[d.idx[d.idx.length - 1]]));
  lines
    .selectAll<SVGCircleElement, Prepared>('circle')
    .data(lastPoints, (d) => d.s.id)
    .join('circle')
    .attr('class', (d) => `nn-last ${seriesClass(d.s.series ?? d.k)}`)
    .attr('r', 0.3 * frame.em)
    .attr('cx', (d) => x(d.x(d.idx[d.idx.length - 1])))
    .attr('cy', (d) => y(d.s.values[d.idx[d.idx.length - 1]]));

  const showLegend = options.legend ?? series.length > 1;
  renderLegend(
    frame.root,
    showLegend ? series.map((s, k) => ({ id: s.id, label: s.label, series: s.series ?? k })) : [],
    widgetString('chartLegend', options.lang),
  );
}

function autoXDomain(prepared: readonly Prepared[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const d of prepared) {
    if (d.idx.length === 0) continue;
    lo = Math.min(lo, d.x(d.idx[0]));
    hi = Math.max(hi, d.x(d.idx[d.idx.length - 1]));
  }
  if (lo === Infinity) return [0, 10];
  return lo >= 0 ? [Math.min(lo, 0), growingMax(hi, 10)] : [lo, hi > lo ? hi : lo + 1];
}

function autoYDomain(prepared: readonly Prepared[], log: boolean): [number, number] {
  const shown = function* () {
    for (const d of prepared) for (const i of d.idx) yield d.s.values[i];
  };
  if (log) return logDomain(shown()) ?? [0.1, 1];
  const extent = finiteExtent(shown());
  if (!extent) return [0, 1];
  const lo = Math.min(0, extent[0]);
  return [lo, extent[1] > lo ? extent[1] : lo + 1];
}
