/** English UI strings of the gd-steps widget: the browser loads them as the widget starts (src/widgets/kit/strings.ts). */
export const strings = {
  // ——— Gradient descent on the valley (src/widgets/gd-steps/) ———
  gdTitle: 'Gradient descent on the valley',
  gdCaption: 'J(θ) = θ₁² + 10θ₂² from θ₀ = (−4, 1), one update θ ← θ − η∇J(θ) per step. Below η = 0.1 the path converges; above it, it diverges.',
  gdEta: 'η (learning rate)',
  gdPresets: 'The seminar’s values:',
  gdPlot: 'Contour plot of J(θ) = θ₁² + 10θ₂² over θ₁ and θ₂, with the path gradient descent has taken and its next step',
  gdPath: 'gradient descent',
  gdStable: 'η is below 2/20 = 0.1: each step multiplies θ₂ by 1 − 20η = {factor}, which shrinks it, so the path converges.',
  gdUnstable: 'η is above 2/20 = 0.1: each step multiplies θ₂ by 1 − 20η = {factor}, which grows it, so the path will diverge.',
  gdConverged: 'Converged: J fell below 10⁻⁶ at step {step}.',
  gdSummary: 'Step {step}: θ = ({a}, {b}), J = {loss}.',
} as const;
