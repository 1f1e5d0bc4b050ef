/**
 * How fast momentum converges on a quadratic, in the deck's form
 *
 *   v_t = γ·v_{t−1} + η·∇J(θ),   θ = θ − v_t.
 *
 * On J(θ) = ½·Σ λᵢ·θᵢ² (any quadratic, in the eigenbasis of its Hessian) each eigen-direction runs on
 * its own: with gradient λθ the pair (v, θ) is multiplied every step by the iteration matrix
 *
 *   v'  = γv + ηλθ
 *   θ'  = θ − v' = −γv + (1 − ηλ)θ        M(λ) = [[γ, ηλ], [−γ, 1 − ηλ]]   acting on (v, θ).
 *
 * Its trace is 1 + γ − ηλ and its determinant γ(1 − ηλ) + γηλ = γ, so the eigenvalues μ solve
 *
 *   μ² − (1 + γ − ηλ)·μ + γ = 0.
 *
 * The error in that direction shrinks like ρ(λ)^t, ρ = max|μ| (the spectral radius). When the roots are
 * complex (a spiralling path) |μ| = √γ, whatever ηλ. The run converges iff ρ < 1 in every direction:
 * for 0 ≤ γ < 1 that is 0 < ηλ < 2(1 + γ). The whole run's rate is the worst direction's, ρ(λ_min) or
 * ρ(λ_max) — ρ(λ) is largest at the spectrum's ends (quasi-convex in λ), so two eigenvalues say it all.
 *
 * The best pair (Polyak's heavy ball; e.g. Goh, "Why Momentum Really Works", Distill 2017) makes both
 * end directions critically damped at once: η* = (2 / (√λ_max + √λ_min))², γ* = ((√κ − 1)/(√κ + 1))²
 * with κ = λ_max/λ_min, giving ρ* = √γ* = (√κ − 1)/(√κ + 1). Plain gradient descent (γ = 0) at its best
 * η = 2/(λ_min + λ_max) has ρ = (κ − 1)/(κ + 1). Derivations: tests/unit/core/momentum-rate.test.ts.
 */

/** The two eigenvalues μ of M(λ) as complex numbers (re, im); μ₁ has the larger modulus. */
export interface MomentumRoots {
  readonly re: readonly [number, number];
  readonly im: readonly [number, number];
}

function check(eta: number, gamma: number, lambda: number): void {
  if (![eta, gamma, lambda].every(Number.isFinite)) throw new RangeError(`momentum rate: η, γ and λ must be finite, got ${eta}, ${gamma}, ${lambda}`);
}

/** The roots of μ² − (1 + γ − ηλ)μ + γ = 0: the eigenvalues of the iteration matrix for curvature λ. */
export function momentumRoots(eta: number, gamma: number, lambda: number): MomentumRoots {
  check(eta, gamma, lambda);
  const trace = 1 + gamma - eta * lambda;
  const discriminant = trace * trace - 4 * gamma;
  if (discriminant >= 0) {
    const root = Math.sqrt(discriminant);
    // Pick the root of larger size first (same sign as the trace).
    const big = trace >= 0 ? (trace + root) / 2 : (trace - root) / 2;
    const small = trace >= 0 ? (trace - root) / 2 : (trace + root) / 2;
    return { re: [big, small], im: [0, 0] };
  }
  const im = Math.sqrt(-discriminant) / 2;
  return { re: [trace / 2, trace / 2], im: [im, -im] };
}

/** ρ(λ) = max|μ|: the factor by which the error along curvature λ shrinks per step (≥ 1: it does not). */
export function momentumRootRadius(eta: number, gamma: number, lambda: number): number {
  const { re, im } = momentumRoots(eta, gamma, lambda);
  return Math.max(Math.hypot(re[0], im[0]), Math.hypot(re[1], im[1]));
}

/** The run's rate: the worst of ρ(λ_min) and ρ(λ_max). */
export function momentumRate(eta: number, gamma: number, lambdaMin: number, lambdaMax: number): number {
  return Math.max(momentumRootRadius(eta, gamma, lambdaMin), momentumRootRadius(eta, gamma, lambdaMax));
}

/** Momentum (0 ≤ γ < 1) converges along curvature λ > 0 exactly when 0 < ηλ < 2(1 + γ). */
export function momentumEtaLimit(gamma: number, lambdaMax: number): number {
  return (2 * (1 + gamma)) / lambdaMax;
}

export interface BestRate {
  readonly eta: number;
  readonly gamma: number;
  readonly rate: number;
}

function checkSpectrum(lambdaMin: number, lambdaMax: number): void {
  if (!(lambdaMin > 0 && lambdaMax >= lambdaMin && Number.isFinite(lambdaMax))) {
    throw new RangeError(`momentum rate: need 0 < λ_min ≤ λ_max, got ${lambdaMin}, ${lambdaMax}`);
  }
}

/** The heavy ball's best pair: η* = (2/(√λ_max + √λ_min))², γ* = ((√κ − 1)/(√κ + 1))², ρ* = √γ*. */
export function optimalMomentum(lambdaMin: number, lambdaMax: number): BestRate {
  checkSpectrum(lambdaMin, lambdaMax);
  const a = Math.sqrt(lambdaMin);
  const b = Math.sqrt(lambdaMax);
  const rate = (b - a) / (b + a);
  return { eta: (2 / (a + b)) ** 2, gamma: rate * rate, rate };
}

/** Plain gradient descent's best: η = 2/(λ_min + λ_max), ρ = (κ − 1)/(κ + 1); γ = 0. */
export function optimalGradientDescent(lambdaMin: number, lambdaMax: number): BestRate {
  checkSpectrum(lambdaMin, lambdaMax);
  return { eta: 2 / (lambdaMin + lambdaMax), gamma: 0, rate: (lambdaMax - lambdaMin) / (lambdaMax + lambdaMin) };
}
