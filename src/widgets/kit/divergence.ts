/**
 * When a training run has diverged, judged from one loss value after each step:
 * - 'nonFinite': the loss is NaN or ±Infinity (an overflow somewhere in the step);
 * - 'runaway': the loss exceeds the ceiling (1e12), or runawayFactor (1e6) × the initial loss.
 *   The initial loss is floored at 1e-3, so a run that starts at loss ≈ 0 (a perceptron already
 *   right) does not count every wobble as a divergence: its limit is at least 1e6 × 1e-3 = 1000.
 * Pure; the runner calls it, and a widget may call it on a whole precomputed trajectory.
 */

import type { WidgetMessage } from './strings';

export type DivergenceCause = 'nonFinite' | 'runaway';

export interface DivergenceLimits {
  /** A loss above runawayFactor × max(|initial loss|, 1e-3) is a divergence. Default 1e6. */
  readonly runawayFactor?: number;
  /** A loss above this is a divergence whatever the initial loss. Default 1e12. */
  readonly runawayCeiling?: number;
}

export const DEFAULT_RUNAWAY_FACTOR = 1e6;
export const DEFAULT_RUNAWAY_CEILING = 1e12;
export const INITIAL_LOSS_FLOOR = 1e-3;

/** Why `loss` counts as divergence, or null if it does not. */
export function checkDivergence(loss: number, initialLoss: number | null, limits: DivergenceLimits = {}): DivergenceCause | null {
  if (!Number.isFinite(loss)) return 'nonFinite';
  const ceiling = limits.runawayCeiling ?? DEFAULT_RUNAWAY_CEILING;
  const factor = limits.runawayFactor ?? DEFAULT_RUNAWAY_FACTOR;
  if (loss > ceiling) return 'runaway';
  if (initialLoss !== null && Number.isFinite(initialLoss) && loss > factor * Math.max(Math.abs(initialLoss), INITIAL_LOSS_FLOOR)) {
    return 'runaway';
  }
  return null;
}

/**
 * What a widget says when its run diverged: what happened, then what to try — e.g. "Diverged at
 * step 37: the loss became NaN." and "Try a smaller η, then reset." (`symbol` is the widget's own
 * step-size symbol: η, α).
 */
export function divergenceMessages(
  stop: { readonly cause: DivergenceCause; readonly step: number; readonly loss: number },
  symbol: string,
): [WidgetMessage, WidgetMessage] {
  return [
    { key: stop.cause === 'nonFinite' ? 'divergedNonFinite' : 'divergedRunaway', params: { step: stop.step, loss: stop.loss } },
    { key: 'divergedHint', params: { symbol } },
  ];
}
