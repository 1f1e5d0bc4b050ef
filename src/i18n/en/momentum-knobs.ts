/** English UI strings of the momentum-knobs widget: the browser loads them as the widget starts (src/widgets/kit/strings.ts). */
export const strings = {
  // ——— Momentum's two knobs (src/widgets/momentum-knobs/) ———
  mkTitle: 'Momentum’s two knobs',
  mkCaption:
    'J(θ) = θ₁² + κθ₂² from θ₀ = (−4, 1), with the seminar’s momentum v = γv + η∇J(θ), θ = θ − v, beside gradient descent at its best η. The map shows how fast momentum converges for every pair (η, γ).',
  mkKappa: 'κ (condition number)',
  mkEta: 'η (learning rate)',
  mkGamma: 'γ (momentum)',
  mkOptimal: 'Optimal η and γ',
  mkDeck: 'The chapter’s η and γ',
  mkKeysOptimal: 'Set the optimal η and γ',
  mkMomentum: 'momentum',
  mkGdBest: 'gradient descent, best η',
  mkStep: 'step',
  mkHeatLabel:
    'Heat map of momentum’s convergence rate ρ over η (across, 0 to the point where no γ converges) and γ (up, 0 to 0.99) for κ = {kappa}: blue where it converges, darker the faster; orange where it diverges; a line marks ρ = 1, the edge of the stable region',
  mkHeatPoints: 'The current pair η = {eta}, γ = {gamma} (rate {rate}) and the optimal pair η* = {etaBest}, γ* = {gammaBest} (rate {rateBest})',
  mkHeatCurrent: 'your (η, γ)',
  mkHeatBest: 'optimal (η*, γ*)',
  mkPathLabel: 'Contour plot of J(θ) = θ₁² + {kappa}θ₂² with the paths of momentum (η = {eta}, γ = {gamma}) and of gradient descent (η = {etaGd})',
  mkLossLabel: 'J(θ) per step on a log scale, for momentum and for gradient descent at its best η',
  mkStable:
    'Converges: the rate is ρ = {rate}, so the error shrinks tenfold about every {steps} steps. Stable while ηλₘₐₓ = {product} stays below 2(1 + γ) = {limit}.',
  mkExact: 'Converges at once: ρ = 0, the error vanishes after a few steps.',
  mkUnstable: 'Diverges: ηλₘₐₓ = {product} is not below 2(1 + γ) = {limit} (η must be under {etaLimit}), so ρ = {rate} ≥ 1 and each step makes the error larger.',
  mkCompare: 'Best momentum (η* = {etaBest}, γ* = {gammaBest}): ρ* = {rateBest}. Best plain gradient descent (η = {etaGd}): ρ = {rateGd}.',
  mkFormulaLabel: 'Momentum’s update with the current η and γ, its convergence rate, and the optimal settings',
  mkRateHead: 'Rate: the largest root at each end of the spectrum',
  mkBestHead: 'Optimal momentum, and gradient descent’s best',
  mkConvention:
    'The seminar’s form keeps η inside v. PyTorch’s SGD(momentum=μ) writes v = μv + g, θ = θ − ηv: the same path and the same rate for a constant η (γ = μ).',
  mkSummary: 'Step {step}: J = {loss} with momentum, {gdLoss} with gradient descent. {verdict}',
} as const;
