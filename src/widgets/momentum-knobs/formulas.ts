/**
 * The live formulas (typeset at build time by components/MomentumKnobs.astro, numbers filled in by the
 * element): the deck's momentum with the current η and γ, the rate as the largest root of the
 * iteration's characteristic polynomial at each end of the valley's spectrum, and the best pair next to
 * gradient descent's best rate. Names: model.ts formulaValues.
 */

/** The deck's form, η inside the velocity. */
export const UPDATE_TEX = String.raw`v_t = \live{gamma}\, v_{t-1} + \live{eta}\, \nabla_{\theta} J(\theta), \qquad \theta = \theta - v_t`;

/** (v, θ) ← M(v, θ), M = [[γ, ηλ], [−γ, 1 − ηλ]]: its eigenvalues μ; ρ the largest |μ| over both ends. */
export const RATE_TEX = String.raw`\begin{gathered} \mu^2 - (1 + \gamma - \eta\lambda)\,\mu + \gamma = 0 \\ \rho = \max\bigl(|\mu|_{\lambda = \live{lmin}},\ |\mu|_{\lambda = \live{lmax}}\bigr) = \max(\live{rmin}, \live{rmax}) = \live{rate} \end{gathered}`;

/** The heavy ball's best pair and gradient descent's best rate. */
export const BEST_TEX = String.raw`\begin{gathered} \eta^* = \Bigl(\frac{2}{\sqrt{\lambda_{\max}} + \sqrt{\lambda_{\min}}}\Bigr)^{2} = \live{etaBest}, \qquad \gamma^* = \Bigl(\frac{\sqrt{\kappa} - 1}{\sqrt{\kappa} + 1}\Bigr)^{2} = \live{gammaBest} \\ \rho^* = \sqrt{\gamma^*} = \live{rateBest} \end{gathered}`;

export const GD_TEX = String.raw`\eta = \frac{2}{\lambda_{\min} + \lambda_{\max}} = \live{etaGd}, \quad \gamma = 0: \quad \rho = \frac{\kappa - 1}{\kappa + 1} = \live{rateGd}`;
