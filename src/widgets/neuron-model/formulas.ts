/**
 * The live formula (typeset at build time by components/NeuronModel.astro, numbers filled in by the
 * element): the chapter's y = f(Σᵢ wᵢxᵢ + b) for n = 3, then with the numbers — the weights and inputs,
 * the products, net and y. Names: model.ts formulaValues.
 */

/** The chapter's formula, then the numbers substituted step by step. */
export const NEURON_TEX = String.raw`\begin{aligned} y &= f\Bigl(\sum_{i=1}^{3} w_i x_i + b\Bigr) \\ &= f\bigl(\live[3p]{w1} \cdot \live[3p]{x1} + \live[3p]{w2} \cdot \live[3p]{x2} + \live[3p]{w3} \cdot \live[3p]{x3} + \live[3p]{b}\bigr) \\ &= f\bigl(\live[3p]{p1} + \live[3p]{p2} + \live[3p]{p3} + \live[3p]{b}\bigr) = f(\live{net}) = \live{y} \end{aligned}`;

/** Full screen: the formula with net and y, and net's terms on a line of their own (as the bars show them). */
export const NEURON_SHORT_TEX = String.raw`\begin{aligned} y &= f\Bigl(\sum_{i=1}^{3} w_i x_i + b\Bigr) = f(\live{net}) = \live{y} \\ \text{net} &= \live[3p]{p1} + \live[3p]{p2} + \live[3p]{p3} + \live[3p]{b} \end{aligned}`;
