/**
 * The live formulas (typeset at build time by components/SgdVsGd.astro, numbers filled in by the
 * element; names: model.ts formulaValues): the deck's SGD update written with the mini-batch mean
 * (the chapter's ∇θJ_B), SGD's last mini-batch gradient against the true gradient at SGD's point, and
 * the spread of a mini-batch gradient.
 */

/** The update, then the last batch's gradient against the full one, at SGD's current point. */
export const SGD_TEX = String.raw`\begin{aligned} \theta_{t+1} &= \theta_t - \eta\, \nabla_\theta J_B(\theta_t), \qquad \nabla_\theta J_B = \frac{1}{|B|} \sum_{i \in B} \nabla_\theta J(\theta; x^{(i)}; y^{(i)}) \\ \nabla_\theta J_B &= (\live{gw},\; \live{gb}) \quad\text{vs}\quad \nabla_\theta J = (\live{tw},\; \live{tb}) \end{aligned}`;

/** The spread of ∇J_B over random batches (without replacement, N = n). */
export const SPREAD_TEX = String.raw`\operatorname{sd}\bigl(\nabla_\theta J_B\bigr) = \frac{\sigma}{\sqrt{|B|}} \sqrt{\frac{N - |B|}{N - 1}} = (\live{sw},\; \live{sb})`;
