/**
 * The delta rule read as gradient descent (chapter 1, "Where gradient descent comes in"). One unit
 * with two inputs, net = w₁x₁ + w₂x₂ + b, on a logic gate's four examples with targets d ∈ {0, 1},
 * one example at a time in the order (0,0), (0,1), (1,0), (1,1):
 *
 * - LMS (Widrow–Hoff): the output is net itself, the error of one example E = ½(d − net)², whose
 *   slopes are ∂E/∂wᵢ = −(d − net)·xᵢ and ∂E/∂b = −(d − net); a step against them is
 *   wᵢ += α(d − net)xᵢ, b += α(d − net). Plain doubles, no rounding.
 * - the perceptron rule (Rosenblatt): the same shape with y = step(net) in place of net — the core's
 *   perceptron run (perceptron-training.ts), which stops after an epoch without a mistake.
 *
 * Also: the slopes checked by central differences through the core's gradientCheck (a one-unit
 * network, 'linear' for LMS and 'step' for the perceptron's output, loss ½(ŷ − y)²); the least-squares
 * optimum of Σ(d − net)² from the normal equations XᵀX θ = Xᵀd (θ = (w₁, w₂, b), exact for 3
 * unknowns); and the learning rate above which LMS on these four inputs diverges: an epoch maps the
 * deviation from its fixed point by M(α) = P₄P₃P₂P₁ with P_k = I − α x̃_k x̃_kᵀ (x̃ = (x₁, x₂, 1)), so
 * the run diverges exactly when the spectral radius ρ(M(α)) exceeds 1.
 */
import { makeLogicGate, type LogicGateName } from './datasets/logic-gates';
import { gradientCheck } from './gradcheck';
import { fromRows } from './matrix';
import { Network } from './network';
import { createPerceptronRun, type PerceptronStop } from './perceptron-training';

/** The gates the widget offers (linearly separable: the perceptron rule converges on each). */
export type LmsGate = Extract<LogicGateName, 'and' | 'or' | 'nand'>;

/** θ = (w₁, w₂, b) */
export type Theta = readonly [number, number, number];

export interface LmsExample {
  readonly x: readonly [number, number];
  readonly d: number;
}

/** The gate's four examples in the chapter's order. */
export function gateExamples(gate: LmsGate): LmsExample[] {
  const data = makeLogicGate(gate);
  return [0, 1, 2, 3].map((k) => ({ x: [data.x.data[2 * k], data.x.data[2 * k + 1]] as const, d: data.y.data[k] }));
}

export const netOf = (theta: Theta, x: readonly number[]): number => theta[0] * x[0] + theta[1] * x[1] + theta[2];

/** y = step(net): 1 when net ≥ 0 (the chapter's step). */
export const stepOf = (net: number): number => (net >= 0 ? 1 : 0);

/** One example's numbers under θ: E = ½(d − net)² and its slopes, with the perceptron's y beside. */
export interface ExampleReading {
  readonly net: number;
  readonly y: number;
  /** ½(d − net)² */
  readonly e: number;
  /** (∂E/∂w₁, ∂E/∂w₂, ∂E/∂b) = −(d − net)·(x₁, x₂, 1) */
  readonly grad: Theta;
  /** ½(d − step(net))² */
  readonly eStep: number;
}

export function readExample(theta: Theta, ex: LmsExample): ExampleReading {
  const net = netOf(theta, ex.x);
  const r = ex.d - net;
  const y = stepOf(net);
  return { net, y, e: 0.5 * r * r, grad: [-r * ex.x[0], -r * ex.x[1], -r], eStep: 0.5 * (ex.d - y) ** 2 };
}

/**
 * Central differences (E(θ + h e_k) − E(θ − h e_k)) / 2h of E = ½(d − out)² for one example, k = w₁,
 * w₂, b, through the core's gradientCheck on a one-unit network: out = net ('linear') or step(net)
 * ('step'). Returns [analytic, numeric] per parameter; for 'step' the analytic slope is the step's 0.
 */
export function finiteDifferences(theta: Theta, ex: LmsExample, output: 'linear' | 'step', h = 1e-5): { analytic: Theta; numeric: Theta } {
  const network = Network.fromSpec({ layers: [{ weights: [[theta[0], theta[1]]], bias: [theta[2]], activation: output }] }, { loss: 'half-squared-error' });
  const result = gradientCheck(network, fromRows([[ex.x[0], ex.x[1]]]), fromRows([[ex.d]]), { epsilon: h });
  // Parameter order: the layer's W (w₁, w₂) then its b.
  const pick = (f: (e: (typeof result.entries)[number]) => number): Theta => [f(result.entries[0]), f(result.entries[1]), f(result.entries[2])];
  return { analytic: pick((e) => e.analytic), numeric: pick((e) => e.numeric) };
}

/** Σ over the examples of ½(d − out)², out = net (LMS) or step(net) (perceptron: half the mistakes). */
export function sumError(theta: Theta, examples: readonly LmsExample[], output: 'linear' | 'step'): number {
  let sum = 0;
  for (const ex of examples) {
    const net = netOf(theta, ex.x);
    const out = output === 'linear' ? net : stepOf(net);
    sum += 0.5 * (ex.d - out) ** 2;
  }
  return sum;
}

