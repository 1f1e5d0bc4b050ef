import { describe, expect, it } from 'vitest';
import {
  createOptimizer,
  isOptimizerName,
  optimizerHyperparameters,
  optimizerNames,
  type OptimizerName,
} from '../../../../src/core/optimizers';

/** J(θ) = θ₁² + 10θ₂², convex, minimum 0 at (0, 0); ∇J = (2θ₁, 20θ₂). */
const valley = (p: Float64Array) => p[0] * p[0] + 10 * p[1] * p[1];
const gradientOfValley = (p: Float64Array) => Float64Array.of(2 * p[0], 20 * p[1]);

const expectedStateKeys: Record<OptimizerName, string[]> = {
  gd: ['gradient', 't'],
  sgd: ['gradient', 't'],
  momentum: ['gradient', 't', 'v'],
  nag: ['gradient', 'lookAhead', 't', 'v'],
  adagrad: ['G', 'gradient', 't'],
  rmsprop: ['G', 'gradient', 't'],
  adadelta: ['G', 'deltaTheta', 'gradient', 's', 't'],
  adam: ['gradient', 'm', 'mHat', 't', 'v', 'vHat'],
};

/**
 * The deck's update rules with their default hyperparameters, written again here one coordinate at a
 * time (the valley is separable: ∂J/∂θ₁ = 2θ₁, ∂J/∂θ₂ = 20θ₂), as the independent check of 50 steps:
 *   gd, sgd   θ ← θ − η g
 *   momentum  v ← γv + η g(θ);         θ ← θ − v
 *   nag       v ← γv + η g(θ − γv);    θ ← θ − v
 *   adagrad   G ← G + g²;              θ ← θ − η g / √(G + ε)
 *   rmsprop   G ← γG + (1 − γ) g²;     θ ← θ − η g / √(G + ε)
 *   adadelta  G ← γG + (1 − γ) g²;     Δ = √(s + ε) / √(G + ε) · g;   θ ← θ − Δ;   s ← γs + (1 − γ) Δ²
 *   adam      m ← β₁m + (1 − β₁) g;    v ← β₂v + (1 − β₂) g²;   θ ← θ − η m̂ / (√v̂ + ε),  m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ)
 */
function referenceRun(name: OptimizerName, start: [number, number], steps: number): number[] {
  const slope = [2, 20];
  return start.map((theta0, k) => {
    const g = (theta: number) => slope[k] * theta;
    let theta = theta0;
    let v = 0, G = 0, s = 0, m = 0;
    for (let t = 1; t <= steps; t++) {
      switch (name) {
        case 'gd':
        case 'sgd':
          theta -= 0.01 * g(theta);
          break;
        case 'momentum':
          v = 0.9 * v + 0.01 * g(theta);
          theta -= v;
          break;
        case 'nag':
          v = 0.9 * v + 0.01 * g(theta - 0.9 * v);
          theta -= v;
          break;
        case 'adagrad': {
          const grad = g(theta);
          G += grad * grad;
          theta -= (0.01 / Math.sqrt(G + 1e-8)) * grad;
          break;
        }
        case 'rmsprop': {
          const grad = g(theta);
          G = 0.9 * G + 0.1 * grad * grad;
          theta -= (0.001 / Math.sqrt(G + 1e-8)) * grad;
          break;
        }
        case 'adadelta': {
          const grad = g(theta);
          G = 0.95 * G + 0.05 * grad * grad;
          const delta = (Math.sqrt(s + 1e-6) / Math.sqrt(G + 1e-6)) * grad;
          theta -= delta;
          s = 0.95 * s + 0.05 * delta * delta;
          break;
        }
        case 'adam': {
          const grad = g(theta);
          m = 0.9 * m + 0.1 * grad;
          v = 0.999 * v + 0.001 * grad * grad;
          theta -= (0.001 / (Math.sqrt(v / (1 - 0.999 ** t)) + 1e-8)) * (m / (1 - 0.9 ** t));
          break;
        }
      }
    }
    return theta;
  });
}

