/**
 * The loss-example widget's URL table: how many examples are shown (n) and, for each of up to five,
 * the real value yᵢ and the prediction yᵢᵖ (the deck's MAE/MSE notation). The first row is the deck's
 * example (real value 500, prediction 350); the others are what "add an example" brings in: the
 * chapter's second example (350 against 500, the one that cancels the first), then two rows of the
 * chapter's MAE worked example (300 / 310, a miss of 10 for the scale question, and 200 / 260), and
 * one more of the course's own.
 */
import { defineUrlTable, type UrlState } from '../kit/url-state';
import type { Example } from './model';

/** The most examples the table shows (enough to see cancelling and scale, small enough for a projector). */
export const MAX_ROWS = 5;
/** Values on the number line: whole numbers 0 … 1000 (the deck's example lives at 350 and 500). */
export const VALUE_MIN = 0;
export const VALUE_MAX = 1000;
/** The real value and the prediction of each row when it is first shown. */
export const ROW_DEFAULTS: readonly { readonly y: number; readonly p: number }[] = [
  { y: 500, p: 350 },
  { y: 350, p: 500 },
  { y: 300, p: 310 },
  { y: 200, p: 260 },
  { y: 700, p: 640 },
];

const value = <K extends string>(key: K, fallback: number) => ({ key, type: 'int', default: fallback, min: VALUE_MIN, max: VALUE_MAX }) as const;

export const LX_TABLE = defineUrlTable([
  { key: 'n', type: 'int', default: 1, min: 1, max: MAX_ROWS },
  value('y1', ROW_DEFAULTS[0].y),
  value('p1', ROW_DEFAULTS[0].p),
  value('y2', ROW_DEFAULTS[1].y),
  value('p2', ROW_DEFAULTS[1].p),
  value('y3', ROW_DEFAULTS[2].y),
  value('p3', ROW_DEFAULTS[2].p),
  value('y4', ROW_DEFAULTS[3].y),
  value('p4', ROW_DEFAULTS[3].p),
  value('y5', ROW_DEFAULTS[4].y),
  value('p5', ROW_DEFAULTS[4].p),
]);

export type LxState = UrlState<typeof LX_TABLE>;
export const Y_KEYS = ['y1', 'y2', 'y3', 'y4', 'y5'] as const;
export const P_KEYS = ['p1', 'p2', 'p3', 'p4', 'p5'] as const;

/** The shown examples of a state: the first n rows. */
export function examplesOf(state: LxState): Example[] {
  return Y_KEYS.slice(0, state.n).map((key, i) => ({ y: state[key], p: state[P_KEYS[i]] }));
}
