/**
 * MAE vs MSE for a line predictor: y_i^p = c + m·(x_i − x̄), with the points at x_i = i (i = 1 … n,
 * where the residual plot draws them) and x̄ = (n + 1)/2 their middle. m = 0 is the constant predictor.
 *
 * c is the line's height at x̄, not at x = 0, so that the L(c) charts keep their meaning: at a fixed m,
 * y_i − y_i^p = z_i − c with z_i = y_i − m·(x_i − x̄), so L(c) is the constant predictor's loss on the
 * points z — still a V for MAE (kinks at the z_i, lowest at their median) and a parabola for MSE
 * (lowest at their mean, which is ȳ for every m because Σ(x_i − x̄) = 0).
 *
 * Losses and ∂L/∂ŷ come from the core, the n points being the K outputs of one example (as model.ts).
 */
import { getLoss } from '../../core/losses';
import { constantFit, formulaValues, mean, type ConstantFit, type ConstantLoss } from './model';

/** A line: its height c at x̄ and its slope m. */
export interface Line {
  readonly c: number;
  readonly m: number;
}

/** x̄ = (1 + … + n)/n = (n + 1)/2. */
export function middle(n: number): number {
  return (n + 1) / 2;
}

/** y_i^p = c + m·(x_i − x̄) for x_i = 1 … n. */
export function linePredictions(n: number, { c, m }: Line): number[] {
  const xbar = middle(n);
  return Array.from({ length: n }, (_, i) => c + m * (i + 1 - xbar));
}

/** z_i = y_i − m·(x_i − x̄): the points as a constant c sees them once the slope is taken out. */
export function levelled(ys: readonly number[], m: number): number[] {
  const xbar = middle(ys.length);
  return ys.map((y, i) => y - m * (i + 1 - xbar));
}

/** L(c, m) through the core. */
export function lineLoss(name: ConstantLoss, ys: readonly number[], line: Line): number {
  return getLoss(name).value(linePredictions(ys.length, line), ys);
}

/**
 * (∂L/∂c, ∂L/∂m) by the chain rule from the core's ∂L/∂ŷ_i, since ∂y_i^p/∂c = 1 and
 * ∂y_i^p/∂m = x_i − x̄: ∂L/∂c = Σ ∂L/∂ŷ_i, ∂L/∂m = Σ ∂L/∂ŷ_i·(x_i − x̄).
 * MAE: (1/n)Σ sign(y_i^p − y_i)·(1, x_i − x̄); MSE: (2/n)Σ (y_i^p − y_i)·(1, x_i − x̄).
 */
export function lineGradient(name: ConstantLoss, ys: readonly number[], line: Line): { dc: number; dm: number } {
  const n = ys.length;
  const xbar = middle(n);
  const out = new Float64Array(n);
  getLoss(name).gradient(linePredictions(n, line), ys, out);
  let dc = 0;
  let dm = 0;
  out.forEach((g, i) => {
    dc += g;
    dm += g * (i + 1 - xbar);
  });
  return { dc, dm };
}

/**
 * The line of least squares (MSE's minimiser), in closed form: m = Σ(x_i − x̄)(y_i − ȳ)/Σ(x_i − x̄)²,
 * and c = ȳ (the least-squares line passes through (x̄, ȳ)).
 */
export function leastSquares(ys: readonly number[]): Line {
  if (ys.length < 2) throw new RangeError('a line needs two points');
  const xbar = middle(ys.length);
  const ybar = mean(ys);
  let sxy = 0;
  let sxx = 0;
  ys.forEach((y, i) => {
    const dx = i + 1 - xbar;
    sxy += dx * (y - ybar);
    sxx += dx * dx;
  });
  return { c: ybar, m: sxy / sxx };
}

/**
 * A line of least absolute deviations (MAE's minimiser), by exact search. MAE(c, m) is convex and
 * piecewise linear, so a minimum is reached at a vertex of its pieces, where at least two residuals are
 * zero: some LAD line passes through at least two of the points. Trying the line through every pair
 * (n(n − 1)/2 of them, 21 for the widget's n ≤ 7, each costing n) and keeping the lowest MAE is
 * therefore exact.
 *
 * The minimiser need not be unique: with 500, 300, 200, 2000 every line with points 1 and 4 on one
 * side and 2 and 3 on the other has MAE 500 (the signs balance in both ∂/∂c and ∂/∂m). Among pair
 * lines whose MAE ties (within rounding) we keep the flattest (smallest |m|), then the first pair in
 * order, so the same points always give the same line.
 */
export function leastAbsolute(ys: readonly number[]): Line {
  const n = ys.length;
  if (n < 2) throw new RangeError('a line needs two points');
  const xbar = middle(n);
  let best: (Line & { loss: number }) | null = null;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const m = (ys[j]! - ys[i]!) / (j - i);
      const line = { c: ys[i]! + m * (xbar - (i + 1)), m };
      const loss = lineLoss('mae', ys, line);
      const tie = 1e-9 * Math.max(1, best?.loss ?? 0);
      if (!best || loss < best.loss - tie || (loss <= best.loss + tie && Math.abs(m) < Math.abs(best.m))) best = { ...line, loss };
    }
  }
  return { c: best!.c, m: best!.m };
}

/**
 * Everything the widget shows for points ys and the line (c, m). The constant predictor's quantities
 * (model.ts constantFit) on the levelled points z: residuals z_i − c = y_i − y_i^p, their sums, the
 * counts below and above the line, and the best c at this slope (median and mean of z); the losses and
 * both gradients from the core on the line's own predictions.
 */
export interface LineFit extends ConstantFit {
  readonly m: number;
  readonly xbar: number;
  readonly predictions: readonly number[];
  /** ∂MAE/∂m and ∂MSE/∂m through the core (gradMae, gradMse are ∂/∂c). */
  readonly gradMaeM: number;
  readonly gradMseM: number;
}

export function lineFit(ys: readonly number[], line: Line): LineFit {
  const mae = lineGradient('mae', ys, line);
  const mse = lineGradient('mse', ys, line);
  return {
    ...constantFit(levelled(ys, line.m), line.c),
    m: line.m,
    xbar: middle(ys.length),
    predictions: linePredictions(ys.length, line),
    mae: lineLoss('mae', ys, line),
    mse: lineLoss('mse', ys, line),
    gradMae: mae.dc,
    gradMse: mse.dc,
    gradMaeM: mae.dm,
    gradMseM: mse.dm,
  };
}

/** The line formula's numbers: the constant formula's (model.ts formulaValues) and the line's own. */
export function lineFormulaValues(fit: LineFit): Record<string, number> {
  return { ...formulaValues(fit), m: fit.m, xbar: fit.xbar, gmaem: fit.gradMaeM, gmsem: fit.gradMseM };
}
