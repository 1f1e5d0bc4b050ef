/**
 * The "with and without batch normalization" widget's URL table. The network, data and number of
 * steps are fixed (model.ts); the reader picks the hidden activation, η (log slider), the seed, which
 * hidden layer's watched unit the percentile charts show, and for the BN network whether they show the
 * activation's input (after BN) or the dense output before BN.
 */
import { SEED_MAX } from '../kit/controls/seed';
import { defineUrlTable } from '../kit/url-state';
import { HIDDEN } from './model';

export const ACTIVATIONS = ['tanh', 'sigmoid'] as const;
export const ETA_MIN = 0.01;
export const ETA_MAX = 30;
/**
 * The defaults show the story (tests/unit/widgets/bn-with-without/): with tanh at η = 10 the plain
 * network saturates and stalls at chance while the BN network learns the circles.
 */
export const DEFAULT_ETA = 10;
export const DEFAULT_SEED = 1;
/** Steps per second offered; one step is one mini-batch update of each network still training. */
export const SPEEDS: readonly number[] = [50, 200, 800];
export const LAYERS = Array.from({ length: HIDDEN }, (_, k) => String(k + 1));
export const VIEWS = ['after', 'before'] as const;

export const BN_TABLE = defineUrlTable([
  { key: 'act', type: 'enum', values: ACTIVATIONS, default: 'tanh' },
  { key: 'eta', type: 'number', default: DEFAULT_ETA, min: ETA_MIN, max: ETA_MAX },
  { key: 'seed', type: 'int', default: DEFAULT_SEED, min: 0, max: SEED_MAX },
  { key: 'layer', type: 'enum', values: LAYERS, default: String(HIDDEN) },
  { key: 'view', type: 'enum', values: VIEWS, default: 'after' },
  { key: 'speed', type: 'enum', values: ['50', '200', '800'], default: '200' },
]);
