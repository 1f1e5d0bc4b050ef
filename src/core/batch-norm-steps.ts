/**
 * Batch normalization's four lines on one unit's mini-batch, every number read from a one-unit
 * BatchNormLayer run in train mode (layers/batch-norm.ts), with the intermediate sums the formulas
 * write out: for worked examples (chapter 7 computes its example with it) and the bn-algorithm widget.
 *
 *   μ_B ← (1/m) Σ x_i,  σ²_B ← (1/m) Σ (x_i − μ_B)²,  x̂_i = (x_i − μ_B)/√(σ²_B + ε),  y_i ← γ x̂_i + β
 */
import { BatchNormLayer } from './layers/batch-norm';
import { matrixView } from './matrix';

export interface BnSteps {
  readonly xs: readonly number[];
  readonly m: number;
  readonly eps: number;
  readonly gamma: number;
  readonly beta: number;
  /** Σ x_i (the numerator of μ_B as the formula writes it). */
  readonly sum: number;
  /** μ_B, the layer's batchMean. */
  readonly mean: number;
  /** x_i − μ_B. */
  readonly deviations: readonly number[];
  /** Σ (x_i − μ_B)². */
  readonly sumSquares: number;
  /** σ²_B, the layer's batchVariance (biased: 1/m). */
  readonly variance: number;
  /** √(σ²_B + ε), as the layer takes it (its inverseStd is 1 over this). */
  readonly std: number;
  /** x̂_i, the layer's xHat. */
  readonly xHat: readonly number[];
  /** y_i, the layer's output. */
  readonly y: readonly number[];
  /** σ²_B · m/(m − 1), the unbiased estimate PyTorch keeps for test time; null at m = 1. */
  readonly unbiased: number | null;
}

/** One train-mode forward pass of a one-unit BatchNormLayer over the mini-batch `xs`. */
export function batchNormSteps(xs: readonly number[], gamma: number, beta: number, eps: number): BnSteps {
  const m = xs.length;
  if (m < 1) throw new RangeError('batch norm needs at least one value');
  const layer = new BatchNormLayer({ size: 1, eps });
  layer.gamma.data[0] = gamma;
  layer.beta.data[0] = beta;
  layer.forward(matrixView(m, 1, Float64Array.from(xs)), 'train');
  const mean = layer.batchMean[0];
  const variance = layer.batchVariance[0];
  const deviations = xs.map((x) => x - mean);
  return {
    xs: [...xs],
    m,
    eps,
    gamma,
    beta,
    sum: xs.reduce((s, x) => s + x, 0),
    mean,
    deviations,
    sumSquares: deviations.reduce((s, d) => s + d * d, 0),
    variance,
    std: Math.sqrt(variance + layer.eps),
    xHat: Array.from(layer.xHat.data),
    y: Array.from(layer.output.data),
    unbiased: m > 1 ? (variance * m) / (m - 1) : null,
  };
}

/** The mean and (biased) variance of a list, by the same layer's batch statistics (for the check line). */
export function moments(values: readonly number[]): { mean: number; variance: number } {
  const layer = new BatchNormLayer({ size: 1 });
  layer.forward(matrixView(values.length, 1, Float64Array.from(values)), 'train');
  return { mean: layer.batchMean[0], variance: layer.batchVariance[0] };
}

