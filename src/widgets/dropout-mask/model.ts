/**
 * The dropout-mask widget's numbers, every one from the core (src/core/layers/dropout.ts): one unit
 * of the next layer fed by a layer of five units under dropout, in the mode and form chosen, and the
 * same unit in all four combinations of training / inference × original / inverted, so the widget
 * can show where the factor 1 − p goes in each. Pure, no DOM (tests/unit/widgets/dropout-mask/).
 */
import { createRng, drawDropoutMask, dropoutNextUnit, maskProbability, type DropoutUnitReading, type DropoutVariant, type Mode } from '../../core';
import { R_KEYS, UNITS, W_KEYS, Y_KEYS } from './state';

export interface MaskState {
  readonly p: number;
  readonly mode: Mode;
  readonly form: DropoutVariant;
  readonly r1: number;
  readonly r2: number;
  readonly r3: number;
  readonly r4: number;
  readonly r5: number;
  readonly y1: number;
  readonly y2: number;
  readonly y3: number;
  readonly y4: number;
  readonly y5: number;
  readonly w1: number;
  readonly w2: number;
  readonly w3: number;
  readonly w4: number;
  readonly w5: number;
  readonly seed: number;
}

/** A remark the widget shows under the numbers (its text is in the dictionaries, key dm<Note>). */
export type Note = 'noDropout' | 'maskImpossible' | 'allDropped' | 'inverseUndefined' | 'inferenceZero';

export interface Reading {
  readonly y: readonly number[];
  readonly w: readonly number[];
  readonly r: readonly number[];
  readonly p: number;
  /** The keep probability 1 − p. */
  readonly keep: number;
  /** The unit in the chosen mode and form. */
  readonly unit: DropoutUnitReading;
  /** The four combinations, for the table of where the factor goes. */
  readonly table: Readonly<Record<DropoutVariant, Readonly<Record<Mode, DropoutUnitReading>>>>;
  /** z without dropout, Σ w_j y_j. */
  readonly full: number;
  /** How many units the mask keeps. */
  readonly kept: number;
  /** The probability of drawing exactly this mask at this p. */
  readonly probability: number;
  /** The expected number of dropped units, n·p. */
  readonly expectedDropped: number;
  readonly notes: readonly Note[];
}

export function reading(state: MaskState): Reading {
  const y = Y_KEYS.map((key) => state[key]);
  const w = W_KEYS.map((key) => state[key]);
  const r = R_KEYS.map((key) => state[key]);
  const { p } = state;
  const combo = (form: DropoutVariant, mode: Mode) => dropoutNextUnit(y, w, r, p, form, mode);
  const table = {
    deck: { train: combo('deck', 'train'), inference: combo('deck', 'inference') },
    inverted: { train: combo('inverted', 'train'), inference: combo('inverted', 'inference') },
  };
  const unit = table[state.form][state.mode];
  const kept = r.reduce((n, v) => n + v, 0);
  const probability = maskProbability(r, p);
  const notes: Note[] = [];
  if (p === 0) notes.push('noDropout');
  if (state.mode === 'train' && probability === 0) notes.push('maskImpossible');
  if (state.mode === 'train' && kept === 0) notes.push('allDropped');
  if (p === 1 && state.form === 'inverted') notes.push('inverseUndefined');
  if (p === 1 && state.form === 'deck' && state.mode === 'inference') notes.push('inferenceZero');
  return {
    y,
    w,
    r,
    p,
    keep: 1 - p,
    unit,
    table,
    full: table.inverted.inference.z,
    kept,
    probability,
    expectedDropped: UNITS * p,
    notes,
  };
}

/**
 * The k-th mask the "draw a new mask" button gives for a seed (k = 1, 2, …): the seed's Rng, the
 * first (k − 1)·5 draws passed over, then five draws as the dropout layer makes them. The same seed
 * and count always give the same mask, and a mask does not depend on earlier p's.
 */
export function drawnMask(seed: number, k: number, p: number): (0 | 1)[] {
  const rng = createRng(seed);
  for (let skip = 0; skip < (k - 1) * UNITS; skip++) rng.next();
  return drawDropoutMask(UNITS, p, rng);
}

/** The state patch that sets the mask r. */
export function maskPatch(r: readonly number[]): Pick<MaskState, (typeof R_KEYS)[number]> {
  return { r1: r[0], r2: r[1], r3: r[2], r4: r[3], r5: r[4] };
}

/** The numbers of the live formulas (formulas.ts): keep, r1…r5, w1…w5, v1…v5 (values passed on), t1…t5 (terms), z. */
export function formulaValues(now: Reading): Record<string, number> {
  const values: Record<string, number> = { keep: now.keep, z: now.unit.z };
  now.r.forEach((v, j) => (values[`r${j + 1}`] = v));
  now.w.forEach((v, j) => (values[`w${j + 1}`] = v));
  now.unit.passed.forEach((v, j) => (values[`v${j + 1}`] = v));
  now.unit.terms.forEach((v, j) => (values[`t${j + 1}`] = v));
  return values;
}
