/**
 * The step inspector's model, pure: STEPS updates of the section's optimizer (the core's, in the
 * deck's form) on the chapter's valley J = θ₁² + 10θ₂² from θ₀ = (−4, 1), keeping after every step
 * θ, J and the optimizer's state() — what the formulas, the arrows and the chart show at step t.
 * A run that diverges (kit/divergence.ts: J not finite or running away) stops at the last good step.
 */
import { createAdam, createOptimizer, valleySurface, type Hyperparameters, type Optimizer, type OptimizerState } from '../../core';
import { checkDivergence, type DivergenceCause } from '../kit/divergence';
import { hyperNames, STEPS, THETA_0, type InspectedMethod, type InspectorState } from './state';

export const surface = valleySurface();

export interface InspectedStep {
  /** θ after this step (θ₀ for step 0). */
  readonly theta: readonly [number, number];
  readonly loss: number;
  /** The optimizer's state() after this step (empty vectors at step 0). */
  readonly state: OptimizerState;
}

export interface Inspection {
  readonly method: InspectedMethod;
  readonly hyper: Readonly<Hyperparameters>;
  /** Adam only: m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ) (the deck's) or m̂ = m, v̂ = v. */
  readonly biasCorrection: boolean;
  /** Steps 0 … n (n = STEPS unless the run diverged). */
  readonly steps: readonly InspectedStep[];
  /** Where the run stopped, if it diverged: the step whose J was not usable. */
  readonly diverged: { readonly step: number; readonly cause: DivergenceCause; readonly loss: number } | null;
  /** Per coordinate, for steps 1 … n: the effective learning rate (NAG: |v_t|). */
  readonly rates: readonly [number[], number[]];
}

export function hyperOf(method: InspectedMethod, state: InspectorState): Hyperparameters {
  return Object.fromEntries(hyperNames(method).map((name) => [name, state[name]]));
}

function optimizerFor(method: InspectedMethod, hyper: Hyperparameters, biasCorrection: boolean): Optimizer {
  return method === 'adam' ? createAdam(hyper, { biasCorrection }) : createOptimizer(method, hyper);
}

const vec = (s: OptimizerState, name: string): Float64Array => s[name] as Float64Array;

/**
 * Coordinate i's effective learning rate at step t (the factor the method puts in front of the
 * gradient or of m̂): Adagrad and RMSProp η/√(G_t + ε); AdaDelta √(s_{t−1} + ε)/√(G_t + ε); Adam
 * η/(√v̂_t + ε). NAG has one η for all; its chart shows the velocity's size |v_t| instead.
 */
export function effectiveRate(method: InspectedMethod, hyper: Hyperparameters, now: OptimizerState, before: OptimizerState, i: number): number {
  const eps = hyper.eps ?? 0;
  switch (method) {
    case 'nag':
      return Math.abs(vec(now, 'v')[i]);
    case 'adagrad':
    case 'rmsprop':
      return (hyper.lr as number) / Math.sqrt(vec(now, 'G')[i] + eps);
    case 'adadelta': {
      const sBefore = vec(before, 's').length ? vec(before, 's')[i] : 0;
      return Math.sqrt(sBefore + eps) / Math.sqrt(vec(now, 'G')[i] + eps);
    }
    case 'adam':
      return (hyper.lr as number) / (Math.sqrt(vec(now, 'vHat')[i]) + eps);
  }
}

export function inspect(method: InspectedMethod, state: InspectorState): Inspection {
  const hyper = hyperOf(method, state);
  const biasCorrection = state.bias ?? true;
  const optimizer = optimizerFor(method, hyper, biasCorrection);
  const theta = Float64Array.from(THETA_0);
  const scratch = new Float64Array(2);
  const initialLoss = surface.value(theta);
  const steps: InspectedStep[] = [{ theta: [theta[0], theta[1]], loss: initialLoss, state: optimizer.state() }];
  const rates: [number[], number[]] = [[], []];
  let diverged: Inspection['diverged'] = null;
  for (let t = 1; t <= STEPS; t++) {
    optimizer.step(theta, (p) => surface.gradient(p, scratch));
    const loss = surface.value(theta);
    const cause = checkDivergence(loss, initialLoss);
    if (cause || !Number.isFinite(theta[0]) || !Number.isFinite(theta[1])) {
      diverged = { step: t, cause: cause ?? 'nonFinite', loss };
      break;
    }
    const now = optimizer.state();
    for (const i of [0, 1]) rates[i].push(effectiveRate(method, hyper, now, steps[t - 1].state, i));
    steps.push({ theta: [theta[0], theta[1]], loss, state: now });
  }
  return { method, hyper, biasCorrection, steps, diverged, rates };
}

/** The last step there is (STEPS, or the step before the run diverged). */
export const lastStep = (inspection: Inspection): number => inspection.steps.length - 1;

