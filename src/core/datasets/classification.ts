/**
 * The shared recipe of the 2-D classification sets (circles, spirals, moons, blobs): each class's
 * points are placed evenly along its curve (or at its centre), Gaussian noise with standard deviation
 * `noise` is added to each coordinate, the labels are written, and the rows are shuffled.
 */
import { createMatrix } from '../matrix';
import type { Rng } from '../random';
import type { Dataset, LabelEncoding } from './dataset';
import { requireInteger, requireNonNegative, selectExamples } from './dataset';
import { classSizes, labelColumns, resolveEncoding, writeLabel } from './labels';

export interface ClassificationOptions {
  /** Number of examples, shared between the classes as evenly as possible (see classSizes). */
  n: number;
  /** Standard deviation of the Gaussian noise added to each coordinate; default 0 (points exactly on the curves). */
  noise?: number;
  /** 'binary' (one 0/1 column; the default for two classes) or 'one-hot' (the default for more). */
  labels?: LabelEncoding;
  /** Shuffle the rows (default true); false keeps class 0's points first, in curve order. */
  shuffle?: boolean;
}

/**
 * Writes into `point` (length 2) the noise-free position of example `i` of `size` in class `c`.
 */
export type PointOnCurve = (c: number, i: number, size: number, point: Float64Array) => void;

export function buildClassification(
  options: ClassificationOptions,
  classes: number,
  rng: Rng,
  pointOnCurve: PointOnCurve,
): Dataset {
  const { n, noise = 0, shuffle = true } = options;
  requireInteger('classes', classes, 2);
  requireInteger('n', n, classes);
  requireNonNegative('noise', noise);
  const encoding = resolveEncoding(classes, options.labels);
  const x = createMatrix(n, 2);
  const y = createMatrix(n, labelColumns(classes, encoding));
  const point = new Float64Array(2);
  let row = 0;
  classSizes(n, classes).forEach((size, c) => {
    for (let i = 0; i < size; i++, row++) {
      pointOnCurve(c, i, size, point);
      x.data[row * 2] = point[0] + (noise > 0 ? rng.normal(0, noise) : 0);
      x.data[row * 2 + 1] = point[1] + (noise > 0 ? rng.normal(0, noise) : 0);
      writeLabel(y, row, c, encoding);
    }
  });
  const dataset: Dataset = { x, y };
  if (!shuffle) return dataset;
  const order = rng.shuffle(Uint32Array.from({ length: n }, (_, k) => k));
  return selectExamples(dataset, order);
}
