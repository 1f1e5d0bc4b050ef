/**
 * The learning-rates widget's URL table: the valley's condition number κ (J = θ₁² + κθ₂²), the
 * fourth panel's η, momentum's γ (for the sweep's second curve) and the step t all four panels show.
 * It opens on the chapter's valley (κ = 10) with the deck's three pictures whole (t = T = 50).
 */
import { VALLEY_EXAMPLE } from '../../core';
import { defineUrlTable, type UrlState } from '../kit/url-state';

/** The deck's three learning rates, one panel each. */
export const DECK_ETAS: readonly number[] = VALLEY_EXAMPLE.deckEtas;
/** T: steps in every panel, and the step after which the sweep reads the loss (the chapter's pictures' 50). */
export const STEPS: number = VALLEY_EXAMPLE.steps;
/** κ from a round bowl (1) to a valley 50 times steeper across than along. */
export const KAPPA = { min: 1, max: 50, step: 1 } as const;
/** The fourth panel's η; up to 2, the limit 2/λ_max of the round bowl (κ = 1, λ_max = 2) and a little past momentum's. */
export const ETA = { min: 0.001, max: 2 } as const;
export const GAMMA = { min: 0, max: 0.99, step: 0.01 } as const;
/** Steps per second while playing. */
export const PLAY_SPEED = 8;

export const LEARNING_RATES_TABLE = defineUrlTable([
  { key: 'kappa', type: 'number', min: KAPPA.min, max: KAPPA.max, default: 10 },
  { key: 'eta', type: 'number', min: ETA.min, max: ETA.max, default: 0.09 },
  { key: 'gamma', type: 'number', min: GAMMA.min, max: GAMMA.max, default: 0.9 },
  { key: 't', type: 'int', min: 0, max: STEPS, default: STEPS },
] as const);

export type LearningRatesState = UrlState<typeof LEARNING_RATES_TABLE>;
