/**
 * Activation functions f(net) and their derivatives, as scalar functions (for formulas and traces)
 * and as batch kernels over a rows × cols block (for the network's hot path: one call per layer,
 * a plain loop inside, no per-element closures).
 *
 * Derivative conventions at the kinks (the deck's definitions pick the x ≥ 0 branch):
 * - step: f'(x) = 0 everywhere (undefined at 0; 0 is used, so nothing flows back through a step).
 * - relu: f'(x) = 1 for x ≥ 0, else 0 (the deck's ReLU takes x at x = 0, so its branch's slope).
 * - leaky-relu: f'(x) = 1 for x ≥ 0, else slope.
 */

export type ElementwiseActivationName = 'step' | 'sigmoid' | 'tanh' | 'relu' | 'leaky-relu' | 'linear';
export type ActivationName = ElementwiseActivationName | 'softmax';

export const ACTIVATION_NAMES: readonly ActivationName[] = [
  'step',
  'sigmoid',
  'tanh',
  'relu',
  'leaky-relu',
  'linear',
  'softmax',
];

/** The deck's Leaky ReLU slope for x < 0: 0.01x. */
export const DEFAULT_LEAKY_SLOPE = 0.01;

export function isActivationName(name: string): name is ActivationName {
  return (ACTIVATION_NAMES as readonly string[]).includes(name);
}

/** step(x) = 1 if x ≥ 0, else 0. */
export function step(x: number): number {
  return x >= 0 ? 1 : 0;
}

/** sigmoid(x) = 1 / (1 + e^(−x)); range (0, 1). */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** sig'(x) = sig(x)(1 − sig(x)), written from the output s = sig(x): s(1 − s). Max 1/4 at x = 0. */
export function sigmoidDerivativeFromOutput(s: number): number {
  return s * (1 - s);
}

/** tanh(x) = (e^(2x) − 1)/(e^(2x) + 1) = 2·sigmoid(2x) − 1; range (−1, 1). */
export function tanh(x: number): number {
  return Math.tanh(x);
}

/** tanh'(x) = 1 − tanh²(x), written from the output t: 1 − t². Max 1 at x = 0 (4× sigmoid's). */
export function tanhDerivativeFromOutput(t: number): number {
  return 1 - t * t;
}

/** ReLU(x) = x if x ≥ 0, else 0. */
export function relu(x: number): number {
  return x >= 0 ? x : 0;
}

/** ReLU'(x) = 1 if x ≥ 0, else 0. */
export function reluDerivative(x: number): number {
  return x >= 0 ? 1 : 0;
}

/** Leaky ReLU(x) = x if x ≥ 0, else slope·x (slope 0.01 in the deck). */
export function leakyRelu(x: number, slope = DEFAULT_LEAKY_SLOPE): number {
  return x >= 0 ? x : slope * x;
}

/** Leaky ReLU'(x) = 1 if x ≥ 0, else slope. */
export function leakyReluDerivative(x: number, slope = DEFAULT_LEAKY_SLOPE): number {
  return x >= 0 ? 1 : slope;
}

/** One activation as batch kernels over a rows × cols block (one row per example). */
export interface Activation {
  readonly name: ActivationName;
  /** out = f(net); softmax acts on each row. */
  forward(net: Float64Array, out: Float64Array, rows: number, cols: number): void;
  /**
   * delta = ∂E/∂net from gradOut = ∂E/∂out: f'(net) ⊙ gradOut elementwise, or the softmax
   * Jacobian-vector product on each row. `out` must hold f(net).
   */
  backward(
    net: Float64Array,
    out: Float64Array,
    gradOut: Float64Array,
    delta: Float64Array,
    rows: number,
    cols: number,
  ): void;
}

