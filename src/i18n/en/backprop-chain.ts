/** English UI strings of the backprop-chain widget: the browser loads them as the widget starts (src/widgets/kit/strings.ts). */
export const strings = {
  // ——— Backprop chain widget (src/widgets/backprop-chain/, components/BackpropChain.astro) ———
  chainTitle: 'The chain, line by line',
  chainCaption:
    'Change x, the weights, the target y′ or η: every line of the derivation shows the new numbers. Hover over or focus a factor to find it on the chain; take a step and watch E fall on the map of E over (w₁, w₂).',
  chainW1: 'w₁',
  chainW2: 'w₂',
  chainEta: 'η (learning rate)',
  chainStep: 'Take a step',
  chainKeysStep: 'Take a step: w ← w − η ∂E/∂w',
  chainDiagram: 'The chain x → h → y → E with the current values: x and h on the left, each weight on its edge, each unit’s slope under it, E at the end',
  chainFactors: 'The factors of the gradients',
  chainFactorsNote: 'Colours: orange the error, blue a unit’s slope, purple a weight on the way back, green the value entering along a weight. Hover over or focus a factor to find it in the lines and on the chain; click to keep it lit.',
  chainForward: 'Forward',
  chainGradW2: 'The output weight w₂',
  chainGradW1: 'The hidden weight w₁',
  chainUpdate: 'One step (both weights, from the same gradients)',
  chainPlot: 'Contour plot of E over w₁ (across) and w₂ (up): the current point, the trail of earlier points, and an arrow pointing downhill',
  chainTrail: 'steps taken',
  chainArrow: 'The arrow points along −∇E, the way down, drawn at a fixed length; ∇E = (∂E/∂w₁, ∂E/∂w₂) = ({g1}, {g2}), |∇E| = {norm}.',
  chainNoStep: 'No step yet: E = {E}. Take a step to apply w ← w − η ∂E/∂w to both weights.',
  chainDown: 'Step {step}: E went down from {before} to {after} (by {change}).',
  chainUp: 'Step {step}: E went UP from {before} to {after} (by {change}). η = {eta} is too large here: the step jumped past the low ground. Try a smaller η.',
  chainRefused: 'Step not taken: it would move the weights to w₁ = {w1}, w₂ = {w2}, outside the plotted range −{max} … {max}. Lower η.',
  chainSummary: 'w₁ = {w1}, w₂ = {w2}: E = {E}, ∂E/∂w₁ = {g1}, ∂E/∂w₂ = {g2}.',
} as const;
