/**
 * The bn-backward widget's numbers (chapter 7, #in-a-network, "The backward pass"). Pure, no DOM
 * (tests/unit/widgets/bn-backward/model.test.ts). One unit of a layer z = f(BN(Wu + b)) on a
 * mini-batch of m inputs u_i: x_i = W·u_i + b, then BN's forward pass and the paper's six backward
 * lines for a given ∂ℓ/∂y from above, all from the core (backwardExample: the paper's lines and the
 * BatchNormLayer's backward; batchNormSteps: the forward pass):
 *
 *   ∂ℓ/∂x̂_i = ∂ℓ/∂y_i · γ
 *   ∂ℓ/∂σ²_B = Σ ∂ℓ/∂x̂_i · (x_i − μ_B) · (−½)(σ²_B + ε)^(−3/2)
 *   ∂ℓ/∂μ_B = (Σ ∂ℓ/∂x̂_i · −1/√(σ²_B + ε)) + ∂ℓ/∂σ²_B · Σ −2(x_i − μ_B)/m
 *   ∂ℓ/∂x_i = ∂ℓ/∂x̂_i · 1/√(σ²_B + ε) + ∂ℓ/∂σ²_B · 2(x_i − μ_B)/m + ∂ℓ/∂μ_B · 1/m
 *   ∂ℓ/∂γ = Σ ∂ℓ/∂y_i · x̂_i,  ∂ℓ/∂β = Σ ∂ℓ/∂y_i
 *
 * The numerical check takes the loss whose gradient with respect to y is exactly the given one,
 * ℓ(x) = Σ_i g_i · y_i(x) with g = ∂ℓ/∂y held fixed, and the central difference
 * (ℓ(x + h e_i) − ℓ(x − h e_i)) / 2h through the core's forward pass.
 */
import { backwardExample, batchNormSteps } from '../../core';
import { DY_LIMIT, H, M, SEPARATOR } from './state';

export interface BackwardSettings {
  readonly u: readonly number[];
  readonly w: number;
  readonly b: number;
  readonly gamma: number;
  readonly beta: number;
  readonly eps: number;
  /** ∂ℓ/∂y_i, one per input. */
  readonly dy: readonly number[];
}

export interface BackwardModel {
  readonly u: readonly number[];
  readonly w: number;
  readonly b: number;
  readonly m: number;
  readonly xs: readonly number[];
  readonly mean: number;
  readonly variance: number;
  /** σ²_B + ε and its square root. */
  readonly varianceEps: number;
  readonly std: number;
  readonly deviations: readonly number[];
  readonly xHat: readonly number[];
  readonly y: readonly number[];
  readonly gamma: number;
  readonly beta: number;
  readonly eps: number;
  readonly dy: readonly number[];
  readonly dxHat: readonly number[];
  /** Σ ∂ℓ/∂x̂_i (x_i − μ_B), the sum in the second line. */
  readonly sumDevs: number;
  readonly dVariance: number;
  /** Σ ∂ℓ/∂x̂_i, the sum in the third line. */
  readonly sumDxHat: number;
  /** Σ −2(x_i − μ_B)/m, the factor of ∂ℓ/∂σ²_B in the third line (0 up to rounding). */
  readonly meanFactor: number;
  readonly dMean: number;
  /** The fourth line's three terms for each i: directly, via σ²_B, via μ_B. */
  readonly paths: readonly { readonly direct: number; readonly variance: number; readonly mean: number }[];
  /** ∂ℓ/∂x_i by the BatchNormLayer's backward. */
  readonly dx: readonly number[];
  /** ∂ℓ/∂x_i by central differences through the forward pass. */
  readonly numeric: readonly number[];
  readonly dGamma: number;
  readonly dBeta: number;
  /** Σ ∂ℓ/∂x_i (= ∂ℓ/∂b, since every x_i has ∂x_i/∂b = 1). */
  readonly sumDx: number;
  /** Σ ∂ℓ/∂x_i · x̂_i. */
  readonly dotXHat: number;
}

/** ℓ(x) = Σ g_i · y_i(x): the loss whose ∂ℓ/∂y is g, through the core's forward pass. */
export function linearLoss(xs: readonly number[], g: readonly number[], gamma: number, beta: number, eps: number): number {
  return batchNormSteps(xs, gamma, beta, eps).y.reduce((s, y, i) => s + g[i] * y, 0);
}

