/**
 * The optimizer race's model, pure (no DOM): the deck's eight optimizers from the core, each with its
 * own θ, stepping together on one surface from one start. One race step moves every live optimizer
 * once. What is kept per optimizer: its path (thinned as it is recorded: a point is kept when it has
 * moved a visible distance, so eight long paths stay cheap to draw) and its loss gap J(θ_t) − J* at
 * every step (the loss chart's log scale needs the gap to the surface's minimum).
 *
 * Gradients. On the race surfaces every optimizer follows the exact gradient, so SGD is GD there
 * (there is no data to sample). On the line-fit loss (core lineFitLoss: a line fitted to N seeded
 * points) SGD follows the mean gradient of a mini-batch of B examples drawn without replacement within
 * an epoch (core createEpochBatches, seeded with seed + 1 so the data and the batches are separate
 * streams); the other seven use all N examples.
 *
 * Divergence, per optimizer: θ or J not finite, or θ more than BOX_SPANS view spans from the view's
 * centre. That optimizer stops there ("diverged at step t"); the others go on.
 *
 * Leaderboard: steps to settle, the criterion of core stepsToSettle — the first step t from which the
 * gap stays below the threshold (for every step run so far); a race of T steps gives the same count as
 * stepsToSettle(…, horizon T).
 */
import {
  createEpochBatches,
  createOptimizer,
  createRng,
  lineFitLoss,
  optimizerNames,
  raceSurface,
  sampleSurface,
  type Hyperparameters,
  type LineFitLoss,
  type OptimizerName,
  type PlaneGrid,
  type RaceSurface,
} from '../../core';
import type { UrlState } from '../kit/url-state';
import { RACE_TABLE } from './state';

export type RaceState = UrlState<typeof RACE_TABLE>;
type HyperKey = keyof RaceState & `${OptimizerName}-${string}`;

/** The race stops by itself after this many steps. */
export const MAX_STEPS = 5000;
/** An optimizer further than this many view spans from the view's centre has diverged. */
export const BOX_SPANS = 10;
/** A path point is recorded once θ has moved this fraction of the view's larger span. */
const PATH_RESOLUTION = 1 / 600;
const GRID_X = 81;
const GRID_Y = 61;

export interface Racer {
  readonly name: OptimizerName;
  /** The optimizer's place in the deck's order (its colour). */
  readonly series: number;
  readonly hyperparameters: Readonly<Hyperparameters>;
  readonly theta: Float64Array;
  /** The recorded path (θ₀ first); thinned, the last point within PATH_RESOLUTION of θ. */
  readonly xs: number[];
  readonly ys: number[];
  /** J(θ_t) − J* for t = 0 … steps taken. */
  readonly gaps: number[];
  /** The step at which it diverged, or null. */
  divergedAt: number | null;
}

export type LeaderRow =
  | { readonly name: OptimizerName; readonly series: number; readonly kind: 'settled'; readonly step: number; readonly gap: number }
  | { readonly name: OptimizerName; readonly series: number; readonly kind: 'running'; readonly gap: number }
  | { readonly name: OptimizerName; readonly series: number; readonly kind: 'diverged'; readonly step: number };

export interface Race {
  readonly surface: RaceSurface | LineFitLoss;
  readonly start: readonly [number, number];
  /** The contour grid of J − J*. */
  readonly grid: PlaneGrid;
  readonly racers: readonly Racer[];
  /** The mini-batch size SGD uses (line fit: min(B, N)), or null where SGD takes the exact gradient. */
  readonly batch: number | null;
  /** Race steps taken. */
  readonly steps: number;
  /** One step of every live optimizer; returns the smallest gap among the live ones (0 when none is live). */
  step(): number;
  /** The smallest gap among the live optimizers now. */
  best(): number;
  /** No optimizer left running, or MAX_STEPS reached. */
  done(): boolean;
}

/** The hyperparameters `name` races with: its own, or with η shared (AdaDelta has no η). */
export function hyperparametersOf(name: OptimizerName, state: RaceState): Hyperparameters {
  const own = (hyper: string) => state[`${name}-${hyper}` as HyperKey] as number;
  const lr = state.mode === 'shared' ? state.eta : own('lr');
  switch (name) {
    case 'gd':
    case 'sgd':
    case 'adagrad':
      return name === 'adagrad' ? { lr, eps: own('eps') } : { lr };
    case 'momentum':
    case 'nag':
      return { lr, gamma: own('gamma') };
    case 'rmsprop':
      return { lr, gamma: own('gamma'), eps: own('eps') };
    case 'adadelta':
      return { gamma: own('gamma'), eps: own('eps') };
    case 'adam':
      return { lr, beta1: own('beta1'), beta2: own('beta2'), eps: own('eps') };
  }
}

export const isOn = (name: OptimizerName, state: RaceState): boolean => state[`on-${name}`];

/** The surface of the state: a race surface, or the line fit of N seeded points. */
export function surfaceOf(state: RaceState): RaceSurface | LineFitLoss {
  return state.surface === 'line-fit' ? lineFitLoss(state.n, state.seed) : raceSurface(state.surface, state.kappa);
}

