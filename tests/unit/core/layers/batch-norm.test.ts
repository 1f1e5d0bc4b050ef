import { describe, expect, it } from 'vitest';
import { BatchNormLayer, batchNormalize } from '../../../../src/core/layers/batch-norm';
import { createMatrix, fromRows } from '../../../../src/core/matrix';
import { createRng } from '../../../../src/core/random';
import { checkLayerGradients } from './layer-gradient-check';

/** One feature, the batch x = (2, 4, 6, 8) as 4 rows; γ = 1.5, β = 0.5, ε = 1e-5. */
function handWorkedLayer(): BatchNormLayer {
  const layer = new BatchNormLayer({ size: 1, eps: 1e-5 });
  layer.gamma.data[0] = 1.5;
  layer.beta.data[0] = 0.5;
  return layer;
}
const column = (values: number[]) => fromRows(values.map((v) => [v]));

describe('BatchNormLayer on a hand-worked mini-batch', () => {
  it('forward: μ_B = 5, σ²_B = 5, x̂ = (−3, −1, 1, 3)/√5.00001, y = 1.5x̂ + 0.5', () => {
    // μ_B = (2 + 4 + 6 + 8)/4 = 20/4 = 5
    // σ²_B = ((2−5)² + (4−5)² + (6−5)² + (8−5)²)/4 = (9 + 1 + 1 + 9)/4 = 5   (biased: 1/m)
    // √(σ²_B + ε) = √5.00001 = 2.2360702136
    // x̂ = (−3, −1, 1, 3)/2.2360702136 = (−1.3416394449, −0.4472131483, 0.4472131483, 1.3416394449)
    // y = 1.5·x̂ + 0.5 = (−1.5124591673, −0.1708197224, 1.1708197224, 2.5124591673)
    const layer = handWorkedLayer();
    const y = layer.forward(column([2, 4, 6, 8]), 'train');
    expect(layer.batchMean[0]).toBe(5);
    expect(layer.batchVariance[0]).toBe(5);
    expect(1 / layer.inverseStd[0]).toBeCloseTo(2.2360702136, 10);
    const xHat = [-1.3416394449, -0.4472131483, 0.4472131483, 1.3416394449];
    const expected = [-1.5124591673, -0.1708197224, 1.1708197224, 2.5124591673];
    for (let i = 0; i < 4; i++) {
      expect(layer.xHat.data[i]).toBeCloseTo(xHat[i], 9);
      expect(y.data[i]).toBeCloseTo(expected[i], 9);
    }
  });

  it('backward with dy = (0.1, −0.2, 0.3, 0.4): ∂E/∂β = 0.6, ∂E/∂γ = 0.6260984, ∂E/∂x by the formula', () => {
    // ∂E/∂β = Σ dy = 0.1 − 0.2 + 0.3 + 0.4 = 0.6
    // ∂E/∂γ = Σ dy·x̂ = (0.1·(−3) − 0.2·(−1) + 0.3·1 + 0.4·3)/2.2360702 = 1.4/2.2360702 = 0.6260984076
    // ∂E/∂x_i = γ/(m√(σ²+ε)) · (m·dy_i − Σdy − x̂_i·∂E/∂γ),  γ/(m√(σ²+ε)) = 1.5/(4·2.2360702) = 0.1677049306
    //   i=1: 4·0.1 − 0.6 − (−1.3416394)(0.6260984) = 0.4 − 0.6 + 0.8399983 = 0.6399983 → 0.1073308738
    //   i=2: −0.8 − 0.6 − (−0.4472131)(0.6260984) = −1.4 + 0.2799994 = −1.1200006 → −0.1878296162
    //   i=3: 1.2 − 0.6 − 0.4472131·0.6260984 = 0.6 − 0.2799994 = 0.3200006 → 0.0536656717
    //   i=4: 1.6 − 0.6 − 1.3416394·0.6260984 = 1.0 − 0.8399983 = 0.1600017 → 0.0268330706
    // (they sum to 0: shifting every x by the same amount changes nothing after normalisation)
    const layer = handWorkedLayer();
    layer.forward(column([2, 4, 6, 8]), 'train');
    const dx = layer.backward(column([0.1, -0.2, 0.3, 0.4]));
    expect(layer.gradBeta.data[0]).toBeCloseTo(0.6, 14);
    expect(layer.gradGamma.data[0]).toBeCloseTo(0.6260984076, 9);
    const expected = [0.1073308738, -0.1878296162, 0.0536656717, 0.0268330706];
    for (let i = 0; i < 4; i++) expect(dx.data[i]).toBeCloseTo(expected[i], 9);
    expect(dx.data.reduce((s, v) => s + v, 0)).toBeCloseTo(0, 14);
  });

  it('running averages after that batch: μ = 0.9·0 + 0.1·5 = 0.5, σ² = 0.9·1 + 0.1·5 = 1.4', () => {
    const layer = handWorkedLayer();
    layer.forward(column([2, 4, 6, 8]), 'train');
    expect(layer.runningMean[0]).toBeCloseTo(0.5, 15);
    expect(layer.runningVariance[0]).toBeCloseTo(1.4, 15);
    // inference at x = 6: x̂ = (6 − 0.5)/√(1.4 + 1e-5) = 5.5/1.1832202 = 4.6483316; y = 1.5·x̂ + 0.5 = 7.4724974
    const y = layer.forward(column([6]), 'inference');
    expect(y.data[0]).toBeCloseTo(1.5 * (5.5 / Math.sqrt(1.40001)) + 0.5, 12);
    expect(y.data[0]).toBeCloseTo(7.4724974, 6);
  });

  it('batch-average: the plain mean of every μ_B and σ²_B seen (batches (2,4,6,8) and (1,3))', () => {
    // batch 1: μ = 5, σ² = 5; batch 2: μ = 2, σ² = ((1−2)² + (3−2)²)/2 = 1. Means: μ = 3.5, σ² = 3.
    const layer = handWorkedLayer();
    layer.inferenceStatistics = 'batch-average';
    layer.forward(column([2, 4, 6, 8]), 'train');
    layer.forward(column([1, 3]), 'train');
    expect(layer.batchCount).toBe(2);
    const { mean, variance } = layer.inferenceMoments();
    expect(mean[0]).toBe(3.5);
    expect(variance[0]).toBe(3);
    // x = 6: 1.5·(6 − 3.5)/√3.00001 + 0.5 = 1.5·1.4433733 + 0.5 = 2.6650600
    expect(layer.forward(column([6]), 'inference').data[0]).toBeCloseTo(1.5 * (2.5 / Math.sqrt(3.00001)) + 0.5, 12);
  });

  it('population: computePopulationStatistics() takes the mean and biased variance of the whole set', () => {
    const layer = handWorkedLayer();
    layer.inferenceStatistics = 'population';
    expect(() => layer.forward(column([1]), 'inference')).toThrow(/population statistics not computed/);
    // whole set (1, 2, 3, 4, 5, 6, 7, 8): μ = 4.5, σ² = Σ(x − 4.5)²/8 = 42/8 = 5.25
    layer.computePopulationStatistics(column([1, 2, 3, 4, 5, 6, 7, 8]));
    expect(layer.populationMean?.[0]).toBe(4.5);
    expect(layer.populationVariance?.[0]).toBe(5.25);
    expect(layer.forward(column([4.5]), 'inference').data[0]).toBeCloseTo(0.5, 15);
  });

  it('setFrozen(true) stops the statistics updates; resetStatistics() forgets them', () => {
    const layer = handWorkedLayer();
    layer.setFrozen(true);
    layer.forward(column([2, 4, 6, 8]), 'train');
    expect(layer.runningMean[0]).toBe(0);
    expect(layer.batchCount).toBe(0);
    layer.setFrozen(false);
    layer.forward(column([2, 4, 6, 8]), 'train');
    expect(layer.batchCount).toBe(1);
    layer.resetStatistics();
    expect([layer.runningMean[0], layer.runningVariance[0], layer.batchCount]).toEqual([0, 1, 0]);
  });
});

