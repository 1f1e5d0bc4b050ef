/**
 * The numbers chapter 7 (batch normalization) quotes outside its widgets, computed with the core so
 * that no derived number is typed into the chapter (both languages import them from here):
 *
 * - #internal-covariate-shift: one sigmoid unit's mini-batch at step t and later (DRIFT) — the mean,
 *   sigmoid(μ), its slope sig(μ)(1 − sig(μ)), and the slope at the largest input;
 * - #benefits: the sigmoid's slope at 0, ±1 and 4; the same input 6 normalized in two mini-batches;
 * - #algorithm: the drifting unit's two mini-batches normalized (the same x̂);
 * - #scale-and-shift: sigmoid against its tangent at 0, 0.5 + x/4, and their largest gap on [−1, 1];
 * - #backward: the worked example's gradients for a given ∂ℓ/∂y, by the paper's lines and by the layer;
 * - #test-time: the average of three mini-batches' statistics (the layer's 'batch-average' mode), a test
 *   input through it, BN folded into y = a·x + b, and the unbiased m/(m − 1) variant.
 */
import { createElementwiseActivation } from './activations';
import { batchNormSteps, moments } from './batch-norm-steps';
import { BatchNormLayer } from './layers/batch-norm';
import { fromRows, matrixView } from './matrix';

const sigmoid = createElementwiseActivation('sigmoid');
const sig = (x: number) => sigmoid.value(x);
/** The sigmoid's slope sig(x)(1 − sig(x)) at x. */
const slope = (x: number) => sigmoid.derivative(x, sigmoid.value(x));

/**
 * A per-layer factor compounded over `layers` layers (#why-batch-norm: 0.25¹⁰ for the sigmoid's
 * best slope, 1.1¹⁰ and 1.1²⁰ for factors a little above 1).
 */
export function compounded(factor: number, layers: number): number {
  return factor ** layers;
}

/** The drifting unit: its four inputs at step t, and later, after the layers below became 2× + 1.5. */
export const DRIFT = { before: [-1.2, 0.0, 0.4, 1.6], after: [-0.9, 1.5, 2.3, 4.7] } as const;

/** One column of the drift table. */
export interface DriftColumn {
  readonly mean: number;
  readonly variance: number;
  readonly sigmoidAtMean: number;
  readonly slopeAtMean: number;
  readonly largest: number;
  readonly slopeAtLargest: number;
  /** x̂ of the four inputs (ε = 10⁻⁵): the same for both moments. */
  readonly xHat: readonly number[];
}

function driftColumn(xs: readonly number[]): DriftColumn {
  const { mean, variance } = moments(xs);
  const largest = Math.max(...xs);
  return {
    mean,
    variance,
    sigmoidAtMean: sig(mean),
    slopeAtMean: slope(mean),
    largest,
    slopeAtLargest: slope(largest),
    xHat: batchNormSteps(xs, 1, 0, 1e-5).xHat,
  };
}

export const DRIFT_TABLE = { before: driftColumn(DRIFT.before), after: driftColumn(DRIFT.after) };
/** How much the slope at the largest input dropped: before / after. */
export const DRIFT_SLOPE_DROP = DRIFT_TABLE.before.slopeAtLargest / DRIFT_TABLE.after.slopeAtLargest;

/** The sigmoid's slope at 0, at ±1 and at 4 (#benefits). */
export const SIGMOID_SLOPES = { at0: slope(0), at1: slope(1), at4: slope(4) };

/** The input 6 normalized in the worked example's mini-batch and in another one (#benefits). */
export const BATCH_NOISE = {
  inWorked: batchNormSteps([2, 4, 6, 8], 1, 0, 1e-5).xHat[2],
  inOther: batchNormSteps([6, 7, 8, 9], 1, 0, 1e-5).xHat[0],
};

/** The x of the scale-and-shift table. */
export const TANGENT_XS = [-1, -0.5, 0, 0.5, 1, 2, 3] as const;
/** sigmoid(x) and its tangent at 0, 0.5 + x/4 (sig(0) = 0.5, sig′(0) = 0.25), at each x. */
export const TANGENT_TABLE = TANGENT_XS.map((x) => ({ x, sigmoid: sig(x), tangent: sig(0) + slope(0) * x }));
/**
 * max |sigmoid(x) − (0.5 + x/4)| over [−1, 1], on a grid of step 10⁻⁴: the gap grows with |x| (the
 * sigmoid is odd about (0, 0.5) and bends away from its tangent monotonically), so it is the gap at ±1.
 */
export const TANGENT_GAP_ON_UNIT = (() => {
  let gap = 0;
  for (let k = -10_000; k <= 10_000; k++) {
    const x = k / 10_000;
    gap = Math.max(gap, Math.abs(sig(x) - (sig(0) + slope(0) * x)));
  }
  return gap;
})();

/** The backward pass's worked example: x = (2, 4, 6, 8), γ = 1.5, β = 0.5, ε = 10⁻⁵ and ∂ℓ/∂y. */
export const BACKWARD_EXAMPLE = { xs: [2, 4, 6, 8], gamma: 1.5, beta: 0.5, eps: 1e-5, dy: [0.1, -0.2, 0.3, 0.0] } as const;

