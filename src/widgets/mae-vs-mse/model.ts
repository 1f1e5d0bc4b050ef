/**
 * MAE vs MSE for a constant predictor c (chapter 4): ŷ⁽ⁱ⁾ = c for every point y⁽ⁱ⁾.
 * Losses come from the core ('mae': Σ|ŷ − y|/N, 'mse': Σ(ŷ − y)²/N), treating the N points as the
 * K outputs of one example, so L(c) and dL/dc = Σᵢ ∂L/∂ŷ⁽ⁱ⁾ are exactly the core's definitions.
 */
import { getLoss } from '../../core/losses';

export type ConstantLoss = 'mae' | 'mse';

/** The arithmetic mean (1/N)Σy — the c that minimises MSE. */
export function mean(ys: readonly number[]): number {
  if (ys.length === 0) throw new RangeError('mean of no points');
  let s = 0;
  for (const y of ys) s += y;
  return s / ys.length;
}

/**
 * The median — a c that minimises MAE. Convention: for an even N every c between the two middle
 * values is a minimiser (L is flat there); we report their midpoint.
 */
export function median(ys: readonly number[]): number {
  if (ys.length === 0) throw new RangeError('median of no points');
  const s = [...ys].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** L(c) through the core. */
export function lossAt(name: ConstantLoss, ys: readonly number[], c: number): number {
  return getLoss(name).value(ys.map(() => c), ys);
}

/** dL/dc = Σᵢ ∂L/∂ŷ⁽ⁱ⁾ (every ŷ⁽ⁱ⁾ is c). MAE: (1/N)Σsign(c − y) (0 at a kink term); MSE: (2/N)Σ(c − y). */
export function gradientAt(name: ConstantLoss, ys: readonly number[], c: number): number {
  const out = new Float64Array(ys.length);
  getLoss(name).gradient(ys.map(() => c), ys, out);
  let g = 0;
  for (const v of out) g += v;
  return g;
}

/** L(c) sampled at n+1 evenly spaced c in [lo, hi], for the L(c) chart. */
export function sampleLoss(name: ConstantLoss, ys: readonly number[], lo: number, hi: number, n: number): { c: number; l: number }[] {
  const pts: { c: number; l: number }[] = [];
  for (let i = 0; i <= n; i++) {
    const c = lo + ((hi - lo) * i) / n;
    pts.push({ c, l: lossAt(name, ys, c) });
  }
  return pts;
}

/** Everything the widget shows for points ys and the constant prediction c. */
export interface ConstantFit {
  readonly n: number;
  readonly c: number;
  /** y_i − y_i^p = y_i − c, per point. */
  readonly residuals: readonly number[];
  /** Σ|y_i − c| and Σ(y_i − c)², the numerators of the deck's formulas. */
  readonly sumAbs: number;
  readonly sumSq: number;
  /** MAE(c) and MSE(c) through the core. */
  readonly mae: number;
  readonly mse: number;
  /** dMAE/dc and dMSE/dc through the core. */
  readonly gradMae: number;
  readonly gradMse: number;
  /** How many points lie below c (each adds +1/n to dMAE/dc) and above c (each −1/n). */
  readonly below: number;
  readonly above: number;
  /** The minimisers: the mean for MSE, the median for MAE. */
  readonly mean: number;
  readonly median: number;
}

export function constantFit(ys: readonly number[], c: number): ConstantFit {
  const residuals = ys.map((y) => y - c);
  let sumAbs = 0;
  let sumSq = 0;
  for (const r of residuals) {
    sumAbs += Math.abs(r);
    sumSq += r * r;
  }
  return {
    n: ys.length,
    c,
    residuals,
    sumAbs,
    sumSq,
    mae: lossAt('mae', ys, c),
    mse: lossAt('mse', ys, c),
    gradMae: gradientAt('mae', ys, c),
    gradMse: gradientAt('mse', ys, c),
    below: ys.filter((y) => y < c).length,
    above: ys.filter((y) => y > c).length,
    mean: mean(ys),
    median: median(ys),
  };
}

/** The live formula's numbers for a fit (components/MaeVsMse.astro sets them at build time, the widget after). */
export function formulaValues(fit: ConstantFit): Record<string, number> {
  return {
    c: fit.c,
    n: fit.n,
    sa: fit.sumAbs,
    ss: fit.sumSq,
    mae: fit.mae,
    mse: fit.mse,
    below: fit.below,
    above: fit.above,
    gmae: fit.gradMae,
    mean: fit.mean,
    gmse: fit.gradMse,
  };
}

/**
 * L(c) sampled for the chart on [lo, hi], with the points' own values added as samples so MAE's kinks
 * (at each y_i) are drawn sharp rather than cut off between two grid samples.
 */
export function lossCurve(name: ConstantLoss, ys: readonly number[], lo: number, hi: number, n: number): { cs: number[]; ls: number[] } {
  const cs = sampleLoss(name, ys, lo, hi, n).map((p) => p.c);
  for (const y of ys) if (y > lo && y < hi) cs.push(y);
  cs.sort((a, b) => a - b);
  return { cs, ls: cs.map((c) => lossAt(name, ys, c)) };
}

/**
 * The c-range the L(c) charts show: the points and c, widened by 30 % of their spread on each side
 * (at least `minPad`), kept inside [lo, hi] and rounded out to `grain`. Far outside the points both
 * losses only keep growing, and drawing all of [lo, hi] would flatten the V and the parabola's bottom
 * into a line.
 */
export function lossWindow(ys: readonly number[], c: number, lo: number, hi: number, minPad: number, grain: number): [number, number] {
  const a = Math.min(c, ...ys);
  const b = Math.max(c, ...ys);
  const pad = Math.max(minPad, 0.3 * (b - a));
  return [Math.max(lo, Math.floor((a - pad) / grain) * grain), Math.min(hi, Math.ceil((b + pad) / grain) * grain)];
}

/**
 * One gradient-descent step on c: c ← c − η·dL/dc, kept inside [lo, hi]. For MAE the step is η times a
 * count of signs over n — the same size however far the points are, so near the median it jumps back
 * and forth; for MSE it is η·2(c − mean), shrinking as c nears the mean (η = ¼ halves the distance).
 */
export function descendStep(name: ConstantLoss, ys: readonly number[], c: number, eta: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, c - eta * gradientAt(name, ys, c)));
}