/**
 * The live formulas' numbers at step t (formulas.ts names them): θ_{t−1} (p1, p2), θ_t (n1, n2), the
 * gradient g_t, each method's state before (…p) and after the step, the effective rates r1, r2 and
 * Adam's corrections c1 = 1 − β₁ᵗ, c2 = 1 − β₂ᵗ (1 without correction). At t = 0 only θ₀ (n1, n2)
 * is a number; the rest are NaN, shown as a dash.
 */
export function formulaValues(inspection: Inspection, t: number): Record<string, number> {
  const { method, hyper, steps } = inspection;
  const k = Math.max(0, Math.min(t, lastStep(inspection)));
  const step = steps[k];
  const values: Record<string, number> = { t: k, n1: step.theta[0], n2: step.theta[1], loss: step.loss };
  for (const [name, value] of Object.entries(hyper)) values[name] = value as number;
  const names = ['p1', 'p2', 'g1', 'g2', 'r1', 'r2', 'v1', 'v2', 'vp1', 'vp2', 'a1', 'a2', 'G1', 'G2', 'Gp1', 'Gp2', 's1', 's2', 'sp1', 'sp2', 'd1', 'd2', 'm1', 'm2', 'mp1', 'mp2', 'mh1', 'mh2', 'vh1', 'vh2', 'c1', 'c2'];
  for (const name of names) values[name] = NaN;
  if (k === 0) return values;
  const before = steps[k - 1];
  const now = step.state;
  const prev = (name: string, i: number) => (vec(before.state, name).length ? vec(before.state, name)[i] : 0);
  const g = vec(now, 'gradient');
  for (const i of [0, 1]) {
    const c = i + 1;
    values[`p${c}`] = before.theta[i];
    values[`g${c}`] = g[i];
    values[`r${c}`] = inspection.rates[i][k - 1];
    if (method === 'nag') {
      values[`vp${c}`] = prev('v', i);
      values[`v${c}`] = vec(now, 'v')[i];
      values[`a${c}`] = vec(now, 'lookAhead')[i];
    }
    if (method === 'adagrad' || method === 'rmsprop' || method === 'adadelta') {
      values[`Gp${c}`] = prev('G', i);
      values[`G${c}`] = vec(now, 'G')[i];
    }
    if (method === 'adadelta') {
      values[`sp${c}`] = prev('s', i);
      values[`s${c}`] = vec(now, 's')[i];
      values[`d${c}`] = vec(now, 'deltaTheta')[i];
    }
    if (method === 'adam') {
      values[`mp${c}`] = prev('m', i);
      values[`vp${c}`] = prev('v', i);
      values[`m${c}`] = vec(now, 'm')[i];
      values[`v${c}`] = vec(now, 'v')[i];
      values[`mh${c}`] = vec(now, 'mHat')[i];
      values[`vh${c}`] = vec(now, 'vHat')[i];
    }
  }
  if (method === 'adam') {
    values.c1 = inspection.biasCorrection ? 1 - Math.pow(hyper.beta1 as number, k) : 1;
    values.c2 = inspection.biasCorrection ? 1 - Math.pow(hyper.beta2 as number, k) : 1;
  }
  return values;
}

export interface StepArrow {
  readonly id: 'step' | 'gradient' | 'momentum' | 'push';
  readonly x: number;
  readonly y: number;
  readonly dx: number;
  readonly dy: number;
}

/**
 * The arrows of step t ≥ 1, from θ_{t−1}: the step itself (to θ_t). NAG: the momentum part −γv_{t−1}
 * to the look-ahead point, then the gradient part −η∇J(look-ahead) from there (together −v_t, the
 * step). The others: the direction of −g_t, drawn as long as the step, so the two differ by what the
 * method did to the gradient's direction.
 */
export function stepArrows(inspection: Inspection, t: number): StepArrow[] {
  const k = Math.min(t, lastStep(inspection));
  if (k < 1) return [];
  const [x, y] = inspection.steps[k - 1].theta;
  const [nx, ny] = inspection.steps[k].theta;
  const arrows: StepArrow[] = [{ id: 'step', x, y, dx: nx - x, dy: ny - y }];
  const now = inspection.steps[k].state;
  const g = vec(now, 'gradient');
  if (inspection.method === 'nag') {
    const [ax, ay] = vec(now, 'lookAhead');
    const lr = inspection.hyper.lr as number;
    arrows.push({ id: 'momentum', x, y, dx: ax - x, dy: ay - y });
    arrows.push({ id: 'push', x: ax, y: ay, dx: -lr * g[0], dy: -lr * g[1] });
  } else {
    const size = Math.hypot(g[0], g[1]);
    const length = Math.hypot(nx - x, ny - y);
    if (size > 0) arrows.push({ id: 'gradient', x, y, dx: (-g[0] / size) * length, dy: (-g[1] / size) * length });
  }
  return arrows;
}