/** A mini-batch, its γ, β, ε and the gradient ∂ℓ/∂y from above (one value per x_i): the bn-backward widget's. */
export interface BackwardInput {
  readonly xs: readonly number[];
  readonly gamma: number;
  readonly beta: number;
  readonly eps: number;
  readonly dy: readonly number[];
}

/**
 * The paper's backward lines on the example, each as the chapter writes it out:
 *   ∂ℓ/∂x̂ᵢ = ∂ℓ/∂yᵢ · γ
 *   ∂ℓ/∂σ²_B = Σ ∂ℓ/∂x̂ᵢ (xᵢ − μ_B) · (−½)(σ²_B + ε)^(−3/2)      (sumDevs is the Σ)
 *   ∂ℓ/∂μ_B = Σ ∂ℓ/∂x̂ᵢ · (−1/√(σ²_B + ε)) + ∂ℓ/∂σ²_B · Σ −2(xᵢ − μ_B)/m
 * and ∂ℓ/∂x, ∂ℓ/∂γ, ∂ℓ/∂β from BatchNormLayer.backward (the same gradient in the layer's closed form;
 * tests/unit/core/batch-norm-chapter.test.ts checks the two forms agree and against finite differences).
 */
export function backwardExample(example: BackwardInput = BACKWARD_EXAMPLE) {
  const { xs, gamma, beta, eps, dy } = example;
  const m = xs.length;
  if (dy.length !== m) throw new RangeError(`∂ℓ/∂y needs ${m} values, got ${dy.length}`);
  const steps = batchNormSteps(xs, gamma, beta, eps);
  const dxHat = dy.map((g) => g * gamma);
  const sumDevs = dxHat.reduce((s, g, i) => s + g * steps.deviations[i], 0);
  const varianceEps = steps.variance + eps;
  const dVariance = sumDevs * -0.5 * varianceEps ** -1.5;
  const sumDxHat = dxHat.reduce((s, g) => s + g, 0);
  const dMean = sumDxHat * (-1 / Math.sqrt(varianceEps)) + dVariance * steps.deviations.reduce((s, d) => s - (2 * d) / m, 0);

  const layer = new BatchNormLayer({ size: 1, eps });
  layer.gamma.data[0] = gamma;
  layer.beta.data[0] = beta;
  layer.forward(matrixView(m, 1, Float64Array.from(xs)), 'train');
  const dx = Array.from(layer.backward(matrixView(m, 1, Float64Array.from(dy))).data);
  return {
    steps,
    dxHat,
    products: dxHat.map((g, i) => g * steps.deviations[i]),
    sumDevs,
    varianceEps,
    dVariance,
    sumDxHat,
    dMean,
    dx,
    dGamma: layer.gradGamma.data[0],
    dBeta: layer.gradBeta.data[0],
  };
}

/** The test-time worked example: three mini-batches' μ_B and σ²_B, trained γ and β, a test input. */
export const TEST_TIME_EXAMPLE = { means: [4.8, 5.1, 5.4], variances: [4.6, 5.0, 5.4], m: 4, gamma: 1.5, beta: 0.5, x: 6 } as const;

/**
 * The example through the core: a one-unit layer in 'batch-average' mode is trained on three mini-batches
 * of m = 4 values having exactly the given μ_B and (biased) σ²_B — (μ − s, μ − s, μ + s, μ + s) with
 * s = √σ² — and then normalizes the test input with the averages it kept. Also BN folded into
 * y = a·x + b, and the same input with the unbiased variance m/(m − 1) · E[σ²_B] (Ioffe and Szegedy).
 */
export function testTimeExample(example = TEST_TIME_EXAMPLE) {
  const { means, variances, m, gamma, beta, x } = example;
  const layer = new BatchNormLayer({ size: 1, inferenceStatistics: 'batch-average' });
  layer.gamma.data[0] = gamma;
  layer.beta.data[0] = beta;
  means.forEach((mu, k) => {
    const s = Math.sqrt(variances[k]);
    layer.forward(fromRows([[mu - s], [mu - s], [mu + s], [mu + s]]), 'train');
  });
  const { mean, variance } = layer.inferenceMoments();
  const y = layer.forward(fromRows([[x]]), 'inference').data[0];
  const std = Math.sqrt(variance[0] + layer.eps);
  const xHat = (x - mean[0]) / std;
  const a = gamma / std;
  const b = beta - (gamma * mean[0]) / std;
  const unbiasedVariance = (m / (m - 1)) * variance[0];
  const unbiasedXHat = (x - mean[0]) / Math.sqrt(unbiasedVariance + layer.eps);
  return {
    mean: mean[0],
    variance: variance[0],
    std,
    deviation: x - mean[0],
    xHat,
    y,
    a,
    b,
    unbiasedFactor: m / (m - 1),
    unbiasedVariance,
    unbiasedXHat,
    unbiasedY: gamma * unbiasedXHat + beta,
    /** The factor m/(m − 1) for a realistic mini-batch of 64. */
    factorAt64: 64 / 63,
  };
}