describe('optimizerNames and optimizerHyperparameters', () => {
  it("optimizerNames lists the deck's eight in the deck's order", () => {
    expect(optimizerNames).toEqual(['gd', 'sgd', 'momentum', 'nag', 'adagrad', 'rmsprop', 'adadelta', 'adam']);
    expect(optimizerNames.every(isOptimizerName)).toBe(true);
    expect(isOptimizerName('adamw')).toBe(false);
    expect(isOptimizerName('toString')).toBe(false);
  });

  it('each table lists the hyperparameters the optimizer uses, with the documented defaults', () => {
    const defaults = Object.fromEntries(
      optimizerNames.map((name) => [
        name,
        Object.fromEntries(optimizerHyperparameters[name].map((spec) => [spec.name, spec.default])),
      ]),
    );
    expect(defaults).toEqual({
      gd: { lr: 0.01 },
      sgd: { lr: 0.01 },
      momentum: { lr: 0.01, gamma: 0.9 },
      nag: { lr: 0.01, gamma: 0.9 },
      adagrad: { lr: 0.01, eps: 1e-8 },
      rmsprop: { lr: 0.001, gamma: 0.9, eps: 1e-8 },
      adadelta: { gamma: 0.95, eps: 1e-6 },
      adam: { lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-8 },
    });
    for (const name of optimizerNames) expect(createOptimizer(name).hyperparameters).toEqual(defaults[name]);
  });

  it("each row has the deck's symbol, a source, and a control range inside the valid range containing the default", () => {
    const symbols = { lr: '\\eta', gamma: '\\gamma', eps: '\\epsilon', beta1: '\\beta_1', beta2: '\\beta_2' };
    for (const name of optimizerNames) {
      for (const spec of optimizerHyperparameters[name]) {
        expect(spec.symbol).toBe(symbols[spec.name]);
        expect(spec.source.length).toBeGreaterThan(10);
        expect(spec.control.min).toBeGreaterThanOrEqual(spec.range.min);
        expect(spec.control.max).toBeLessThan(spec.range.max);
        expect(spec.default).toBeGreaterThanOrEqual(spec.control.min);
        expect(spec.default).toBeLessThanOrEqual(spec.control.max);
        if (spec.control.scale === 'log') expect(spec.control.min).toBeGreaterThan(0);
      }
    }
  });
});

describe('createOptimizer(name, hyper) validation', () => {
  const invalid: [OptimizerName, string, number][] = [
    ['gd', 'lr', 0],
    ['sgd', 'lr', -0.1],
    ['gd', 'lr', Number.NaN],
    ['gd', 'lr', Infinity],
    ['momentum', 'gamma', 1],
    ['nag', 'gamma', -0.01],
    ['adagrad', 'eps', 0],
    ['rmsprop', 'eps', -1e-8],
    ['rmsprop', 'gamma', Number.NaN],
    ['adadelta', 'gamma', 1.5],
    ['adadelta', 'eps', Infinity],
    ['adam', 'beta1', 1],
    ['adam', 'beta2', -0.5],
    ['adam', 'lr', -Infinity],
  ];
  for (const [name, parameter, value] of invalid) {
    it(`createOptimizer('${name}', { ${parameter}: ${value} }) throws a RangeError naming ${parameter}`, () => {
      const call = () => createOptimizer(name, { [parameter]: value });
      expect(call).toThrow(RangeError);
      expect(call).toThrow(new RegExp(`\\b${parameter}\\b`));
    });
  }

  it('the ends of the ranges that are valid are accepted: gamma 0, beta1 0, beta2 0, tiny lr and eps', () => {
    expect(() => createOptimizer('momentum', { gamma: 0 })).not.toThrow();
    expect(() => createOptimizer('adam', { beta1: 0, beta2: 0, lr: 1e-12, eps: 1e-300 })).not.toThrow();
    expect(() => createOptimizer('rmsprop', { gamma: 0.999999 })).not.toThrow();
  });

  it("a hyperparameter the optimizer does not have is rejected: createOptimizer('gd', { gamma: 0.9 })", () => {
    expect(() => createOptimizer('gd', { gamma: 0.9 })).toThrow(/gd has no hyperparameter 'gamma'/);
    expect(() => createOptimizer('adam', { eta: 0.1 } as never)).toThrow(RangeError);
    expect(() => createOptimizer('gd', { gamma: undefined })).not.toThrow();
  });

  it("createOptimizer('adamw') throws a RangeError listing the known names", () => {
    expect(() => createOptimizer('adamw' as OptimizerName)).toThrow(/unknown optimizer 'adamw'.*gd, sgd/);
  });
});

