import { describe, expect, it } from 'vitest';
import { createRace } from '../../../../src/widgets/mse-vs-ce/model';
import { defaults } from '../../../../src/widgets/kit/url-state';
import { MAX_EPOCHS, MCE_TABLE } from '../../../../src/widgets/mse-vs-ce/state';

/** The widget's two neurons from its defaults: (w₀, b₀) = (2, 2), η = 0.15, x = 1, y′ = 0. */
describe('mse-vs-ce model', () => {
  it('defaults are the chapter’s confidently wrong start: w₀ = b₀ = 2, η = 0.15', () => {
    const s = defaults(MCE_TABLE);
    expect([s.w0, s.b0, s.eta]).toEqual([2, 2, 0.15]);
  });

  it('both neurons start at y = sig(4) = 0.98201379 with E = ½y² = 0.48217554 and L = −ln(1 − y) = 4.01814993', () => {
    const race = createRace({ w0: 2, b0: 2, eta: 0.15 });
    expect(race.epoch).toBe(0);
    expect(race.mse.outputs[0]).toBeCloseTo(0.98201379, 8);
    expect(race.ce.outputs[0]).toBeCloseTo(0.98201379, 8);
    expect(race.mse.losses[0]).toBeCloseTo(0.48217554, 8);
    expect(race.ce.losses[0]).toBeCloseTo(4.01814993, 8);
  });

  it('one step moves both by η times their own gradient: w = 2 − 0.15·0.01734502 (MSE), 2 − 0.15·0.98201379 (CE)', () => {
    const race = createRace({ w0: 2, b0: 2, eta: 0.15 });
    const loss = race.step();
    expect(race.epoch).toBe(1);
    expect(race.mse.point.w).toBeCloseTo(1.99739825, 8);
    expect(race.ce.point.w).toBeCloseTo(1.85269793, 8);
    // The runner's loss is the squared-error neuron's E after the step.
    expect(loss).toBe(race.mse.losses[1]);
  });

  it(`after ${MAX_EPOCHS} epochs the cross-entropy neuron's output is lower than the MSE one's at every epoch`, () => {
    const race = createRace({ w0: 2, b0: 2, eta: 0.15 });
    for (let t = 0; t < MAX_EPOCHS; t++) race.step();
    expect(race.mse.outputs).toHaveLength(MAX_EPOCHS + 1);
    for (let t = 1; t <= MAX_EPOCHS; t++) expect(race.ce.outputs[t]).toBeLessThan(race.mse.outputs[t]);
  });
});