/** An activation applied to each number on its own; it also has scalar value and derivative. */
export interface ElementwiseActivation extends Activation {
  readonly name: ElementwiseActivationName;
  /** f(x). */
  value(x: number): number;
  /** f'(net), given net and out = f(net) (each function uses whichever is cheaper). */
  derivative(net: number, out: number): number;
  /** Leaky ReLU only: the slope for x < 0. */
  readonly slope?: number;
}

export interface ActivationOptions {
  /** Leaky ReLU's slope for x < 0 (default 0.01). Ignored by the others. */
  slope?: number;
}

function elementwise(
  name: ElementwiseActivationName,
  value: (x: number) => number,
  derivative: (net: number, out: number) => number,
  forward: Activation['forward'],
  backward: Activation['backward'],
): ElementwiseActivation {
  return { name, value, derivative, forward, backward };
}

const stepActivation = elementwise(
  'step',
  step,
  () => 0,
  (net, out, rows, cols) => {
    const n = rows * cols;
    for (let k = 0; k < n; k++) out[k] = net[k] >= 0 ? 1 : 0;
  },
  (_net, _out, _gradOut, delta, rows, cols) => {
    delta.fill(0, 0, rows * cols);
  },
);

const sigmoidActivation = elementwise(
  'sigmoid',
  sigmoid,
  (_net, out) => out * (1 - out),
  (net, out, rows, cols) => {
    const n = rows * cols;
    for (let k = 0; k < n; k++) out[k] = 1 / (1 + Math.exp(-net[k]));
  },
  (_net, out, gradOut, delta, rows, cols) => {
    const n = rows * cols;
    for (let k = 0; k < n; k++) {
      const s = out[k];
      delta[k] = gradOut[k] * s * (1 - s);
    }
  },
);

const tanhActivation = elementwise(
  'tanh',
  tanh,
  (_net, out) => 1 - out * out,
  (net, out, rows, cols) => {
    const n = rows * cols;
    for (let k = 0; k < n; k++) out[k] = Math.tanh(net[k]);
  },
  (_net, out, gradOut, delta, rows, cols) => {
    const n = rows * cols;
    for (let k = 0; k < n; k++) {
      const t = out[k];
      delta[k] = gradOut[k] * (1 - t * t);
    }
  },
);

const reluActivation = elementwise(
  'relu',
  relu,
  (net) => reluDerivative(net),
  (net, out, rows, cols) => {
    const n = rows * cols;
    for (let k = 0; k < n; k++) {
      const v = net[k];
      out[k] = v >= 0 ? v : 0;
    }
  },
  (net, _out, gradOut, delta, rows, cols) => {
    const n = rows * cols;
    // +(net ≥ 0) is 1 or 0 without a branch (data-dependent branches mispredict half the time).
    for (let k = 0; k < n; k++) delta[k] = gradOut[k] * +(net[k] >= 0);
  },
);

const linearActivation = elementwise(
  'linear',
  (x) => x,
  () => 1,
  (net, out, rows, cols) => {
    if (out !== net) out.set(net.subarray(0, rows * cols));
  },
  (_net, _out, gradOut, delta, rows, cols) => {
    if (delta !== gradOut) delta.set(gradOut.subarray(0, rows * cols));
  },
);

function leakyReluActivation(slope: number): ElementwiseActivation {
  const activation = elementwise(
    'leaky-relu',
    (x) => leakyRelu(x, slope),
    (net) => leakyReluDerivative(net, slope),
    (net, out, rows, cols) => {
      const n = rows * cols;
      for (let k = 0; k < n; k++) {
        const v = net[k];
        out[k] = v >= 0 ? v : slope * v;
      }
    },
    (net, _out, gradOut, delta, rows, cols) => {
      const n = rows * cols;
      const rise = 1 - slope;
      // f'(net) = slope + (1 − slope)·[net ≥ 0], without a branch.
      for (let k = 0; k < n; k++) delta[k] = gradOut[k] * (slope + rise * +(net[k] >= 0));
    },
  );
  return { ...activation, slope };
}

