/** English UI strings of the layer-matrices widget: the browser loads them as the widget starts (src/widgets/kit/strings.ts). */
export const strings = {
  // ——— Whole layers at once (src/widgets/layer-matrices/, components/LayerMatrices.astro) ———
  lmTitle: 'Whole layers at once',
  lmCaption: 'The backprop stepper’s network with its backward pass taken one layer at a time, as matrices and vectors. Point at an entry of a result, or Tab to it, to see the per-unit step it equals.',
  lmNetwork: 'Network',
  lmNet222: '2-2-2 (the stepper’s)',
  lmNet221: '2-2-1 (chapter 1’s example)',
  lmInput: 'Input {name}',
  lmTarget: 'Target {name}',
  lmSettingsLine: 'Network {net}, x = ({x}), y′ = ({t})',
  lmMatrices: 'The step as matrices and vectors',
  lmDetailLabel: 'The entry in use',
  lmForward: 'Forward pass: net⁽ˡ⁾ = W⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾, a⁽ˡ⁾ = f(net⁽ˡ⁾)',
  lmStart: 'Press Next (or →) to compute the output layer’s δ as one vector.',
  lmExplainOut: 'Each output unit’s error times its own slope: ⊙ multiplies entry by entry.',
  lmExplainHidden: 'Row j of {W}ᵀ is column j of {W}: the weights leaving unit j. So entry j of {W}ᵀ{d} adds up what the units above send back along them.',
  lmExplainGrad: 'A column times a row: entry [j][i] is δⱼ of the receiving unit times the value entering along the edge from i, so the result has the shape of {W}.',
  lmStepperStep: 'In the stepper, step {n} of {total}:',
  lmDiagram: 'The network: weights on the edges, x under the inputs, each layer’s δ under its units once computed',
  lmDiagramNote: 'Under the units: x, then each layer’s δ once computed. Highlighted: what the entry in use is made of.',
  lmSummaryStart: 'Forward pass done: y = ({y}). No δ computed yet.',
  lmSummaryStep: 'Step {step} of {total}: {rule}.',
} as const;
