/** English UI strings of the mse-vs-ce widget: the browser loads them as the widget starts (src/widgets/kit/strings.ts). */
export const strings = {
  // ——— Why not MSE for classification (src/widgets/mse-vs-ce/) ———
  mceTitle: 'Why not MSE for classification',
  mceCaption: 'One sigmoid neuron y = sig(wx + b) with input x = 1 and target y′ = 0, started confidently wrong, trained by gradient descent on the squared error E = ½(y − y′)² and on cross-entropy L side by side: same start, same η.',
  mceFormulaLabel: 'The next step’s gradients with their numbers: squared error, then cross-entropy',
  mceStart: 'Start (w₀, b₀ from {min} to {max})',
  mceEta: 'η (learning rate)',
  mceMse: 'MSE (E)',
  mceCe: 'cross-entropy (L)',
  mceOutputChart: 'The neuron’s output y per epoch, trained on the squared error and on cross-entropy; the target is 0',
  mceLossChart: 'The loss per epoch: E = ½(y − y′)² of the neuron trained on it, L of the neuron trained on cross-entropy',
  mceEpoch: 'epoch',
  mceOutput: 'output y',
  mceLoss: 'loss: E and L',
  mceNow: 'Epoch {epoch}. MSE: y = {ym}, E = {em}. Cross-entropy: y = {yc}, L = {lc}.',
  mceSaturated: 'MSE’s gradient is (y − y′)x times y(1 − y) = {slope}. The sigmoid is saturated, so that factor makes MSE’s step {ratio} times shorter than cross-entropy’s would be at the same output: this is why MSE learns slowly here.',
  mceUnsaturated: 'MSE’s gradient is (y − y′)x times y(1 − y) = {slope}: the neuron has left the flat part of the sigmoid, and MSE speeds up.',
  mceNear: 'The MSE neuron is near its target: both gradients shrink with y − y′, and MSE’s still carries y(1 − y) = {slope}.',
  mceDone: 'Finished: {epochs} epochs.',
  mceSummary: 'Epoch {epoch}: MSE output {ym}, cross-entropy output {yc}.',
} as const;
