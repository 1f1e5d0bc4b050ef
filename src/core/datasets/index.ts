/**
 * Seeded dataset makers. Every maker takes its options and an Rng (never Math.random) and returns
 * { x, y } as matrices with one row per example.
 */
export type { Dataset, LabelEncoding } from './dataset';
export { selectExamples, selectRows } from './dataset';
export { classOf, classSizes } from './labels';
export type { ClassificationOptions } from './classification';
export { makeLogicGate, logicGateNames, type LogicGateName } from './logic-gates';
export { makeCircles, type CirclesOptions } from './circles';
export { makeSpirals, type SpiralsOptions } from './spirals';
export { makeMoons } from './moons';
export { makeBlobs, type BlobsOptions } from './blobs';
export {
  makeRegression1d,
  regressionCurve,
  type RegressionCurve,
  type RegressionDataset,
  type RegressionOptions,
} from './regression';
export { trainTestSplit, type TrainTestSplit } from './split';
