import { describe, expect, it } from 'vitest';
import {
  type ElementwiseActivationName,
  createActivation,
  createElementwiseActivation,
  isActivationName,
  isElementwise,
  leakyRelu,
  relu,
  sigmoid,
  softmax,
  softmaxCrossEntropyGradient,
  softmaxJacobianVectorProduct,
  softmaxRows,
  step,
  tanh,
} from '../../../src/core/activations';

/** Central difference (f(x + h) − f(x − h)) / 2h. */
function centralDifference(f: (x: number) => number, x: number, h = 1e-6): number {
  return (f(x + h) - f(x - h)) / (2 * h);
}

const ELEMENTWISE: ElementwiseActivationName[] = ['step', 'sigmoid', 'tanh', 'relu', 'leaky-relu', 'linear'];
/** Points away from the kink at 0 (where step, ReLU and Leaky ReLU have no derivative). */
const POINTS = [-3.1, -1.2, -0.4, 0.3, 0.9, 2.5];

describe('scalar activations (the deck’s definitions)', () => {
  it('step(0) returns 1, step(−0.1) returns 0', () => {
    expect(step(0)).toBe(1);
    expect(step(-0.1)).toBe(0);
    expect(step(5)).toBe(1);
  });

  it('sigmoid(0) returns 0.5 and stays finite at ±1000', () => {
    expect(sigmoid(0)).toBe(0.5);
    // sigmoid(2) = 1/(1 + e^−2) = 1/1.135335283 = 0.880797078
    expect(sigmoid(2)).toBeCloseTo(0.880797078, 9);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
  });

  it('tanh(x) = 2·sigmoid(2x) − 1', () => {
    for (const x of POINTS) expect(tanh(x)).toBeCloseTo(2 * sigmoid(2 * x) - 1, 14);
  });

  it('relu(x) = x for x ≥ 0, else 0; leakyRelu(−2) = −0.02 (slope 0.01)', () => {
    expect(relu(3)).toBe(3);
    expect(relu(-3)).toBe(0);
    expect(leakyRelu(-2)).toBeCloseTo(-0.02, 15);
    expect(leakyRelu(-2, 0.2)).toBeCloseTo(-0.4, 15);
    expect(leakyRelu(2)).toBe(2);
  });

  it('tanh′ peaks at 1 = 4 × sigmoid′’s peak 1/4 (both at 0)', () => {
    const sig = createElementwiseActivation('sigmoid');
    const th = createElementwiseActivation('tanh');
    expect(sig.derivative(0, sig.value(0))).toBe(0.25);
    expect(th.derivative(0, th.value(0))).toBe(1);
  });

  it('isActivationName() accepts the registry names only', () => {
    expect(isActivationName('leaky-relu')).toBe(true);
    expect(isActivationName('softmax')).toBe(true);
    expect(isActivationName('gelu')).toBe(false);
  });
});

describe('derivatives by central differences', () => {
  for (const name of ELEMENTWISE) {
    it(`${name}: derivative(net, f(net)) matches (f(x+h) − f(x−h))/2h away from 0`, () => {
      const activation = createElementwiseActivation(name);
      for (const x of POINTS) {
        const analytic = activation.derivative(x, activation.value(x));
        const numeric = centralDifference((v) => activation.value(v), x);
        expect(analytic).toBeCloseTo(numeric, 7);
      }
    });
  }

  it('leaky-relu with slope 0.2: derivative is 0.2 for x < 0 and 1 for x ≥ 0 (including 0)', () => {
    const leaky = createElementwiseActivation('leaky-relu', { slope: 0.2 });
    expect(leaky.slope).toBe(0.2);
    expect(leaky.derivative(-1, leaky.value(-1))).toBe(0.2);
    expect(leaky.derivative(0, 0)).toBe(1);
    expect(centralDifference((v) => leaky.value(v), -1)).toBeCloseTo(0.2, 8);
  });

  it('step: derivative is 0 everywhere (documented convention)', () => {
    const s = createElementwiseActivation('step');
    for (const x of [...POINTS, 0]) expect(s.derivative(x, s.value(x))).toBe(0);
  });

  it('relu: derivative at 0 is 1 (the deck’s x ≥ 0 branch)', () => {
    const r = createElementwiseActivation('relu');
    expect(r.derivative(0, 0)).toBe(1);
  });
});

describe('batch kernels agree with the scalar forms', () => {
  for (const name of ELEMENTWISE) {
    it(`${name}: forward() = value() and backward() = derivative()·gradOut on each entry`, () => {
      const activation = createElementwiseActivation(name);
      const net = new Float64Array([-2, -0.5, 0, 0.7, 1.5, 3]);
      const out = new Float64Array(6);
      const gradOut = new Float64Array([0.3, -1, 2, 0.5, -0.25, 1]);
      const delta = new Float64Array(6);
      activation.forward(net, out, 2, 3);
      activation.backward(net, out, gradOut, delta, 2, 3);
      for (let k = 0; k < 6; k++) {
        expect(out[k]).toBeCloseTo(activation.value(net[k]), 15);
        expect(delta[k]).toBeCloseTo(activation.derivative(net[k], out[k]) * gradOut[k], 15);
      }
    });
  }
});

