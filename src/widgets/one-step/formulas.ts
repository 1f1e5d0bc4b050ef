/**
 * The live formulas (typeset at build time by components/OneStep.astro, numbers filled in by the
 * element): the seminar's update w = w − η * ∂E/∂w with the numbers, the error the step reaches, the
 * tangent's promise E(w) − ηg², and what separates them. Names: model.ts formulaValues.
 */

/** The update, in the seminar's form, then with its numbers. */
export const UPDATE_TEX = String.raw`\begin{aligned} w &= w - \eta * \frac{\partial E}{\partial w} \\ &= \live[3p]{w} - \live{eta} * \live[3p]{g} = \live{next} \end{aligned}`;

/** The error reached against the tangent's promise. */
export const PROMISE_TEX = String.raw`\begin{aligned} E(w - \eta g) &= E(\live{next}) = \live{actual} \\ E(w) - \eta g^2 &= \live{error} - \live{eta} \cdot \live[3p]{g}^2 = \live{predicted} \end{aligned}`;

/** The gap, the bend's share of the step. */
export const GAP_TEX = String.raw`E(w - \eta g) - \bigl(E(w) - \eta g^2\bigr) = \live{gap}`;