/** Examples classified right by net ≥ threshold. */
export function correctCount(theta: Theta, examples: readonly LmsExample[], threshold: number): number {
  return examples.filter((ex) => (netOf(theta, ex.x) >= threshold ? 1 : 0) === ex.d).length;
}

/** Solves the 3×3 system A θ = c by Gaussian elimination with partial pivoting. */
export function solve3(a: readonly (readonly number[])[], c: readonly number[]): Theta {
  const m = a.map((row, i) => [...row, c[i]]);
  for (let col = 0; col < 3; col++) {
    let p = col;
    for (let r = col + 1; r < 3; r++) if (Math.abs(m[r][col]) > Math.abs(m[p][col])) p = r;
    if (Math.abs(m[p][col]) < 1e-12) throw new RangeError('singular system');
    [m[col], m[p]] = [m[p], m[col]];
    for (let r = 0; r < 3; r++) {
      if (r === col) continue;
      const f = m[r][col] / m[col][col];
      for (let k = col; k < 4; k++) m[r][k] -= f * m[col][k];
    }
  }
  return [m[0][3] / m[0][0], m[1][3] / m[1][1], m[2][3] / m[2][2]];
}

/** The least-squares optimum of Σ(d − net)²: XᵀX θ = Xᵀd with rows x̃ = (x₁, x₂, 1). */
export function leastSquares(examples: readonly LmsExample[]): { theta: Theta; sumError: number } {
  const ata = [0, 1, 2].map(() => [0, 0, 0]);
  const atd = [0, 0, 0];
  for (const ex of examples) {
    const v = [ex.x[0], ex.x[1], 1];
    for (let i = 0; i < 3; i++) {
      atd[i] += v[i] * ex.d;
      for (let j = 0; j < 3; j++) ata[i][j] += v[i] * v[j];
    }
  }
  const theta = solve3(ata, atd);
  return { theta, sumError: sumError(theta, examples, 'linear') };
}

type M3 = number[][];
const mul = (a: M3, b: M3): M3 => a.map((row) => [0, 1, 2].map((j) => row[0] * b[0][j] + row[1] * b[1][j] + row[2] * b[2][j]));

/** M(α) = P_m ⋯ P₁, P_k = I − α x̃_k x̃_kᵀ: one epoch's map of the deviation from the epoch's fixed point. */
export function epochMatrix(examples: readonly LmsExample[], alpha: number): M3 {
  let m: M3 = [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ];
  for (const ex of examples) {
    const v = [ex.x[0], ex.x[1], 1];
    const p = [0, 1, 2].map((i) => [0, 1, 2].map((j) => (i === j ? 1 : 0) - alpha * v[i] * v[j]));
    m = mul(p, m);
  }
  return m;
}

/** ρ(M) of a real 3×3 matrix: the largest |λ| among the roots of λ³ − c₁λ² + c₂λ − c₃. */
export function spectralRadius3(m: M3): number {
  const c1 = m[0][0] + m[1][1] + m[2][2];
  const c2 = m[0][0] * m[1][1] - m[0][1] * m[1][0] + m[0][0] * m[2][2] - m[0][2] * m[2][0] + m[1][1] * m[2][2] - m[1][2] * m[2][1];
  const c3 =
    m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
  const p = (l: number) => ((l - c1) * l + c2) * l - c3;
  // A real root by bisection on a bracket that holds every root (Cauchy's bound).
  const bound = 1 + Math.max(Math.abs(c1), Math.abs(c2), Math.abs(c3));
  let lo = -bound;
  let hi = bound;
  for (let k = 0; k < 200; k++) {
    const mid = (lo + hi) / 2;
    if (p(mid) < 0) lo = mid;
    else hi = mid;
  }
  const r = (lo + hi) / 2;
  // Deflate: λ³ − c₁λ² + c₂λ − c₃ = (λ − r)(λ² + Bλ + C).
  const B = r - c1;
  const C = c2 + r * B;
  const disc = B * B - 4 * C;
  const others = disc >= 0 ? Math.max(Math.abs((-B + Math.sqrt(disc)) / 2), Math.abs((-B - Math.sqrt(disc)) / 2)) : Math.sqrt(Math.max(C, 0));
  return Math.max(Math.abs(r), others);
}

/**
 * The smallest α > 0 with ρ(M(α)) = 1: below it LMS settles, above it the deviation grows every epoch.
 * Found by scanning α in steps of 0.001 up to `upTo`, then bisection; null if ρ stays ≤ 1.
 */
export function divergenceLimit(examples: readonly LmsExample[], upTo = 3): number | null {
  const rho = (a: number) => spectralRadius3(epochMatrix(examples, a));
  let prev = 0;
  for (let a = 0.001; a <= upTo + 1e-12; a += 0.001) {
    if (rho(a) > 1) {
      let lo = prev;
      let hi = a;
      for (let k = 0; k < 60; k++) {
        const mid = (lo + hi) / 2;
        if (rho(mid) > 1) hi = mid;
        else lo = mid;
      }
      return (lo + hi) / 2;
    }
    prev = a;
  }
  return null;
}

