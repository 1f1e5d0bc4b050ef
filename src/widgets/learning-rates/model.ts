/**
 * The learning-rates widget's model, pure (no DOM): on the valley J(θ) = θ₁² + κθ₂² (the core's
 * raceValley) from θ₀ = (−4, 1),
 * - four gradient-descent runs of T steps (the deck's η = 0.01, 0.03, 0.13 and the reader's η), each
 *   with the step at which it diverged (the kit's criterion: J non-finite or above 10⁶·J(θ₀)), if it did;
 * - the sweep: J(θ_T) against log₁₀ η for gradient descent and for momentum (v = γv + η∇J, θ = θ − v),
 *   computed by the core's optimizers (finalLossSweep), with the limits 2/λ_max and 2(1 + γ)/λ_max.
 * The step t shown is the step bar's position, not part of the model: moving it never recomputes.
 */
import {
  createOptimizer,
  descentPath,
  finalLossSweep,
  gdEtaLimit,
  gdStable,
  logSpacedEtas,
  momentumEtaLimit,
  momentumStable,
  quadraticCurvatures,
  raceValley,
  sampleSurface,
  type PlaneGrid,
  type RaceSurface,
} from '../../core';
import { checkDivergence } from '../kit/divergence';
import { DECK_ETAS, STEPS, type LearningRatesState } from './state';

/** The sweep's η range, in log₁₀ η: 10⁻³ … 10^0.5 ≈ 3.16 (past momentum's limit for every κ ≥ 1 and γ ≤ 0.5). */
export const SWEEP_LOG_ETA: readonly [number, number] = [-3, 0.5];
const SWEEP_POINTS = 141;
/** The sweep chart's log₁₀ J range; a J outside it is drawn at the edge (10⁸ stands for "diverged"). */
export const SWEEP_LOG_J: readonly [number, number] = [-12, 8];

export interface PanelRun {
  readonly eta: number;
  /** One of the deck's three pictures (false: the reader's η). */
  readonly deck: boolean;
  /**
   * The path as drawn: θ₀, θ₁, … up to the last θ inside the plotted view, then (if the run leaves it)
   * the point where its next step crosses the view's edge, so nothing is drawn far outside the plot.
   */
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  /** The first step whose θ lies outside the view, or null. */
  readonly leftAt: number | null;
  /** J(θ₀) … J(θ_T). */
  readonly losses: readonly number[];
  /** The step at which J ran away (the run stops there), or null. */
  readonly divergedAt: number | null;
  /** What a step multiplies θ₁ and θ₂ by: 1 − 2η and 1 − 2κη. */
  readonly factors: readonly [number, number];
  /** |1 − ηλ| < 1 for both curvatures. */
  readonly stable: boolean;
}

export interface LearningRatesModel {
  readonly surface: RaceSurface;
  readonly grid: PlaneGrid;
  /** λ = 2, 2κ; λ_max = 2κ. */
  readonly lambdas: readonly [number, number];
  readonly lambdaMax: number;
  readonly gdLimit: number;
  readonly momentumLimit: number;
  readonly panels: readonly PanelRun[];
  /** log₁₀ η of the sweep, and log₁₀ J(θ_T) for each, held within SWEEP_LOG_J. */
  readonly sweep: { readonly logEtas: readonly number[]; readonly gd: readonly number[]; readonly momentum: readonly number[] };
  /** J(θ_T) for the reader's η, and whether each method is stable with it. */
  readonly current: { readonly gd: number; readonly momentum: number; readonly gdStable: boolean; readonly momentumStable: boolean };
}

/** log₁₀ J held within the chart (J = 0 → the bottom, ∞ → the top). */
export function chartLog(loss: number): number {
  const [lo, hi] = SWEEP_LOG_J;
  if (!(loss > 0)) return loss === 0 ? lo : hi;
  return Math.min(hi, Math.max(lo, Math.log10(loss)));
}