describe('BatchNormLayer backward by central differences', () => {
  for (const mode of ['train', 'inference'] as const) {
    it(`${mode} mode, 3 features × batch 5: ∂L/∂x, ∂L/∂γ, ∂L/∂β match finite differences`, () => {
      const rng = createRng(21);
      const layer = new BatchNormLayer({ size: 3 });
      for (let j = 0; j < 3; j++) {
        layer.gamma.data[j] = rng.uniform(0.5, 2);
        layer.beta.data[j] = rng.uniform(-1, 1);
      }
      const x = createMatrix(5, 3);
      for (let k = 0; k < x.data.length; k++) x.data[k] = rng.uniform(-3, 3);
      layer.forward(x, 'train'); // gives the running averages some non-default values
      const result = checkLayerGradients(layer, x, mode);
      expect(result.input).toBeLessThan(1e-6);
      expect(result.parameters.gamma).toBeLessThan(1e-6);
      expect(result.parameters.beta).toBeLessThan(1e-6);
    });
  }
});

describe('batchNormalize (one unit, a pure function)', () => {
  it('batch (1, 2, 3, 4), ε = 0: μ_B = 2.5, σ²_B = 1.25, x̂ = (−3, −1, 1, 3)/(2√1.25)', () => {
    // μ_B = 10/4 = 2.5; deviations (−1.5, −0.5, 0.5, 1.5), squares (2.25, 0.25, 0.25, 2.25), σ²_B = 5/4 = 1.25
    // √1.25 = 1.118034; x̂ = ±1.5/1.118034 = ±1.341641, ±0.5/1.118034 = ±0.447214
    const r = batchNormalize([1, 2, 3, 4], 1, 0, 0);
    expect(r.mean).toBe(2.5);
    expect(r.variance).toBe(1.25);
    expect(r.std).toBeCloseTo(1.118034, 6);
    const expected = [-1.341641, -0.447214, 0.447214, 1.341641];
    r.xHat.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 5));
    expect([...r.y]).toEqual([...r.xHat]); // γ = 1, β = 0
  });

  it('the chapter\'s worked example: (2, 4, 6, 8), γ = 1.5, β = 0.5, ε = 1e-5 gives y = (−1.5125, −0.1708, 1.1708, 2.5125)', () => {
    // x̂ = (−3, −1, 1, 3)/√5.00001 = (−1.341638, −0.447213, 0.447213, 1.341638); y = 1.5x̂ + 0.5
    const r = batchNormalize([2, 4, 6, 8], 1.5, 0.5, 1e-5);
    const expected = [-1.5125, -0.1708, 1.1708, 2.5125];
    r.y.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 4));
  });

  it('gives the layer\'s train-mode numbers for one feature', () => {
    const layer = handWorkedLayer();
    const out = layer.forward(column([2, 4, 6, 8]), 'train');
    const r = batchNormalize([2, 4, 6, 8], 1.5, 0.5, 1e-5);
    expect(r.mean).toBe(layer.batchMean[0]);
    expect(r.variance).toBe(layer.batchVariance[0]);
    expect([...r.xHat]).toEqual([...layer.xHat.data]);
    expect([...r.y]).toEqual([...out.data]);
  });

  it('refuses an empty batch, ε < 0, and σ²_B + ε = 0', () => {
    expect(() => batchNormalize([], 1, 0, 1e-5)).toThrow(RangeError);
    expect(() => batchNormalize([1, 2], 1, 0, -1)).toThrow(RangeError);
    expect(() => batchNormalize([3, 3, 3], 1, 0, 0)).toThrow(RangeError);
    // With ε > 0 equal values are fine: x̂ = 0/√ε = 0, y = β.
    expect([...batchNormalize([3, 3, 3], 2, 0.5, 1e-5).y]).toEqual([0.5, 0.5, 0.5]);
  });
});