/** One update of either rule, with the numbers the widget shows. */
export interface RuleStep {
  /** θ before the update. */
  readonly before: Theta;
  readonly sample: number;
  readonly net: number;
  /** net (LMS) or step(net) (perceptron). */
  readonly out: number;
  /** d − out */
  readonly error: number;
  /** α(d − out)·(x₁, x₂, 1) */
  readonly delta: Theta;
  readonly after: Theta;
}

export type LmsStop = { readonly kind: 'diverged'; readonly epoch: number } | { readonly kind: 'settled'; readonly epoch: number };

export interface TwoRuleRun {
  readonly examples: readonly LmsExample[];
  readonly alpha: number;
  /** θ before step t, for t = 0 … steps (LMS). */
  readonly lms: readonly Theta[];
  readonly lmsSteps: readonly RuleStep[];
  /** Σ½(d − net)² with the weights after epoch k (k = 0: the start), LMS. */
  readonly lmsEpochError: readonly number[];
  readonly lmsStop: LmsStop | null;
  /** θ before step t (perceptron); constant after it stops. */
  readonly perceptron: readonly Theta[];
  readonly perceptronSteps: readonly RuleStep[];
  /** Σ½(d − step(net))² after epoch k: half the mistakes. */
  readonly perceptronEpochError: readonly number[];
  readonly perceptronStop: PerceptronStop | null;
  /** Steps the run holds: both rules are stepped together until both stopped or the cap. */
  readonly steps: number;
}

/** |θ| past which an LMS run counts as diverged. */
export const DIVERGED_AT = 1e6;
/** An LMS run has settled when no parameter moved more than this over a whole epoch. */
export const SETTLED_WITHIN = 1e-9;

/**
 * Both rules from the same θ₀ with the same α, stepped one example at a time, up to maxEpochs epochs.
 * LMS stops when it diverges (|θ| > DIVERGED_AT or not finite) or settles (an epoch moves no parameter
 * by more than SETTLED_WITHIN); the perceptron rule at its own verdict (converged). Deterministic.
 */
export function runTwoRules(gate: LmsGate, alpha: number, start: Theta, maxEpochs: number): TwoRuleRun {
  if (!(Number.isFinite(alpha) && alpha > 0)) throw new RangeError(`alpha must be a finite number > 0, got ${alpha}`);
  if (!Number.isInteger(maxEpochs) || maxEpochs < 1) throw new RangeError(`maxEpochs must be an integer >= 1, got ${maxEpochs}`);
  const examples = gateExamples(gate);
  const m = examples.length;

  const lms: Theta[] = [start];
  const lmsSteps: RuleStep[] = [];
  const lmsEpochError = [sumError(start, examples, 'linear')];
  let lmsStop: LmsStop | null = null;
  let theta: Theta = start;
  let epochStart: Theta = start;
  for (let t = 0; t < maxEpochs * m && lmsStop === null; t++) {
    const sample = t % m;
    const ex = examples[sample];
    const net = netOf(theta, ex.x);
    const error = ex.d - net;
    const delta: Theta = [alpha * error * ex.x[0], alpha * error * ex.x[1], alpha * error];
    const after: Theta = [theta[0] + delta[0], theta[1] + delta[1], theta[2] + delta[2]];
    lmsSteps.push({ before: theta, sample, net, out: net, error, delta, after });
    theta = after;
    lms.push(theta);
    if (!theta.every((v) => Number.isFinite(v) && Math.abs(v) <= DIVERGED_AT)) {
      lmsStop = { kind: 'diverged', epoch: Math.floor(t / m) + 1 };
      break;
    }
    if (sample === m - 1) {
      const epoch = (t + 1) / m;
      lmsEpochError.push(sumError(theta, examples, 'linear'));
      if (theta.every((v, i) => Math.abs(v - epochStart[i]) <= SETTLED_WITHIN)) lmsStop = { kind: 'settled', epoch };
      epochStart = theta;
    }
  }

  const data = makeLogicGate(gate);
  const run = createPerceptronRun(data, { alpha, maxEpochs, weights: [start[0], start[1]], bias: start[2] });
  const perceptron: Theta[] = [start];
  const perceptronSteps: RuleStep[] = [];
  const perceptronEpochError = [sumError(start, examples, 'step')];
  while (run.stop === null) {
    const before = perceptron[perceptron.length - 1];
    const u = run.step();
    const after: Theta = [u.weights[0], u.weights[1], u.bias];
    perceptronSteps.push({ before, sample: u.sample, net: u.net, out: u.y, error: u.error, delta: [u.deltaWeights[0], u.deltaWeights[1], u.deltaBias], after });
    perceptron.push(after);
    if (u.sample === m - 1) perceptronEpochError.push(sumError(after, examples, 'step'));
  }

  return {
    examples,
    alpha,
    lms,
    lmsSteps,
    lmsEpochError,
    lmsStop,
    perceptron,
    perceptronSteps,
    perceptronEpochError,
    perceptronStop: run.stop,
    steps: Math.max(lmsSteps.length, perceptronSteps.length),
  };
}
