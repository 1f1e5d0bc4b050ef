/**
 * The delta-rule widget's settings: the URL table (namespace = the widget's id, e.g.
 * `?delta-rule.gate=xor&delta-rule.alpha=0.25`) and the initial weights they stand for. Defaults: the
 * chapter's hand table (core/examples/delta-rule.ts).
 *
 * Initial weights are typed (w1, w2, b) or drawn from a seed: w₁, w₂, b in that order, each
 * createRng(seed).uniform(−0.5, 0.5) rounded to 2 decimals, so a student can still check every
 * update by hand (with α on a 0.01 grid, every value stays a multiple of 0.01).
 */
import type { LogicGateName } from '../../core/datasets/logic-gates';
import { DELTA_RULE_EXAMPLE } from '../../core/examples/delta-rule';
import { createRng } from '../../core/random';
import { roundTo } from '../../core/rounding';
import { defineUrlTable, type UrlState } from '../kit/url-state';

export const GATES = ['and', 'or', 'nand', 'xor'] as const satisfies readonly LogicGateName[];
export type Gate = (typeof GATES)[number];

/** α: learning rate. */
export const ALPHA = { min: 0.01, max: 1, step: 0.01 } as const;
/** Typed initial weights and bias. */
export const WEIGHT = { min: -1, max: 1, step: 0.1 } as const;
/** Seeded initial weights are drawn from uniform(−SEED_SPREAD, SEED_SPREAD). */
export const SEED_SPREAD = 0.5;

export const DELTA_RULE_TABLE = defineUrlTable([
  { key: 'gate', type: 'enum', values: GATES, default: DELTA_RULE_EXAMPLE.gate },
  { key: 'alpha', type: 'number', min: ALPHA.min, max: ALPHA.max, default: DELTA_RULE_EXAMPLE.alpha },
  { key: 'init', type: 'enum', values: ['typed', 'seed'], default: 'typed' },
  { key: 'w1', type: 'number', min: WEIGHT.min, max: WEIGHT.max, default: DELTA_RULE_EXAMPLE.weights[0] },
  { key: 'w2', type: 'number', min: WEIGHT.min, max: WEIGHT.max, default: DELTA_RULE_EXAMPLE.weights[1] },
  { key: 'b', type: 'number', min: WEIGHT.min, max: WEIGHT.max, default: DELTA_RULE_EXAMPLE.bias },
  { key: 'seed', type: 'int', min: 0, max: 4294967295, default: 1 },
] as const);

export type DeltaRuleSettings = UrlState<typeof DELTA_RULE_TABLE>;

export interface InitialWeights {
  readonly w1: number;
  readonly w2: number;
  readonly b: number;
}

/** w₁, w₂, b drawn in that order from createRng(seed), uniform(−0.5, 0.5), rounded to 2 decimals (never −0). */
export function seededWeights(seed: number): InitialWeights {
  const rng = createRng(seed);
  const draw = () => roundTo(rng.uniform(-SEED_SPREAD, SEED_SPREAD), 2);
  const w1 = draw();
  const w2 = draw();
  const b = draw();
  return { w1, w2, b };
}

/** The weights a run starts from: the typed ones, or the seed's. */
export function initialWeights(settings: DeltaRuleSettings): InitialWeights {
  return settings.init === 'seed' ? seededWeights(settings.seed) : { w1: settings.w1, w2: settings.w2, b: settings.b };
}
