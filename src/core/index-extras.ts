/**
 * Public API of the optimizers, the perceptron, step networks and the dataset makers (to be merged
 * into index.ts).
 */
export * from './optimizers';
export * from './datasets';
export * from './perceptron';
export * from './step-network';
export { toDecimalGrid, DECIMAL_PLACES } from './decimal-grid';
