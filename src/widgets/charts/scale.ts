/**
 * Linear and log position scales, pure (tests/unit/widgets/charts/scale.test.ts), with the small
 * surface d3-axis needs (call, domain(), range(), copy()) plus invert, ticks and nice.
 *
 * Why not d3-scale: its continuous scales interpolate ranges with d3-interpolate's interpolateValue,
 * which drags in d3-color and every interpolator (about 9 KB gzip of the kit's 40 KB page budget)
 * for what is, for a chart axis, one multiply-add. Tick choice and rounding come from d3-array
 * (ticks, tickIncrement, nice), so ticks are exactly d3's.
 *
 * Tick labels of a linear scale are written with the decimals the tick step needs (0.05 → 2) and the
 * true minus sign (U+2212), as the chapters print numbers.
 */
import { nice as niceExtent, tickIncrement, ticks as arrayTicks } from 'd3-array';

export interface PositionScale {
  (value: number): number;
  readonly kind: 'linear' | 'log';
  domain(): [number, number];
  range(): [number, number];
  /** The value at a position (pointer → data). */
  invert(position: number): number;
  /** About `count` round values inside the domain (linear only; log axes use ticks.ts logTicks). */
  ticks(count?: number): number[];
  /** A formatter for ticks(count)'s values. */
  tickFormat(count?: number): (value: number) => string;
  copy(): PositionScale;
}

/** A value written with fixed decimals and the true minus sign; −0 is 0. */
export function formatFixed(value: number, decimals: number): string {
  const text = Math.abs(value).toFixed(decimals);
  return value < 0 && Number(text) !== 0 ? `−${text}` : text;
}

/** Decimals of a tick step from d3-array's tickIncrement (negative: 1/step for steps below 1). */
function stepDecimals(increment: number): number {
  if (increment >= 1) return 0;
  return Math.max(0, Math.ceil(Math.log10(-increment) - 1e-9));
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): PositionScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((value: number) => (d1 === d0 ? (r0 + r1) / 2 : r0 + (value - d0) * k)) as PositionScale;
  return Object.assign(scale, {
    kind: 'linear' as const,
    domain: () => [d0, d1] as [number, number],
    range: () => [r0, r1] as [number, number],
    invert: (position: number) => (k === 0 ? d0 : d0 + (position - r0) / k),
    ticks: (count = 10) => arrayTicks(Math.min(d0, d1), Math.max(d0, d1), count),
    tickFormat: (count = 10) => {
      const decimals = stepDecimals(tickIncrement(Math.min(d0, d1), Math.max(d0, d1), count));
      return (value: number) => formatFixed(value, decimals);
    },
    copy: () => linearScale(domain, range),
  });
}

/** A log scale; the domain must be positive. Values ≤ 0 map to NaN (callers leave gaps there). */
export function logScale(domain: readonly [number, number], range: readonly [number, number]): PositionScale {
  const [d0, d1] = domain;
  if (!(d0 > 0 && d1 > 0)) throw new RangeError(`log scale: domain [${d0}, ${d1}] must be positive`);
  const inner = linearScale([Math.log10(d0), Math.log10(d1)], range);
  const scale = ((value: number) => (value > 0 ? inner(Math.log10(value)) : NaN)) as PositionScale;
  return Object.assign(scale, {
    kind: 'log' as const,
    domain: () => [d0, d1] as [number, number],
    range: inner.range,
    invert: (position: number) => 10 ** inner.invert(position),
    ticks: () => [],
    tickFormat: () => String,
    copy: () => logScale(domain, range),
  });
}

/** The domain widened to round tick values, as d3's scale.nice() (identity for an empty domain). */
export function niceDomain(domain: readonly [number, number], count = 10): [number, number] {
  const [a, b] = domain;
  if (!(Number.isFinite(a) && Number.isFinite(b)) || a === b) return [a, b];
  const [lo, hi] = niceExtent(Math.min(a, b), Math.max(a, b), count);
  return a <= b ? [lo, hi] : [hi, lo];
}

/** The extent of every finite coordinate, never narrower than `minSpan`, widened to nice ticks. */
export function extentOf(values: readonly ArrayLike<number>[], minSpan = 0.5): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const array of values) {
    for (let k = 0; k < array.length; k++) {
      const v = array[k];
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (!(lo <= hi)) return [-1, 1];
  const pad = Math.max(minSpan - (hi - lo), 0) / 2 + 0.05 * (hi - lo);
  return niceDomain([lo - pad, hi + pad], 5);
}
