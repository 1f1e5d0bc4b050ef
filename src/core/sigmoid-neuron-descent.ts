/**
 * One sigmoid neuron trained by gradient descent on one example, with either of two losses — the
 * chapter "Loss functions", "Why not MSE for classification?". In the deck's letters (chapter 2):
 *
 *   a = w·x + b,   y = sig(a),   y′ the target
 *   squared error (the course's E, chapter 2):  E = ½(y − y′)²
 *       ∂E/∂w = (y − y′) · y(1 − y) · x          ∂E/∂b = (y − y′) · y(1 − y)
 *   binary cross-entropy:  L = −[y′ log y + (1 − y′) log(1 − y)]
 *       ∂L/∂y = −y′/y + (1 − y′)/(1 − y), and through the sigmoid the y(1 − y) cancels:
 *       ∂L/∂w = (y − y′) · x                      ∂L/∂b = (y − y′)
 *
 * The ½ matters: it is what makes the squared error's gradient (y − y′)y(1 − y)x with no factor 2.
 * Both gradients are computed the same way, through the core: ∂loss/∂y from losses.ts (the
 * half-squared error; cross-entropy on the two-class pair (y, 1 − y) against (y′, 1 − y′)), times the
 * sigmoid's slope sig′(a) = y(1 − y) from activations.ts, times ∂a/∂w = x. That the cross-entropy
 * product equals (y − y′)x is tested, not assumed (tests/unit/core/sigmoid-neuron-descent.test.ts).
 * Pure and deterministic: the same start and η give the same run.
 */
import { sigmoid, sigmoidDerivativeFromOutput } from './activations';
import { getLoss } from './losses';

export type NeuronLoss = 'half-squared-error' | 'cross-entropy';

export interface NeuronPoint {
  readonly w: number;
  readonly b: number;
}

export interface NeuronExample {
  readonly x: number;
  /** y′ ∈ [0, 1]. */
  readonly target: number;
}

/** Everything about the neuron at (w, b) on one example, for one loss. */
export interface NeuronState {
  /** a = wx + b */
  readonly a: number;
  /** y = sig(a) */
  readonly y: number;
  /** sig′(a) = y(1 − y) */
  readonly slope: number;
  /** The loss: E = ½(y − y′)² or L = −[y′ log y + (1 − y′) log(1 − y)]. */
  readonly loss: number;
  /** ∂loss/∂y */
  readonly dy: number;
  /** ∂loss/∂a = ∂loss/∂y · sig′(a) */
  readonly da: number;
  /** ∂loss/∂w = ∂loss/∂a · x */
  readonly dw: number;
  /** ∂loss/∂b = ∂loss/∂a */
  readonly db: number;
}

const halfSquared = getLoss('half-squared-error');
const crossEntropy = getLoss('cross-entropy');
const pair = new Float64Array(2);
const pairGradient = new Float64Array(2);
const one = new Float64Array(1);
const oneGradient = new Float64Array(1);

/** The loss and its derivative with respect to y, from the core's losses. */
function lossAndSlope(loss: NeuronLoss, y: number, target: number): [number, number] {
  if (loss === 'half-squared-error') {
    one[0] = y;
    const t = [target];
    halfSquared.gradient(one, t, oneGradient);
    return [halfSquared.value(one, t), oneGradient[0]];
  }
  // Binary cross-entropy is the deck's −Σ y log ŷ over the two classes: ŷ = (y, 1 − y), target (y′, 1 − y′).
  pair[0] = y;
  pair[1] = 1 - y;
  const t = [target, 1 - target];
  crossEntropy.gradient(pair, t, pairGradient);
  // y enters ŷ₁ with +1 and ŷ₂ with −1.
  return [crossEntropy.value(pair, t), pairGradient[0] - pairGradient[1]];
}

export function neuronState(loss: NeuronLoss, point: NeuronPoint, example: NeuronExample): NeuronState {
  const a = point.w * example.x + point.b;
  const y = sigmoid(a);
  const slope = sigmoidDerivativeFromOutput(y);
  const [value, dy] = lossAndSlope(loss, y, example.target);
  const da = dy * slope;
  return { a, y, slope, loss: value, dy, da, dw: da * example.x, db: da };
}

/** One gradient-descent step: (w, b) ← (w, b) − η(∂loss/∂w, ∂loss/∂b). */
export function neuronStep(loss: NeuronLoss, point: NeuronPoint, example: NeuronExample, eta: number): NeuronPoint {
  const s = neuronState(loss, point, example);
  return { w: point.w - eta * s.dw, b: point.b - eta * s.db };
}

/** The states after 0, 1, …, epochs steps from `start` (epochs + 1 entries). */
export function neuronRun(loss: NeuronLoss, start: NeuronPoint, example: NeuronExample, eta: number, epochs: number): NeuronState[] {
  const states = [neuronState(loss, start, example)];
  let point = start;
  for (let t = 0; t < epochs; t++) {
    point = neuronStep(loss, point, example, eta);
    states.push(neuronState(loss, point, example));
  }
  return states;
}

/** The chapter's example: input x = 1, target y′ = 0, started confidently wrong at (w, b) = (2, 2), y = sig(4) ≈ 0.982. */
export const SATURATED_NEURON_EXAMPLE = {
  example: { x: 1, target: 0 } as NeuronExample,
  start: { w: 2, b: 2 } as NeuronPoint,
  /** η and epochs of Nielsen's quadratic-cost run from this start (Neural Networks and Deep Learning, ch. 3); here both losses use this η. */
  eta: 0.15,
  epochs: 300,
} as const;