/** θ₀ … θ_T cut where the path first leaves the view: the points inside, then the crossing of the edge. */
export function cutAtView(thetas: readonly ArrayLike<number>[], view: RaceSurface['view']): { xs: number[]; ys: number[]; leftAt: number | null } {
  const [x0, x1] = view.x;
  const [y0, y1] = view.y;
  const inside = (a: number, b: number) => a >= x0 && a <= x1 && b >= y0 && b <= y1;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let k = 0; k < thetas.length; k++) {
    const [a, b] = [thetas[k][0], thetas[k][1]];
    if (inside(a, b)) {
      xs.push(a);
      ys.push(b);
      continue;
    }
    if (k > 0) {
      // The segment from θ_{k−1} (inside) to θ_k leaves at the smallest s ∈ (0, 1] that reaches an edge.
      const [pa, pb] = [xs[k - 1], ys[k - 1]];
      const s = Math.min(...[(x0 - pa) / (a - pa), (x1 - pa) / (a - pa), (y0 - pb) / (b - pb), (y1 - pb) / (b - pb)].filter((v) => Number.isFinite(v) && v > 0 && v <= 1));
      xs.push(pa + s * (a - pa));
      ys.push(pb + s * (b - pb));
    }
    return { xs, ys, leftAt: k };
  }
  return { xs, ys, leftAt: null };
}

function panelRun(surface: RaceSurface, kappa: number, eta: number, deck: boolean): PanelRun {
  const path = descentPath(surface, createOptimizer('gd', { lr: eta }), surface.start, STEPS);
  const drawn = cutAtView(path.thetas, surface.view);
  const j0 = path.losses[0];
  const k = path.losses.findIndex((loss, step) => step > 0 && checkDivergence(loss, j0) !== null);
  const divergedAt = k > 0 ? k : null;
  const [l1, l2] = quadraticCurvatures(1, kappa);
  return {
    eta,
    deck,
    ...drawn,
    losses: path.losses,
    divergedAt,
    factors: [1 - eta * l1, 1 - eta * l2],
    stable: gdStable(eta, l1) && gdStable(eta, l2),
  };
}

export function learningRatesModel(state: Pick<LearningRatesState, 'kappa' | 'eta' | 'gamma'>): LearningRatesModel {
  const { kappa, eta, gamma } = state;
  const surface = raceValley(kappa);
  const grid = sampleSurface(surface, surface.view.x, surface.view.y, 81, 33);
  const lambdas = quadraticCurvatures(1, kappa);
  const lambdaMax = Math.max(...lambdas);
  const etas = logSpacedEtas(10 ** SWEEP_LOG_ETA[0], 10 ** SWEEP_LOG_ETA[1], SWEEP_POINTS);
  const sweepOf = (method: 'gd' | 'momentum') => Array.from(finalLossSweep(surface, etas, { method, gamma, theta0: surface.start, steps: STEPS }), chartLog);
  const [gdNow, momentumNow] = (['gd', 'momentum'] as const).map((method) => finalLossSweep(surface, [eta], { method, gamma, theta0: surface.start, steps: STEPS })[0]);
  return {
    surface,
    grid,
    lambdas,
    lambdaMax,
    gdLimit: gdEtaLimit(lambdaMax),
    momentumLimit: momentumEtaLimit(gamma, lambdaMax),
    panels: [...DECK_ETAS.map((deckEta) => panelRun(surface, kappa, deckEta, true)), panelRun(surface, kappa, eta, false)],
    sweep: { logEtas: etas.map(Math.log10), gd: sweepOf('gd'), momentum: sweepOf('momentum') },
    current: {
      gd: gdNow,
      momentum: momentumNow,
      gdStable: lambdas.every((l) => gdStable(eta, l)),
      momentumStable: lambdas.every((l) => momentumStable(eta, gamma, l)),
    },
  };
}

/**
 * What a panel shows at step t: the step (held where the run diverged), J there, and how many of the
 * drawn path's points to show (θ₀ … θ_step, or up to the crossing of the view's edge once it has left).
 */
export function panelAt(panel: PanelRun, t: number): { readonly step: number; readonly loss: number; readonly diverged: boolean; readonly points: number } {
  const step = panel.divergedAt !== null ? Math.min(t, panel.divergedAt) : t;
  const points = panel.leftAt !== null && step >= panel.leftAt ? panel.xs.length : step + 1;
  return { step, loss: panel.losses[step], diverged: panel.divergedAt !== null && t >= panel.divergedAt, points };
}

/** The live formula's numbers (components/LearningRates.astro). */
export function formulaValues(model: LearningRatesModel, gamma: number): Record<string, number> {
  return { lmax: model.lambdaMax, gdlim: model.gdLimit, gamma, momlim: model.momentumLimit };
}
