/**
 * The live formulas (typeset at build time by components/LearningRates.astro, numbers filled in by the
 * element; names from model.ts formulaValues): the deck's two update rules, each with the stability
 * limit on η derived in src/core/learning-rate-limits.ts and the current numbers.
 */

/** Gradient descent: θ ← θ − η∇J; along curvature λ a step multiplies the distance by 1 − ηλ. */
export const GD_TEX = String.raw`\theta_{t+1} = \theta_t - \eta \nabla_{\theta} J(\theta_t): \quad |1 - \eta\lambda| < 1 \iff \eta < \frac{2}{\lambda_{\max}} = \frac{2}{\live{lmax}} = \live{gdlim}`;

/** Momentum in the deck's form; the 2×2 map has determinant γ and trace 1 − ηλ + γ. */
export const MOMENTUM_TEX = String.raw`v_t = \gamma v_{t-1} + \eta \nabla_{\theta} J(\theta),\ \theta = \theta - v_t: \quad \eta < \frac{2(1 + \gamma)}{\lambda_{\max}} = \frac{2(1 + \live{gamma})}{\live{lmax}} = \live{momlim}`;
