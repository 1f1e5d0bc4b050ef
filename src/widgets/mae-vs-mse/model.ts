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