describe('softmax', () => {
  it('softmax([1, 2, 3]) = e^z / Σe^z = [0.0900306, 0.2447285, 0.6652410]', () => {
    // Σ e^z = 2.718282 + 7.389056 + 20.085537 = 30.192875
    const s = softmax([1, 2, 3]);
    expect(s[0]).toBeCloseTo(2.718281828 / 30.19287485, 8);
    expect(s[1]).toBeCloseTo(0.2447284711, 9);
    expect(s[2]).toBeCloseTo(0.6652409558, 9);
    expect(s[0] + s[1] + s[2]).toBeCloseTo(1, 15);
  });

  it('softmax([1000, 1001, 1002]) equals softmax([0, 1, 2]) (max subtraction, no overflow)', () => {
    const big = softmax([1000, 1001, 1002]);
    const small = softmax([0, 1, 2]);
    for (let k = 0; k < 3; k++) {
      expect(Number.isFinite(big[k])).toBe(true);
      expect(big[k]).toBeCloseTo(small[k], 14);
    }
  });

  it('softmaxRows() normalises each row separately', () => {
    const net = new Float64Array([0, 0, 1, 1, 5, 5]);
    const out = new Float64Array(6);
    softmaxRows(net, out, 3, 2);
    expect(Array.from(out)).toEqual([0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);
  });

  it('Jacobian-vector product equals central differences of E(z) = Σ v·softmax(z)', () => {
    const z = new Float64Array([0.2, -1.3, 0.8, 0.1]);
    const v = new Float64Array([0.5, -2, 1, 0.3]);
    const s = softmax(z);
    const jvp = new Float64Array(4);
    softmaxJacobianVectorProduct(s, v, jvp, 1, 4);
    const energy = (zz: Float64Array) => softmax(zz).reduce((sum, sk, k) => sum + v[k] * sk, 0);
    for (let j = 0; j < 4; j++) {
      const plus = z.slice();
      const minus = z.slice();
      plus[j] += 1e-6;
      minus[j] -= 1e-6;
      expect(jvp[j]).toBeCloseTo((energy(plus) - energy(minus)) / 2e-6, 8);
    }
  });

  it('createActivation("softmax").backward() is the row-wise JVP', () => {
    const activation = createActivation('softmax');
    const net = new Float64Array([0.5, -0.5, 1, 2, 0, -1]);
    const out = new Float64Array(6);
    activation.forward(net, out, 2, 3);
    const gradOut = new Float64Array([1, 2, 3, -1, 0, 1]);
    const delta = new Float64Array(6);
    activation.backward(net, out, gradOut, delta, 2, 3);
    const expected = new Float64Array(6);
    softmaxJacobianVectorProduct(out, gradOut, expected, 2, 3);
    expect(Array.from(delta)).toEqual(Array.from(expected));
  });

  it('fused softmax + cross-entropy gradient ŷ − y equals the chain JVP(softmax, ∂CE/∂ŷ = −y/ŷ)', () => {
    // z = (0.3, −0.7, 1.1), y = (0, 0, 1): ∂E/∂ŷ = (0, 0, −1/ŷ₃); JVP gives ŷ_j(v_j − Σ ŷ_k v_k)
    // = ŷ_j(v_j + 1) = ŷ_j − y_j.
    const s = softmax([0.3, -0.7, 1.1]);
    const y = new Float64Array([0, 0, 1]);
    const v = new Float64Array(3).map((_, k) => -y[k] / s[k]);
    const chain = new Float64Array(3);
    softmaxJacobianVectorProduct(s, v, chain, 1, 3);
    const fused = new Float64Array(3);
    softmaxCrossEntropyGradient(s, y, fused, 3);
    for (let k = 0; k < 3; k++) expect(fused[k]).toBeCloseTo(chain[k], 14);
    expect(fused[2]).toBeCloseTo(s[2] - 1, 15);
  });

  it('fused gradient with a soft target (0.2, 0.3, 0.5) also equals the chain', () => {
    const s = softmax([1.5, 0.2, -0.4]);
    const y = new Float64Array([0.2, 0.3, 0.5]);
    const v = new Float64Array(3).map((_, k) => -y[k] / s[k]);
    const chain = new Float64Array(3);
    softmaxJacobianVectorProduct(s, v, chain, 1, 3);
    const fused = new Float64Array(3);
    softmaxCrossEntropyGradient(s, y, fused, 3, 0.5);
    for (let k = 0; k < 3; k++) expect(fused[k]).toBeCloseTo(0.5 * chain[k], 14);
  });

  it('isElementwise() is false for softmax only', () => {
    expect(isElementwise(createActivation('softmax'))).toBe(false);
    expect(isElementwise(createActivation('tanh'))).toBe(true);
  });

  it('createActivation("gelu") throws naming the choices', () => {
    expect(() => createActivation('gelu' as never)).toThrow(/unknown activation "gelu"/);
  });
});