/** ∂ℓ/∂x_i by (ℓ(x + h e_i) − ℓ(x − h e_i)) / 2h for every i. */
export function centralDifferences(xs: readonly number[], g: readonly number[], gamma: number, beta: number, eps: number, h = H): number[] {
  return xs.map((_, i) => {
    const at = (d: number) => linearLoss(xs.map((x, k) => (k === i ? x + d : x)), g, gamma, beta, eps);
    return (at(h) - at(-h)) / (2 * h);
  });
}

export function backward(settings: BackwardSettings): BackwardModel {
  const { u, w, b, gamma, beta, eps, dy } = settings;
  const xs = u.map((ui) => w * ui + b);
  const bw = backwardExample({ xs, gamma, beta, eps, dy });
  const { steps } = bw;
  const m = xs.length;
  const std = Math.sqrt(bw.varianceEps);
  const paths = xs.map((_, i) => ({
    direct: bw.dxHat[i] * (1 / std),
    variance: bw.dVariance * ((2 * steps.deviations[i]) / m),
    mean: bw.dMean * (1 / m),
  }));
  return {
    u: [...u],
    w,
    b,
    m,
    xs,
    mean: steps.mean,
    variance: steps.variance,
    varianceEps: bw.varianceEps,
    std,
    deviations: steps.deviations,
    xHat: steps.xHat,
    y: steps.y,
    gamma,
    beta,
    eps,
    dy: [...dy],
    dxHat: bw.dxHat,
    sumDevs: bw.sumDevs,
    dVariance: bw.dVariance,
    sumDxHat: bw.sumDxHat,
    meanFactor: steps.deviations.reduce((s, d) => s - (2 * d) / m, 0),
    dMean: bw.dMean,
    paths,
    dx: bw.dx,
    numeric: centralDifferences(xs, dy, gamma, beta, eps),
    dGamma: bw.dGamma,
    dBeta: bw.dBeta,
    sumDx: bw.dx.reduce((s, d) => s + d, 0),
    dotXHat: bw.dx.reduce((s, d, i) => s + d * steps.xHat[i], 0),
  };
}

/** The numbers of the live formulas for the selected i (1-based). */
export function formulaValues(model: BackwardModel, i: number): Record<string, number> {
  const k = i - 1;
  const path = model.paths[k];
  return {
    i,
    m: model.m,
    gamma: model.gamma,
    dyi: model.dy[k],
    dxhati: model.dxHat[k],
    sumdevs: model.sumDevs,
    ve: model.varianceEps,
    dv: model.dVariance,
    sumdxhat: model.sumDxHat,
    sd: model.std,
    mf: model.meanFactor,
    dm: model.dMean,
    dev: model.deviations[k],
    t1: path.direct,
    t2: path.variance,
    t3: path.mean,
    dxi: model.dx[k],
    dg: model.dGamma,
    db: model.dBeta,
  };
}

const NUMBER = /^[-−]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

export type GradientRead =
  | { readonly ok: true; readonly values: number[] }
  | { readonly ok: false; readonly reason: 'count' | 'notNumber' | 'outOfRange'; readonly token?: string };

/** A typed ∂ℓ/∂y (commas, spaces or semicolons between values; '−' or '-') or the URL's '_'-joined one: exactly m values within ±DY_LIMIT. */
export function readGradient(text: string, m = M): GradientRead {
  const tokens = text.split(/[\s,;_]+/).filter((token) => token !== '');
  const values: number[] = [];
  for (const token of tokens) {
    const value = Number(token.replace('−', '-'));
    if (!NUMBER.test(token) || !Number.isFinite(value)) return { ok: false, reason: 'notNumber', token };
    if (Math.abs(value) > DY_LIMIT) return { ok: false, reason: 'outOfRange', token };
    values.push(value + 0);
  }
  if (values.length !== m) return { ok: false, reason: 'count', token: String(values.length) };
  return { ok: true, values };
}

/** The URL text of ∂ℓ/∂y: String() of each value (read back exactly), joined by '_'. */
export const encodeGradient = (values: readonly number[]): string => values.map((v) => String(v + 0)).join(SEPARATOR);
