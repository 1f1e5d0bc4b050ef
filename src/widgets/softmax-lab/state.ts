/**
 * The softmax lab's URL state: K (3 to 5 logits), the logits z₁ … z₅ (only the first K count), the
 * temperature T, the constant c added to every logit, and the class j whose formula is written out.
 *
 * Default logits: the chapter's worked example z = (2, 1, 0.1) (then −1 and 0.5 for a 4th and 5th).
 * c reaches ±1000 so that z + c passes 709.78, where e^x overflows float64: the literal formula then
 * gives NaN while the max-subtracted one does not.
 */
import { defineUrlTable, type UrlState } from '../kit/url-state';

export const MIN_K = 3;
export const MAX_K = 5;
/** |z_k| ≤ this (the bars' range). */
export const Z_LIMIT = 5;
export const T_MIN = 0.1;
export const T_MAX = 10;
/** |c| ≤ this: enough to overflow e^x (x > 709.78) with room to spare. */
export const C_LIMIT = 1000;
/** The "large logits" preset: every logit pushed up by 1000, as in the chapter's (1000, 999, 998.1). */
export const LARGE_C = 1000;

const logit = <N extends number>(n: N, value: number) => ({ key: `z${n}` as `z${N}`, type: 'number', default: value, min: -Z_LIMIT, max: Z_LIMIT }) as const;

export const SOFTMAX_TABLE = defineUrlTable([
  { key: 'k', type: 'int', default: 3, min: MIN_K, max: MAX_K },
  logit(1, 2),
  logit(2, 1),
  logit(3, 0.1),
  logit(4, -1),
  logit(5, 0.5),
  { key: 't', type: 'number', default: 1, min: T_MIN, max: T_MAX },
  { key: 'c', type: 'number', default: 0, min: -C_LIMIT, max: C_LIMIT },
  { key: 'j', type: 'int', default: 1, min: 1, max: MAX_K },
] as const);

export type SoftmaxState = UrlState<typeof SOFTMAX_TABLE>;

export const LOGIT_KEYS = ['z1', 'z2', 'z3', 'z4', 'z5'] as const;
export type LogitKey = (typeof LOGIT_KEYS)[number];