const grids = new Map<string, PlaneGrid>();
function gridOf(state: RaceState, surface: RaceSurface | LineFitLoss): PlaneGrid {
  const key = state.surface === 'line-fit' ? `line-fit:${state.n}:${state.seed}` : state.surface === 'valley' ? `valley:${state.kappa}` : state.surface;
  let grid = grids.get(key);
  if (!grid) {
    const floor = surface.minimumValue;
    grid = sampleSurface({ value: (p) => Math.max(0, surface.value(p) - floor) }, surface.view.x, surface.view.y, GRID_X, GRID_Y);
    if (grids.size > 16) grids.clear();
    grids.set(key, grid);
  }
  return grid;
}

export function createRace(state: RaceState): Race {
  const surface = surfaceOf(state);
  const start: readonly [number, number] = state.custom ? [state.x0, state.y0] : surface.start;
  const { x, y } = surface.view;
  const centre = [(x[0] + x[1]) / 2, (y[0] + y[1]) / 2];
  const spans = [x[1] - x[0], y[1] - y[0]];
  const resolution = PATH_RESOLUTION * Math.max(...spans);
  const lineFit = 'batchGradient' in surface ? surface : null;
  const batch = lineFit ? Math.min(state.batch, state.n) : null;
  const sampler = lineFit && batch !== null ? createEpochBatches(state.n, batch, createRng(state.seed + 1)) : null;
  const gradient = new Float64Array(2);
  const exact = (p: Float64Array) => surface.gradient(p, gradient);
  const gap0 = surface.value(start) - surface.minimumValue;

  const racers = optimizerNames.flatMap((name, series) => {
    if (!isOn(name, state)) return [];
    const hyperparameters = hyperparametersOf(name, state);
    const optimizer = createOptimizer(name, hyperparameters);
    // SGD's mini-batch is drawn once per step (NAG, which asks at a look-ahead point, is not SGD).
    const gradAt = name === 'sgd' && lineFit && sampler ? (p: Float64Array) => lineFit.batchGradient(p, sampler.next(), gradient) : exact;
    const racer: Racer = { name, series, hyperparameters, theta: Float64Array.from(start), xs: [start[0]], ys: [start[1]], gaps: [gap0], divergedAt: null };
    return [{ racer, optimizer, gradAt }];
  });

  let steps = 0;
  const live = () => racers.filter(({ racer }) => racer.divergedAt === null);
  const best = () => live().reduce((low, { racer }) => Math.min(low, racer.gaps[racer.gaps.length - 1]), Infinity);
  return {
    surface,
    start,
    grid: gridOf(state, surface),
    racers: racers.map(({ racer }) => racer),
    batch,
    get steps() {
      return steps;
    },
    step() {
      steps += 1;
      for (const { racer, optimizer, gradAt } of live()) {
        const { theta } = racer;
        optimizer.step(theta, gradAt);
        const gap = surface.value(theta) - surface.minimumValue;
        const away = Math.max(Math.abs(theta[0] - centre[0]) / spans[0], Math.abs(theta[1] - centre[1]) / spans[1]);
        if (!Number.isFinite(gap) || !(away <= BOX_SPANS)) {
          racer.divergedAt = steps;
          continue;
        }
        racer.gaps.push(gap);
        const last = racer.xs.length - 1;
        if (Math.hypot(theta[0] - racer.xs[last], theta[1] - racer.ys[last]) >= resolution) {
          racer.xs.push(theta[0]);
          racer.ys.push(theta[1]);
        }
      }
      const low = best();
      return Number.isFinite(low) ? low : 0;
    },
    best,
    done: () => steps >= MAX_STEPS || live().length === 0,
  };
}

/** The first step t from which the gap stays below `threshold` through the last step run, or null. */
export function settledAt(gaps: readonly number[], threshold: number): number | null {
  let t = gaps.length;
  while (t > 0 && gaps[t - 1] < threshold) t--;
  return t === gaps.length ? null : t;
}

/** Settled first (fewest steps), then those still running (smallest gap), then the diverged (latest first). */
export function leaderboard(racers: readonly Racer[], threshold: number): LeaderRow[] {
  const rows: LeaderRow[] = racers.map((r) => {
    const { name, series } = r;
    if (r.divergedAt !== null) return { name, series, kind: 'diverged', step: r.divergedAt };
    const gap = r.gaps[r.gaps.length - 1];
    const step = settledAt(r.gaps, threshold);
    return step === null ? { name, series, kind: 'running', gap } : { name, series, kind: 'settled', step, gap };
  });
  const rank = (row: LeaderRow) => (row.kind === 'settled' ? [0, row.step] : row.kind === 'running' ? [1, row.gap] : [2, -row.step]);
  return rows.sort((a, b) => {
    const [ka, va] = rank(a);
    const [kb, vb] = rank(b);
    return ka - kb || va - vb || a.series - b.series;
  });
}
