/**
 * Axis arithmetic, pure (tests/unit/widgets/charts/ticks.test.ts): which ticks a log axis shows,
 * how they are written, and domains that stay still while a training curve grows.
 *
 * Log axes label decades (0.01, 0.1, 1, 10 … or 10⁻⁵ beyond a readable decimal); across two decades
 * or less the 2s and 5s join them, and across many decades every k-th decade is kept, so a loss curve
 * that falls from 10 to 10⁻⁸ still gets at most `maxCount` labels. d3's log ticks would label 2…9 of
 * each decade and leave the choice of which to blank to the formatter.
 */

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** '−3' → '⁻³'. */
export function superscript(n: number): string {
  return String(n)
    .split('')
    .map((c) => SUPERSCRIPT[c] ?? c)
    .join('');
}

/** Ticks for a log axis over [min, max] (both > 0, in either order), ascending. */
export function logTicks(min: number, max: number, maxCount = 8): number[] {
  const lo = Math.min(min, max);
  const hi = Math.max(min, max);
  if (!(lo > 0) || !Number.isFinite(hi)) return [];
  const first = Math.ceil(Math.log10(lo) - 1e-9);
  const last = Math.floor(Math.log10(hi) + 1e-9);
  const decades = last - first + 1;
  const inRange = (v: number) => v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9);

  if (Math.log10(hi / lo) <= 2 + 1e-9) {
    // Few decades: 1, 2, 5 of each decade touching the range.
    const ticks: number[] = [];
    for (let e = first - 1; e <= last; e++) {
      for (const m of [1, 2, 5]) {
        const v = Number(`${m}e${e}`);
        if (inRange(v)) ticks.push(v);
      }
    }
    return ticks.length > maxCount ? ticks.filter((v) => isPowerOfTen(v)) : ticks;
  }
  const every = Math.ceil(decades / maxCount);
  const ticks: number[] = [];
  for (let e = first; e <= last; e++) if ((e - first) % every === 0) ticks.push(Number(`1e${e}`));
  return ticks;
}

export function isPowerOfTen(v: number): boolean {
  if (!(v > 0)) return false;
  const e = Math.round(Math.log10(v));
  return Math.abs(v - Number(`1e${e}`)) <= 1e-12 * v;
}

/**
 * A log tick as text: plain decimals from 0.001 to 10 000 ('0.05', '200'), powers beyond
 * ('10⁻⁵', '2×10⁶'). Negative exponents use the superscript minus.
 */
export function formatLogTick(v: number): string {
  if (!(v > 0) || !Number.isFinite(v)) return String(v);
  if (v >= 1e-3 && v <= 1e4) return String(Number(v.toPrecision(6)));
  const e = Math.floor(Math.log10(v) + 1e-9);
  const mantissa = Number((v / 10 ** e).toPrecision(3));
  return mantissa === 1 ? `10${superscript(e)}` : `${mantissa}×10${superscript(e)}`;
}

/** The smallest 1, 2 or 5 × 10ᵏ that is ≥ `needed` (and ≥ `floor`), so a growing axis rescales rarely. */
export function growingMax(needed: number, floor = 1): number {
  const target = Math.max(needed, floor);
  if (!(target > 0) || !Number.isFinite(target)) return floor;
  const e = Math.floor(Math.log10(target));
  for (const m of [1, 2, 5, 10]) {
    const v = Number(`${m}e${e}`);
    if (v >= target * (1 - 1e-12)) return v;
  }
  return Number(`1e${e + 1}`);
}

/**
 * A log domain covering the positive finite values: whole decades around them, so ticks land at
 * the ends. Null when no value is positive (a log axis cannot show zeros; the caller shows a note
 * or falls back to linear).
 */
export function logDomain(values: Iterable<number>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!(v > 0) || !Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo === Infinity) return null;
  const low = Number(`1e${Math.floor(Math.log10(lo) + 1e-9)}`);
  let high = Number(`1e${Math.ceil(Math.log10(hi) - 1e-9)}`);
  if (high <= low) high = low * 10;
  return [low, high];
}

/** [min, max] of the finite values, or null. */
export function finiteExtent(values: Iterable<number>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo === Infinity ? null : [lo, hi];
}
