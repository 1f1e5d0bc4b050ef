/**
 * The momentum-knobs widget's URL table and its fixed problem: the chapter's valley
 * J = θ₁² + κθ₂² (the core's raceValley, κ = 10 is the chapter's) from θ₀ = (−4, 1), with the deck's
 * momentum v = γv + η∇J(θ), θ = θ − v. It opens on the chapter's numbers, η = 0.01 and γ = 0.9.
 */
import { defineUrlTable } from '../kit/url-state';

export const KAPPA = { min: 1, max: 100 } as const;
export const ETA = { min: 0.001, max: 1 } as const;
/** γ < 1: at γ = 1 nothing is ever forgotten and the run cannot settle. */
export const GAMMA = { min: 0, max: 0.99, step: 0.01 } as const;
/** Steps per second offered. */
export const SPEEDS: readonly number[] = [4, 16, 64];
/** J below this counts as arrived; the run also stops after MAX_STEPS. */
export const CONVERGED = 1e-12;
export const MAX_STEPS = 2000;

export const MOMENTUM_KNOBS_TABLE = defineUrlTable([
  { key: 'kappa', type: 'number', default: 10, min: KAPPA.min, max: KAPPA.max },
  { key: 'eta', type: 'number', default: 0.01, min: ETA.min, max: ETA.max },
  { key: 'gamma', type: 'number', default: 0.9, min: GAMMA.min, max: GAMMA.max },
  { key: 'speed', type: 'enum', values: ['4', '16', '64'], default: '16' },
] as const);
