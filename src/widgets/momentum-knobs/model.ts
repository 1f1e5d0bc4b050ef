/**
 * The momentum-knobs widget's model, pure: on J = θ₁² + κθ₂² (Hessian diag(2, 2κ), so λ_min = 2,
 * λ_max = 2κ) the core's convergence rate of momentum for the current (η, γ) (src/core/momentum-rate.ts),
 * the best pair and plain gradient descent's best, the rate over the (η, γ) plane for the heat map, and
 * two runs from θ₀ = (−4, 1) with the core's optimizers: momentum with (η, γ), and gradient descent at its
 * best η = 2/(λ_min + λ_max) for comparison.
 */
import {
  createOptimizer,
  momentumEtaLimit,
  momentumRate,
  momentumRootRadius,
  optimalGradientDescent,
  optimalMomentum,
  raceValley,
  sampleSurface,
  samplePlane,
  type BestRate,
  type PlaneGrid,
  type RaceSurface,
} from '../../core';
import { GAMMA } from './state';

export interface KnobsState {
  readonly kappa: number;
  readonly eta: number;
  readonly gamma: number;
}

/** One optimizer's run: θ in place, the path and the loss after each step (J(θ₀) first). */
export interface Run {
  readonly theta: Float64Array;
  readonly xs: number[];
  readonly ys: number[];
  readonly losses: number[];
}

export interface KnobsModel {
  readonly surface: RaceSurface;
  /** The contour plot's grid of J. */
  readonly contour: PlaneGrid;
  readonly lambdaMin: number;
  readonly lambdaMax: number;
  /** ρ(λ_min), ρ(λ_max) and the run's rate ρ = their maximum. */
  readonly rateMin: number;
  readonly rateMax: number;
  readonly rate: number;
  /** ηλ_max < 2(1 + γ): momentum converges. */
  readonly stable: boolean;
  /** 2(1 + γ)/λ_max. */
  readonly etaLimit: number;
  /** Steps for the error to shrink tenfold, ln 0.1 / ln ρ (null when ρ ≥ 1; 0 when ρ = 0). */
  readonly stepsPerTenth: number | null;
  readonly best: BestRate;
  readonly gd: BestRate;
  /** The rate over the (η, γ) plane: η from 0 to heatEtaMax, γ from 0 to GAMMA.max. */
  readonly heat: PlaneGrid;
  readonly momentum: Run;
  readonly descent: Run;
  /** One step of both runs; returns momentum's J. */
  step(): number;
}

/** Hessian of θ₁² + κθ₂² is diag(2, 2κ). */
export const spectrum = (kappa: number) => ({ lambdaMin: 2, lambdaMax: 2 * kappa });

/** The heat map's η range: past 4/λ_max no γ < 1 converges; a tenth more shows the edge. */
export const heatEtaMax = (lambdaMax: number) => 4.4 / lambdaMax;

const HEAT_NX = 89;
const HEAT_NY = 67;
let heatCache: { kappa: number; grid: PlaneGrid } | null = null;

/** ρ over the (η, γ) plane for the valley with condition number κ (the last κ's grid is kept). */
export function rateGrid(kappa: number): PlaneGrid {
  if (heatCache?.kappa === kappa) return heatCache.grid;
  const { lambdaMin, lambdaMax } = spectrum(kappa);
  const grid = samplePlane({ x: [0, heatEtaMax(lambdaMax)], y: [0, GAMMA.max], nx: HEAT_NX, ny: HEAT_NY }, (p) => momentumRate(p[0], p[1], lambdaMin, lambdaMax));
  heatCache = { kappa, grid };
  return grid;
}

/** ln 0.1 / ln ρ: steps per tenfold shrink of the error (null if ρ ≥ 1). */
export function stepsPerTenth(rate: number): number | null {
  if (!(rate < 1)) return null;
  if (rate <= 0) return 0;
  return Math.log(0.1) / Math.log(rate);
}

function startRun(surface: RaceSurface): Run {
  const theta = Float64Array.from(surface.start);
  return { theta, xs: [theta[0]], ys: [theta[1]], losses: [surface.value(theta)] };
}

export function momentumKnobs(state: KnobsState): KnobsModel {
  const surface = raceValley(state.kappa);
  const { lambdaMin, lambdaMax } = spectrum(state.kappa);
  const rateMin = momentumRootRadius(state.eta, state.gamma, lambdaMin);
  const rateMax = momentumRootRadius(state.eta, state.gamma, lambdaMax);
  const rate = momentumRate(state.eta, state.gamma, lambdaMin, lambdaMax);
  const etaLimit = momentumEtaLimit(state.gamma, lambdaMax);
  const best = optimalMomentum(lambdaMin, lambdaMax);
  const gd = optimalGradientDescent(lambdaMin, lambdaMax);

  const momentum = startRun(surface);
  const descent = startRun(surface);
  const heavyBall = createOptimizer('momentum', { lr: state.eta, gamma: state.gamma });
  const plain = createOptimizer('gd', { lr: gd.eta });
  const g = new Float64Array(2);
  const gradAt = (p: Float64Array) => surface.gradient(p, g);
  const advance = (run: Run, optimizer: typeof plain) => {
    optimizer.step(run.theta, gradAt);
    run.xs.push(run.theta[0]);
    run.ys.push(run.theta[1]);
    const loss = surface.value(run.theta);
    run.losses.push(loss);
    return loss;
  };

  return {
    surface,
    contour: sampleSurface(surface, surface.view.x, surface.view.y, 81, 41),
    lambdaMin,
    lambdaMax,
    rateMin,
    rateMax,
    rate,
    stable: rate < 1,
    etaLimit,
    stepsPerTenth: stepsPerTenth(rate),
    best,
    gd,
    heat: rateGrid(state.kappa),
    momentum,
    descent,
    step() {
      advance(descent, plain);
      return advance(momentum, heavyBall);
    },
  };
}

/** The live formulas' numbers (components/MomentumKnobs.astro). */
export function formulaValues(state: KnobsState, model: KnobsModel): Record<string, number> {
  return {
    eta: state.eta,
    gamma: state.gamma,
    kappa: state.kappa,
    lmin: model.lambdaMin,
    lmax: model.lambdaMax,
    rmin: model.rateMin,
    rmax: model.rateMax,
    rate: model.rate,
    etaBest: model.best.eta,
    gammaBest: model.best.gamma,
    rateBest: model.best.rate,
    etaGd: model.gd.eta,
    rateGd: model.gd.rate,
  };
}
