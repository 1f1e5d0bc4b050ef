/**
 * The "20 seeds" run: for each seed of SWEEP_SEEDS, the five networks of createRace trained for the
 * dataset's epochs, each counted a success when its accuracy reaches the dataset's bar. Done a slice
 * at a time (`advance(epochs)` trains at most that many network-epochs and returns), so the widget
 * can spread it over animation frames and show its progress; a unit test runs it to the end. Pure.
 */
import type { ElementwiseActivationName } from '../../core';
import { createRace, type Race, type SameSettings } from './model';
import { ACTIVATIONS, PLANS, SWEEP_SEEDS } from './state';

export interface SweepResult {
  readonly activation: ElementwiseActivationName;
  /** Seeds whose network reached the bar, among those finished. */
  readonly solved: number;
  /** Seeds finished. */
  readonly runs: number;
}

export interface Sweep {
  readonly seeds: readonly number[];
  /** Seeds finished so far. */
  readonly done: number;
  readonly finished: boolean;
  readonly results: readonly SweepResult[];
  /** Trains up to `budget` epochs (of all five networks together); returns whether the sweep is finished. */
  advance(budget: number): boolean;
}

export function createSweep(settings: Omit<SameSettings, 'seed'>, seeds: readonly number[] = SWEEP_SEEDS): Sweep {
  const plan = PLANS[settings.data];
  const solved = ACTIVATIONS.map(() => 0);
  let done = 0;
  let race: Race | null = null;
  const finish = (r: Race) => {
    r.lanes.forEach((l, k) => {
      if (!l.diverged && l.accuracy() >= plan.solved) solved[k]++;
    });
    done++;
  };
  return {
    seeds,
    get done() {
      return done;
    },
    get finished() {
      return done >= seeds.length;
    },
    get results() {
      return ACTIVATIONS.map((activation, k) => ({ activation, solved: solved[k], runs: done }));
    },
    advance(budget) {
      let left = budget;
      while (done < seeds.length && left > 0) {
        race ??= createRace({ ...settings, seed: seeds[done] });
        const n = Math.min(left, plan.epochs - race.epoch);
        for (let k = 0; k < n; k++) race.step();
        left -= n;
        if (race.epoch >= plan.epochs) {
          finish(race);
          race = null;
        }
      }
      return done >= seeds.length;
    },
  };
}
