import { describe, expect, it } from 'vitest';
import { createOptimizer, optimizerNames, raceSurface, stepsToSettle } from '../../../../src/core';
import { defaults } from '../../../../src/widgets/kit/url-state';
import { createRace, hyperparametersOf, leaderboard, settledAt, type RaceState } from '../../../../src/widgets/optimizer-race/model';
import { RACE_TABLE } from '../../../../src/widgets/optimizer-race/state';

const base = (patch: Partial<RaceState> = {}): RaceState => ({ ...defaults(RACE_TABLE), ...patch });
const run = (state: RaceState, steps: number) => {
  const race = createRace(state);
  for (let k = 0; k < steps; k++) race.step();
  return race;
};

describe('optimizer race: the defaults (valley θ₁² + 10θ₂², start (−4, 1), one shared η = 0.05)', () => {
  it('GD: θ₂ is gone after one step and θ₁ shrinks by 0.9 a step, so J_t = 16·0.81ᵗ; it settles below 1e-3 at step 46', () => {
    // ∂J/∂θ₁ = 2θ₁ → θ₁ ← (1 − 2·0.05)θ₁ = 0.9θ₁; ∂J/∂θ₂ = 20θ₂ → θ₂ ← (1 − 20·0.05)θ₂ = 0.
    // J_t = (0.9ᵗ·(−4))² = 16·0.81ᵗ. J_45 = 16·0.81⁴⁵ = 1.22e-3 ≥ 1e-3; J_46 = 9.9e-4 < 1e-3.
    const race = run(base(), 60);
    const gd = race.racers.find((r) => r.name === 'gd')!;
    expect(gd.gaps[0]).toBe(26); // 16 + 10·1
    expect(gd.gaps[1]).toBeCloseTo(16 * 0.81, 12);
    expect(gd.gaps[45]).toBeCloseTo(16 * 0.81 ** 45, 12);
    expect(settledAt(gd.gaps, 1e-3)).toBe(46);
    // On a race surface SGD has no data to sample: it is GD, step for step.
    const sgd = race.racers.find((r) => r.name === 'sgd')!;
    expect(sgd.gaps).toEqual(gd.gaps);
  });

  it('each optimizer’s leaderboard count equals core stepsToSettle over the same horizon, own hyperparameters', () => {
    const state = base({ mode: 'own', surface: 'two-minima' });
    const race = run(state, 400);
    const surface = raceSurface('two-minima');
    for (const racer of race.racers) {
      const count = stepsToSettle(
        { ...surface, value: (p) => surface.value(p) - surface.minimumValue },
        createOptimizer(racer.name, hyperparametersOf(racer.name, state)),
        surface.start,
        0.05,
        400,
      );
      expect(settledAt(racer.gaps, 0.05), racer.name).toBe(count);
    }
  });

  it('η = 0.2 shared: GD’s θ₂ triples in size each step (1 − 20·0.2 = −3) and leaves the box at step 4; the adaptive ones go on', () => {
    // The box: |θ₂| ≤ 10 view spans (10 × 4) = 40 from the centre. |θ₂| = 3ᵗ: 27 at t = 3, 81 at t = 4.
    const race = run(base({ eta: 0.2 }), 20);
    const gd = race.racers.find((r) => r.name === 'gd')!;
    expect(gd.divergedAt).toBe(4);
    expect(gd.gaps).toHaveLength(4); // J₀ … J₃
    const adam = race.racers.find((r) => r.name === 'adam')!;
    expect(adam.divergedAt).toBeNull();
    expect(adam.gaps).toHaveLength(21);
    const rows = leaderboard(race.racers, 1e-3);
    expect(rows.at(-1)).toMatchObject({ kind: 'diverged' });
    // Momentum (deck's form) is stable iff ηλ < 2(1 + γ): 0.2·20 = 4 > 3.8, so it diverges too; NAG's
    // bound is tighter, ηλ < 2(1 + γ)/(1 + 2γ) = 1.36. Adagrad, RMSProp, AdaDelta and Adam step ≈ η per coordinate.
    expect(rows.filter((row) => row.kind === 'diverged').map((row) => row.name).sort()).toEqual(['gd', 'momentum', 'nag', 'sgd']);
    expect(race.done()).toBe(false);
  });

  it('hyperparameters: shared η for all but AdaDelta (no η); own mode takes each optimizer’s core defaults', () => {
    expect(hyperparametersOf('adam', base())).toEqual({ lr: 0.05, beta1: 0.9, beta2: 0.999, eps: 1e-8 });
    expect(hyperparametersOf('adadelta', base())).toEqual({ gamma: 0.95, eps: 1e-6 });
    expect(hyperparametersOf('rmsprop', base({ mode: 'own' }))).toEqual({ lr: 0.001, gamma: 0.9, eps: 1e-8 });
    expect(hyperparametersOf('momentum', base({ mode: 'own' }))).toEqual({ lr: 0.01, gamma: 0.9 });
    expect(createRace(base({ 'on-nag': false })).racers.map((r) => r.name)).toEqual(optimizerNames.filter((n) => n !== 'nag'));
  });
});

describe('optimizer race on the line-fit loss: SGD samples mini-batches', () => {
  it('B = N: every batch is the whole set, so SGD follows GD (up to the order of the sum)', () => {
    const race = run(base({ surface: 'line-fit', n: 20, batch: 20 }), 50);
    const gd = race.racers.find((r) => r.name === 'gd')!;
    const sgd = race.racers.find((r) => r.name === 'sgd')!;
    expect(race.batch).toBe(20);
    for (let t = 0; t <= 50; t++) expect(sgd.gaps[t]).toBeCloseTo(gd.gaps[t], 10);
  });

  it('B = 1: SGD’s path differs from GD’s, is the same again for the same seed, and B is capped at N', () => {
    const a = run(base({ surface: 'line-fit', n: 20, batch: 1 }), 30).racers.find((r) => r.name === 'sgd')!;
    const b = run(base({ surface: 'line-fit', n: 20, batch: 1 }), 30).racers.find((r) => r.name === 'sgd')!;
    const gd = run(base({ surface: 'line-fit', n: 20, batch: 1 }), 30).racers.find((r) => r.name === 'gd')!;
    expect(a.gaps).toEqual(b.gaps);
    expect(a.gaps[30]).not.toBeCloseTo(gd.gaps[30], 6);
    expect(createRace(base({ surface: 'line-fit', n: 10, batch: 50 })).batch).toBe(10);
  });

  it('a start the reader picked replaces the surface’s own', () => {
    const race = createRace(base({ custom: true, x0: 2, y0: -1 }));
    expect(race.start).toEqual([2, -1]);
    expect(race.racers[0].gaps[0]).toBe(4 + 10);
  });
});
