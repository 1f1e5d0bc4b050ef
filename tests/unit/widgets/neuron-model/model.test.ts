import { describe, expect, it } from 'vitest';
import { defaults, parse } from '../../../../src/widgets/kit/url-state';
import { biasFor, formulaValues, neuronModel, roleOf, NET_LIMIT } from '../../../../src/widgets/neuron-model/model';
import { NEURON_MODEL_TABLE, PRESETS } from '../../../../src/widgets/neuron-model/state';

const start = defaults(NEURON_MODEL_TABLE);

describe('neuron-model model', () => {
  it('opens on a neuron that only just fires: net = 0.8 − 0.2 − 0.3 − 0.2 = 0.1 ≥ 0 under the step', () => {
    // x = (1, 0.5, −1), w = (0.8, −0.4, 0.3), b = −0.2: products 0.8, −0.2, −0.3; Σ = 0.3; net = 0.1.
    const { reading, roles } = neuronModel(start);
    expect(start.f).toBe('step');
    expect(reading.net).toBeCloseTo(0.1, 12);
    expect(reading.y).toBe(1);
    // x₁ pushes (0.8), x₂ and x₃ hold back (−0.2, −0.3).
    expect(roles).toEqual(['push', 'hold', 'hold']);
    const values = formulaValues(start, reading);
    expect(values.sum).toBeCloseTo(0.3, 12);
    // The step needs Σ wᵢxᵢ ≥ −b = 0.2.
    expect(values.need).toBeCloseTo(0.2, 12);
  });

  it('the presets compute their gates: AND fires only for (1, 1), OR for any 1, the veto input silences the rest', () => {
    const out = (preset: keyof typeof PRESETS, x1: number, x2: number, x3 = 0) => neuronModel({ ...PRESETS[preset], x1, x2, x3 }).reading.y;
    expect([out('and', 0, 0), out('and', 0, 1), out('and', 1, 0), out('and', 1, 1)]).toEqual([0, 0, 0, 1]);
    expect([out('or', 0, 0), out('or', 0, 1), out('or', 1, 0), out('or', 1, 1)]).toEqual([0, 1, 1, 1]);
    // veto: 1 + 1 − 0.5 = 1.5 ≥ 0 fires; with x₃ = 1: 1.5 − 3 = −1.5 < 0 is quiet.
    expect([out('veto', 1, 1, 0), out('veto', 1, 1, 1)]).toEqual([1, 0]);
  });

  it('calls a product under 0.05 in size "hardly matters"', () => {
    expect([roleOf(0.04), roleOf(-0.049), roleOf(0.05), roleOf(-0.05), roleOf(0)]).toEqual(['none', 'none', 'push', 'hold', 'none']);
  });

  it('dragging net along f moves only the bias: b = net − Σ wᵢxᵢ, refused beyond |b| ≤ 3', () => {
    const { reading } = neuronModel(start);
    // Σ = 0.3: net = −0.5 needs b = −0.8; net = 3.5 needs b = 3.2 > 3.
    expect(biasFor(reading, -0.5)).toBeCloseTo(-0.8, 12);
    expect(biasFor(reading, 3.5)).toBeNull();
  });

  it('plots f over ±6 unless net lies further out, and fits y’s range to the activation', () => {
    expect(neuronModel(start).view).toBe(6);
    // All at their limits: net = 3·2·3 + 3 = 21, the widest net there is.
    const far = neuronModel({ ...start, x1: 2, x2: 2, x3: 2, w1: 3, w2: 3, w3: 3, b: 3, f: 'linear' });
    expect(far.reading.net).toBe(21);
    expect(far.view).toBe(NET_LIMIT);
    expect(far.yDomain).toEqual([-21, 21]);
    expect(neuronModel({ ...start, f: 'sigmoid' }).yDomain).toEqual([-0.1, 1.1]);
    expect(neuronModel({ ...start, f: 'tanh' }).yDomain).toEqual([-1.1, 1.1]);
    const { xs, ys } = neuronModel({ ...start, f: 'relu' });
    expect([xs[0], ys[0], xs.at(-1), ys.at(-1)]).toEqual([-6, 0, 6, 6]);
  });

  it('a hand-edited URL out of range or not a number falls back to the default with a reason', () => {
    const parsed = parse(new URLSearchParams('neuron-model.w1=9&neuron-model.x2=abc&neuron-model.f=softmax'), 'neuron-model', NEURON_MODEL_TABLE);
    expect(parsed.state).toEqual(start);
    expect(parsed.ignored.map((i) => i.key).sort()).toEqual(['neuron-model.f', 'neuron-model.w1', 'neuron-model.x2']);
  });
});
