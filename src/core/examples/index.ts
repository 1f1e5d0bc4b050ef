/**
 * The course's worked examples, each defined once: the widgets' defaults, the build-time diagrams and
 * formulas, the trace CLI's example files (examples/trace/, checked against these) and the tests all
 * read them from here. Frozen: take a copy to edit one.
 */
export * from './chain';
export * from './delta-rule';
export * from './dropout';
export * from './gate-lines';
export * from './two-two-one';
export * from './two-two-two';
export * from './valley';
export * from './xor-gates';
