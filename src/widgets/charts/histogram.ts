/**
 * A histogram of values from the core (activations before/after batch norm, a layer's weights):
 * nice bin edges from bins.ts, bars keyed by bin index so a distribution that changes every step
 * animates in place. A fixed `domain` keeps the edges (and the axis) still while the values move;
 * values outside it are counted in the end bins and marked there with a caret, so nothing is
 * silently dropped. Optionally a reference curve (e.g. the standard normal density, from the core)
 * drawn over the bars, in the same units as the bars' heights.
 */
import type { Lang } from '../../i18n';
import { part, renderAxes } from './axes';
import { binValues, type Bin } from './bins';
import { chartFrame, margins } from './chart-frame';
import { seriesClass } from './palette';
import { linePath, range } from './paths';
import { plotArea } from './plot-area';
import { linearScale, niceDomain } from './scale';

export interface HistogramOptions {
  readonly label: string;
  readonly lang: Lang;
  readonly domain?: readonly [number, number];
  /** About how many bins. Default 20. */
  readonly bins?: number;
  /** Fixed top of the count axis (stops the bars' scale jumping). Default: the tallest bar. */
  readonly maxCount?: number;
  /** 'count' (default) or 'density' (bar area 1: heights = count / (total · width)). */
  readonly normalize?: 'count' | 'density';
  readonly xLabel?: string;
  readonly yLabel?: string;
  readonly series?: number;
  readonly aspect?: number;
  /** A curve over the bars, in bar-height units (density when normalize is 'density'). */
  readonly reference?: { readonly xs: ArrayLike<number>; readonly ys: ArrayLike<number> };
}

export function renderHistogram(target: HTMLElement, values: ArrayLike<number>, options: HistogramOptions): void {
  const frame = chartFrame(target, { kind: 'nn-histogram', label: options.label, aspect: options.aspect }, () =>
    renderHistogram(target, values, options),
  );
  const binned = binValues(values, { domain: options.domain, count: options.bins });
  const density = options.normalize === 'density';
  const height = (b: Bin) => (density ? (binned.total ? b.count / (binned.total * (b.x1 - b.x0)) : 0) : b.count);

  const m = margins(frame, { top: options.yLabel ? 1.6 : 0.8, bottom: options.xLabel ? 3.2 : 2 });
  const area = plotArea(frame, m);
  const bins = binned.bins;
  const x = linearScale(bins.length ? [bins[0].x0, bins[bins.length - 1].x1] : [0, 1], [0, area.width]);
  const tallest = Math.max(0, ...bins.map(height), ...(options.reference ? Array.from(options.reference.ys).filter(Number.isFinite) : []));
  const top = options.maxCount ?? (tallest || 1);
  const y = linearScale(options.maxCount === undefined ? niceDomain([0, top]) : [0, top], [area.height, 0]);
  renderAxes(area.g, { x, y, width: area.width, height: area.height, em: frame.em, xLabel: options.xLabel, yLabel: options.yLabel, grid: true });

  const bars = part(area.g, 'g', 'nn-bars').attr('clip-path', area.clip);
  const gap = bins.length > 1 ? Math.min(2, (0.15 * area.width) / bins.length) : 0;
  bars
    .selectAll<SVGRectElement, Bin>('rect')
    .data(bins, (_, i) => String(i))
    .join('rect')
    .attr('class', `nn-bar ${seriesClass(options.series ?? 0)}`)
    .attr('x', (b) => x(b.x0) + gap / 2)
    .attr('width', (b) => Math.max(0, x(b.x1) - x(b.x0) - gap))
    .attr('y', (b) => y(height(b)))
    .attr('height', (b) => Math.max(0, area.height - y(height(b))));

  const ref = options.reference;
  bars
    .selectAll('path.nn-reference')
    .data(ref ? [ref] : [])
    .join('path')
    .attr('class', 'nn-reference')
    .attr('d', (r) =>
      linePath(
        range(Math.min(r.xs.length, r.ys.length)),
        (i) => x(r.xs[i]),
        (i) => y(r.ys[i]),
      ),
    );

  // Carets at an end that holds values from beyond the domain.
  const ends: Array<'low' | 'high'> = [];
  if (options.domain && binned.clamped > 0) {
    let below = false;
    let above = false;
    for (let k = 0; k < values.length; k++) {
      const v = values[k];
      if (v < x.domain()[0]) below = true;
      else if (v > x.domain()[1]) above = true;
    }
    if (below) ends.push('low');
    if (above) ends.push('high');
  }
  const s = 0.5 * frame.em;
  part(area.g, 'g', 'nn-overflow')
    .selectAll('path')
    .data(ends)
    .join('path')
    .attr('d', (end) => (end === 'low' ? `M${s},${-s}L0,0L${s},${s}` : `M${area.width - s},${-s}L${area.width},0L${area.width - s},${s}`))
    .attr('transform', `translate(0,${area.height / 2})`);
}
