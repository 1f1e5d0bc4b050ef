/**
 * The optimizers chapter's worked numbers, computed by the core's optimizers at build time (the
 * chapter types none of them): gradient descent on the valley, momentum and NAG on the bowl, Adagrad's
 * two steps, RMSProp's memory, AdaDelta's slow start and Adam's two steps.
 */
export * from './adadelta-start';
export * from './adagrad-steps';
export * from './adam-steps';
export * from './bowl-steps';
export * from './rmsprop-memory';
export * from './valley-rates';
