/**
 * The seminar's chain: one sigmoid unit per layer, no biases, E = ½(y − y′)².
 *
 *   a₀ = x,   aₗ = sig(wₗ·aₗ₋₁)  (l = 1 … L),   y = a_L
 *
 * Depth 2 is the deck's x → h = sig(w₁x) → y = sig(w₂h); depth 3 its x → h₁ → h₂ → y. Backwards, as
 * the deck writes it:
 *
 *   δ_L = (y − y′)·y(1 − y)                    (the deck's δ_y)
 *   δₗ  = δₗ₊₁ · sig′(wₗaₗ₋₁) · wₗ₊₁ = δₗ₊₁ · aₗ(1 − aₗ) · wₗ₊₁
 *   ∂E/∂wₗ = δₗ · aₗ₋₁
 *
 * For depth 2 this multiplies out to the chapter's ∂E/∂w₂ = (y − y′)·y(1 − y)·h and
 * ∂E/∂w₁ = (y − y′)·y(1 − y)·w₂·h(1 − h)·x. The same numbers as traceTrainingStep on the 1-…-1 network
 * with zero, fixed biases (tests/unit/core/sigmoid-chain.test.ts checks it).
 */
import { sigmoid, sigmoidDerivativeFromOutput } from './activations';
import { CHAIN_W_RANGE } from './examples/chain';
import { lowestSample, samplePlane } from './plane-grid';
import type { Surface2d } from './surfaces';

export interface SigmoidChainValues {
  /** a₀ = x, a₁, …, a_L = y; length L + 1. */
  readonly outputs: readonly number[];
  /** Each unit's slope sig′ at its net input, aₗ(1 − aₗ); index l − 1; length L. */
  readonly slopes: readonly number[];
  /** ∂E/∂y = y − y′. */
  readonly error: number;
  /** E = ½(y − y′)². */
  readonly loss: number;
  /** δₗ = ∂E/∂(wₗaₗ₋₁); index l − 1 (the last is δ_y); length L. */
  readonly deltas: readonly number[];
  /** ∂E/∂wₗ = δₗ·aₗ₋₁; index l − 1; length L. */
  readonly gradients: readonly number[];
}

/** Every quantity of the chain for input x, weights w₁ … w_L and target y′. */
export function sigmoidChain(x: number, weights: ArrayLike<number>, target: number): SigmoidChainValues {
  const depth = weights.length;
  if (depth < 1) throw new RangeError('sigmoidChain: need at least one weight');
  const outputs = [x];
  for (let l = 0; l < depth; l++) outputs.push(sigmoid(weights[l] * outputs[l]));
  const slopes = outputs.slice(1).map(sigmoidDerivativeFromOutput);
  const y = outputs[depth];
  const error = y - target;
  const deltas = new Array<number>(depth);
  deltas[depth - 1] = error * slopes[depth - 1];
  for (let l = depth - 2; l >= 0; l--) deltas[l] = deltas[l + 1] * slopes[l] * weights[l + 1];
  const gradients = deltas.map((delta, l) => delta * outputs[l]);
  return { outputs, slopes, error, loss: 0.5 * error * error, deltas, gradients };
}

/**
 * The deck's two-weight chain as a surface over θ = (w₁, w₂), for a fixed input x and target y′:
 * E(w₁, w₂) = ½(sig(w₂·sig(w₁x)) − y′)², with the analytic gradient (∂E/∂w₁, ∂E/∂w₂) of
 * sigmoidChain. `minimum` is where E is smallest on the square CHAIN_W_RANGE² = [−4, 4]² the widgets plot
 * (the lowest sample of a 161 × 161 grid; E has no finite minimiser when y′ is 0 or 1, so this is the
 * best point shown).
 */
export function chainSurface(x: number, target: number): Surface2d {
  const value = (theta: ArrayLike<number>) => {
    const e = sigmoid(theta[1] * sigmoid(theta[0] * x)) - target;
    return 0.5 * e * e;
  };
  const minimum = lowestSample(samplePlane({ x: CHAIN_W_RANGE, y: CHAIN_W_RANGE, nx: 161, ny: 161 }, value));
  return {
    value,
    gradient(theta, out) {
      const { gradients } = sigmoidChain(x, [theta[0], theta[1]], target);
      out[0] = gradients[0];
      out[1] = gradients[1];
      return out;
    },
    minimum,
  };
}

export interface ChainWeightCheck {
  /** ∂E/∂wₗ from the backward pass (sigmoidChain's gradient). */
  readonly analytic: number;
  /** (E(wₗ + ε) − E(wₗ − ε)) / 2ε, every other weight held. */
  readonly numeric: number;
  /** E at wₗ + ε and wₗ − ε. */
  readonly plus: number;
  readonly minus: number;
  readonly epsilon: number;
  /** |analytic − numeric| / max(|analytic|, |numeric|, 1e-6), as gradientCheck reports it. */
  readonly relativeError: number;
}

/**
 * One weight's gradient checked by a central finite difference (the same test as gradcheck.ts's
 * gradientCheck, on the chain): weight index l − 1, step ε (default 1e-5).
 */
export function chainWeightCheck(x: number, weights: ArrayLike<number>, target: number, index: number, epsilon = 1e-5): ChainWeightCheck {
  if (!(index >= 0 && index < weights.length)) throw new RangeError(`chainWeightCheck: no weight ${index}`);
  const at = (w: number) => {
    const moved = Array.from(weights);
    moved[index] = w;
    return sigmoidChain(x, moved, target).loss;
  };
  const analytic = sigmoidChain(x, weights, target).gradients[index];
  const plus = at(weights[index] + epsilon);
  const minus = at(weights[index] - epsilon);
  const numeric = (plus - minus) / (2 * epsilon);
  const relativeError = Math.abs(analytic - numeric) / Math.max(Math.abs(analytic), Math.abs(numeric), 1e-6);
  return { analytic, numeric, plus, minus, epsilon, relativeError };
}

export interface ChainWeightStep {
  /** The weight before and after wₗ ← wₗ − η ∂E/∂wₗ (only this weight moves). */
  readonly before: number;
  readonly after: number;
  readonly gradient: number;
  /** E before and after the step. */
  readonly errorBefore: number;
  readonly errorAfter: number;
}

/** One gradient-descent step on one weight of the chain (index l − 1), the others held. */
export function chainWeightStep(x: number, weights: ArrayLike<number>, target: number, index: number, eta: number): ChainWeightStep {
  const start = sigmoidChain(x, weights, target);
  const gradient = start.gradients[index];
  const moved = Array.from(weights);
  moved[index] = weights[index] - eta * gradient;
  return { before: weights[index], after: moved[index], gradient, errorBefore: start.loss, errorAfter: sigmoidChain(x, moved, target).loss };
}