describe('every optimizer', () => {
  for (const name of optimizerNames) {
    it(`createOptimizer('${name}') with its defaults takes J = θ₁² + 10θ₂² from 11 to under 1.1 within 3000 steps`, () => {
      // J(1, 1) = 11. Measured after 3000 steps: gd/sgd ≈ 2e-53, momentum ≈ 4e-138, nag ≈ 2e-164,
      // rmsprop ≈ 3e-6, adadelta ≈ 6e-3, adam ≈ 5e-7, adagrad ≈ 0.42 — the slowest, since its step
      // η/√G_t shrinks like 1/√t as G_t sums every squared gradient (the deck's point about Adagrad).
      // rmsprop and adadelta hover near the minimum (their step does not shrink to 0), so J is not
      // checked for monotonic decrease, only for where it ends.
      const optimizer = createOptimizer(name);
      const theta = Float64Array.of(1, 1);
      const start = valley(theta);
      for (let i = 0; i < 3000; i++) optimizer.step(theta, gradientOfValley);
      expect(valley(theta)).toBeLessThan(start / 10);
    });

    it(`createOptimizer('${name}').state() names the deck's quantities, copies them, and reset() clears them`, () => {
      const optimizer = createOptimizer(name);
      const fresh = optimizer.state();
      expect(Object.keys(fresh).sort()).toEqual(expectedStateKeys[name]);
      expect(fresh.t).toBe(0);
      for (const key of expectedStateKeys[name]) if (key !== 't') expect(fresh[key]).toHaveLength(0);

      const theta = Float64Array.of(0.5, -0.5, 2);
      optimizer.step(theta, (p) => p.map((x) => 2 * x));
      const after = optimizer.state();
      expect(after.t).toBe(1);
      for (const key of expectedStateKeys[name]) if (key !== 't') expect(after[key]).toHaveLength(3);
      // A snapshot: mutating it or stepping again does not change an earlier snapshot.
      const gradient = after.gradient as Float64Array;
      expect(Array.from(gradient)).toEqual([1, -1, 4]);
      optimizer.step(theta, (p) => p.map((x) => 2 * x));
      expect(Array.from(gradient)).toEqual([1, -1, 4]);

      optimizer.reset();
      expect(optimizer.state().t).toBe(0);
      expect(optimizer.state().gradient).toHaveLength(0);
      // After reset, another length is accepted.
      optimizer.step(Float64Array.of(1), (p) => p.map((x) => 2 * x));
      expect(optimizer.state().gradient).toHaveLength(1);
    });

    it(`createOptimizer('${name}') rejects a params length that changes without reset(), and a gradient of the wrong length`, () => {
      const optimizer = createOptimizer(name);
      optimizer.step(Float64Array.of(1, 1), gradientOfValley);
      expect(() => optimizer.step(Float64Array.of(1, 1, 1), (p) => p.map((x) => 2 * x))).toThrow(/reset\(\)/);
      const other = createOptimizer(name);
      expect(() => other.step(Float64Array.of(1, 1), () => Float64Array.of(1))).toThrow(RangeError);
    });

    it(`createOptimizer('${name}') takes 50 steps on the valley as the deck's update rule written out here does (to 1e-12), and another start ends elsewhere`, () => {
      const run = (start: [number, number]) => {
        const optimizer = createOptimizer(name);
        const theta = Float64Array.of(...start);
        for (let i = 0; i < 50; i++) optimizer.step(theta, gradientOfValley);
        return Array.from(theta);
      };
      const expected = referenceRun(name, [0.3, -1.2], 50);
      const actual = run([0.3, -1.2]);
      for (let k = 0; k < 2; k++) expect(Math.abs(actual[k] - expected[k]), `θ${k + 1}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected[k])));
      const other = run([0.31, -1.2]);
      expect(other[0]).not.toBe(actual[0]);
      expect(Math.abs(other[0] - referenceRun(name, [0.31, -1.2], 50)[0])).toBeLessThanOrEqual(1e-12);
    });
  }
});
