/**
 * The linear-collapse widget's URL table (`?linear-collapse.act=tanh`): the hidden layer's activation
 * f, the seed of the initial weights, the step size η, the traced input x = (x₁, x₂) at which the
 * network and Ax + c are compared, and the training speed. The network is always 2-2-1: two hidden
 * units, so the picture after layer 1 is a plane again.
 */
import { SEED_MAX } from '../kit/controls/seed';
import { defineUrlTable, type UrlState } from '../kit/url-state';

export const ACTIVATIONS = ['linear', 'tanh', 'relu', 'sigmoid'] as const;
export type HiddenActivation = (typeof ACTIVATIONS)[number];

/** The input plane drawn: the four XOR points with half a unit around them. */
export const PLANE: readonly [number, number] = [-0.5, 1.5];
/** The traced input may leave the drawn plane a little, not far. */
export const X_MIN = -2;
export const X_MAX = 3;
export const ETA_MIN = 0.01;
export const ETA_MAX = 10;
/** Epochs per second offered (one step is one epoch: one full-batch update on the four points). */
export const SPEEDS: readonly number[] = [10, 30, 100, 300];
/** The run stops here; long enough for tanh to settle, and the linear net is stuck long before. */
export const MAX_EPOCHS = 3000;

/**
 * Defaults: seed 30 with η = 2. Its W₁ starts with nearly perpendicular rows, so the grid after layer 1
 * is a readable parallelogram grid rather than a thin strip. From these weights tanh gets all four
 * points right at epoch 121, ReLU at 40, sigmoid at 738 (about 4, 1.5 and 25 s at 30 epochs/s); linear
 * never does. Pinned by tests/unit/widgets/linear-collapse/model.test.ts.
 */
export const DEFAULT_SEED = 30;
export const DEFAULT_ETA = 2;

export const COLLAPSE_TABLE = defineUrlTable([
  { key: 'act', type: 'enum', values: ACTIVATIONS, default: 'linear' },
  { key: 'seed', type: 'int', default: DEFAULT_SEED, min: 0, max: SEED_MAX },
  { key: 'eta', type: 'number', default: DEFAULT_ETA, min: ETA_MIN, max: ETA_MAX },
  { key: 'x1', type: 'number', default: 1, min: X_MIN, max: X_MAX },
  { key: 'x2', type: 'number', default: 1, min: X_MIN, max: X_MAX },
  { key: 'speed', type: 'enum', values: ['10', '30', '100', '300'], default: '30' },
] as const);

export type CollapseState = UrlState<typeof COLLAPSE_TABLE>;