/**
 * softmax(z)_j = e^(z_j) / Σ_k e^(z_k), on each row of a rows × cols block.
 * Numerically stable: computed as e^(z_j − max z) / Σ_k e^(z_k − max z) (same value, no overflow).
 */
export function softmaxRows(net: Float64Array, out: Float64Array, rows: number, cols: number): void {
  for (let r = 0; r < rows; r++) {
    const start = r * cols;
    const end = start + cols;
    let max = -Infinity;
    for (let k = start; k < end; k++) if (net[k] > max) max = net[k];
    let sum = 0;
    for (let k = start; k < end; k++) {
      const e = Math.exp(net[k] - max);
      out[k] = e;
      sum += e;
    }
    const inverse = 1 / sum;
    for (let k = start; k < end; k++) out[k] *= inverse;
  }
}

/**
 * Softmax Jacobian-vector product on each row. With s = softmax(z) and v = ∂E/∂s,
 * ∂E/∂z_j = Σ_k v_k ∂s_k/∂z_j = Σ_k v_k s_k(δ_kj − s_j) = s_j (v_j − Σ_k s_k v_k).
 */
export function softmaxJacobianVectorProduct(
  softmaxOut: Float64Array,
  gradOut: Float64Array,
  delta: Float64Array,
  rows: number,
  cols: number,
): void {
  for (let r = 0; r < rows; r++) {
    const start = r * cols;
    const end = start + cols;
    let dot = 0;
    for (let k = start; k < end; k++) dot += softmaxOut[k] * gradOut[k];
    for (let k = start; k < end; k++) delta[k] = softmaxOut[k] * (gradOut[k] - dot);
  }
}

/**
 * Fused softmax + cross-entropy gradient w.r.t. the logits: ∂E/∂z = scale · (ŷ − y),
 * where ŷ = softmax(z) and E = −Σ_k y_k log ŷ_k. Exact when each target row sums to 1
 * (∂E/∂z_j = ŷ_j Σ_k y_k − y_j); `scale` is 1/m for a batch-mean loss over m rows.
 */
export function softmaxCrossEntropyGradient(
  softmaxOut: Float64Array,
  target: Float64Array,
  delta: Float64Array,
  length: number,
  scale = 1,
): void {
  for (let k = 0; k < length; k++) delta[k] = scale * (softmaxOut[k] - target[k]);
}

/** softmax of one vector, into a new array (convenience for formulas; not the hot path). */
export function softmax(z: ArrayLike<number>): Float64Array {
  const net = Float64Array.from(z);
  const out = new Float64Array(net.length);
  softmaxRows(net, out, 1, net.length);
  return out;
}

const softmaxActivation: Activation = {
  name: 'softmax',
  forward: softmaxRows,
  backward: (_net, out, gradOut, delta, rows, cols) =>
    softmaxJacobianVectorProduct(out, gradOut, delta, rows, cols),
};

/** The activation with this name; `options.slope` sets Leaky ReLU's slope. */
export function createActivation(name: ActivationName, options: ActivationOptions = {}): Activation {
  switch (name) {
    case 'step':
      return stepActivation;
    case 'sigmoid':
      return sigmoidActivation;
    case 'tanh':
      return tanhActivation;
    case 'relu':
      return reluActivation;
    case 'leaky-relu':
      return leakyReluActivation(options.slope ?? DEFAULT_LEAKY_SLOPE);
    case 'linear':
      return linearActivation;
    case 'softmax':
      return softmaxActivation;
    default:
      throw new RangeError(`unknown activation "${String(name)}"; expected one of ${ACTIVATION_NAMES.join(', ')}`);
  }
}

/** The scalar form of an elementwise activation (every name except 'softmax'). */
export function createElementwiseActivation(
  name: ElementwiseActivationName,
  options: ActivationOptions = {},
): ElementwiseActivation {
  return createActivation(name, options) as ElementwiseActivation;
}

export function isElementwise(activation: Activation): activation is ElementwiseActivation {
  return activation.name !== 'softmax';
}
