/**
 * The live formulas (typeset at build time by components/LmsGradient.astro, numbers filled in by the
 * element), in the chapter's symbols, for the example the next step uses. Names: model.ts formulaValues.
 */
/** LMS: its output is net, its error E = ½(d − net)². */
export const LMS_ERROR_TEX = String.raw`E = \tfrac{1}{2}(d - \text{net})^2 = \tfrac{1}{2}(\live{d} - \live[3p]{net})^2 = \live{e}`;
/** The slope, for any i: one number times xᵢ. */
export const LMS_SLOPE_TEX = String.raw`\frac{\partial E}{\partial w_i} = -(d - \text{net})\, x_i = \live[3p]{slope}\, x_i`;
/** The perceptron rule: y = step(net) where LMS has net, with the perceptron's own weights. */
export const PERCEPTRON_Y_TEX = String.raw`y = \text{step}(\text{net}) = \text{step}(\live[3p]{pnet}) = \live{y}`;
export const PERCEPTRON_DELTA_TEX = String.raw`\Delta w_i = \alpha\,(d - y)\, x_i = \live{alpha}\,(\live{d} - \live{y})\, x_i`;
