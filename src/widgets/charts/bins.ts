/**
 * Histogram bins, pure (tests/unit/widgets/charts/bins.test.ts). Bin edges are "nice" numbers
 * (d3's tick rule: 1, 2 or 5 × 10ᵏ apart) so the axis labels fall on edges; with a fixed `domain` —
 * the usual case when a distribution is watched while it changes (batch norm's activations) — the
 * edges stay put from one frame to the next and only the heights move.
 *
 * Each bin is [x0, x1), the last one [x0, x1]. Values outside a fixed domain are counted in the end
 * bins (`clamped` says how many), so mass never silently disappears; non-finite values are skipped
 * (`skipped`).
 */
import { tickIncrement, ticks } from 'd3-array';

export interface Bin {
  readonly x0: number;
  readonly x1: number;
  readonly count: number;
}

export interface Binned {
  readonly bins: Bin[];
  /** Finite values outside the domain, counted in the first or last bin. */
  readonly clamped: number;
  /** NaN and ±Infinity, not counted. */
  readonly skipped: number;
  /** Finite values counted. */
  readonly total: number;
}

export interface BinOptions {
  /** Fixed range of the axis; default: the extent of the finite values, widened to nice edges. */
  readonly domain?: readonly [number, number];
  /** About how many bins. Default 20. */
  readonly count?: number;
}

/** Nice bin edges covering [lo, hi]. A single value gets one bin of width 1 around it. */
export function binEdges(lo: number, hi: number, count: number): number[] {
  if (!(Number.isFinite(lo) && Number.isFinite(hi))) return [];
  if (lo === hi) return [lo - 0.5, hi + 0.5];
  const step = tickIncrement(lo, hi, count);
  // tickIncrement is the step (> 0) or −(1 / step) for steps below 1, which keeps 0.1 exact.
  const start = step > 0 ? Math.floor(lo / step) * step : Math.floor(lo * -step) / -step;
  const stop = step > 0 ? Math.ceil(hi / step) * step : Math.ceil(hi * -step) / -step;
  const edges = ticks(start, stop, Math.round(step > 0 ? (stop - start) / step : (stop - start) * -step));
  return edges.length >= 2 ? edges : [start, stop];
}

export function binValues(values: ArrayLike<number>, options: BinOptions = {}): Binned {
  const count = options.count ?? 20;
  let lo = Infinity;
  let hi = -Infinity;
  let skipped = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (!Number.isFinite(v)) skipped++;
    else {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  const [d0, d1] = options.domain ?? [lo, hi];
  const edges = binEdges(Math.min(d0, d1), Math.max(d0, d1), count);
  if (edges.length < 2) return { bins: [], clamped: 0, skipped, total: 0 };

  const counts = new Array<number>(edges.length - 1).fill(0);
  const first = edges[0];
  const last = edges[edges.length - 1];
  let clamped = 0;
  let total = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (!Number.isFinite(v)) continue;
    total++;
    if (v < first || v > last) clamped++;
    counts[binIndex(edges, Math.min(last, Math.max(first, v)))]++;
  }
  return { bins: counts.map((c, i) => ({ x0: edges[i], x1: edges[i + 1], count: c })), clamped, skipped, total };
}

/** Index of the bin holding v (edges ascending; v within them): bisection, last bin closed. */
function binIndex(edges: readonly number[], v: number): number {
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (v >= edges[mid]) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
