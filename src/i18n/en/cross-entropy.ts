/** English UI strings of the cross-entropy widget: the browser loads them as the widget starts (src/widgets/kit/strings.ts). */
export const strings = {
  // ——— Cross-entropy (src/widgets/cross-entropy/) ———
  ceTitle: 'Cross-entropy',
  ceCaption: 'One example: the probability p of the true class against −log p, (1 − p)² and 0/1 accuracy. Several classes: logits z give ŷ = softmax(z); the one-hot target y against the predicted bars, with each term of −Σ y log ŷ.',
  ceFormulaLabel: 'The widget’s numbers in the formulas: one example, then the three classes term by term',
  ceOne: 'One example',
  ceP: 'p',
  ceSeveral: 'Three classes',
  ceTrueClass: 'true class',
  ceAccuracy: '0/1 accuracy',
  cePlot: 'Against the probability p of the true class: −log p, (1 − p)² and the 0/1 accuracy, with the point at the current p',
  cePAxis: 'p (true class)',
  ceTableCaption: 'One-hot target y against the prediction ŷ = softmax(z), and each term of L',
  ceBars: 'y (outline), ŷ (bar)',
  ceRight: 'p = {p}: the true class has more than half, so the answer counts as right (accuracy 1). Still −log p = {nll} and (1 − p)² = {sq}: both keep pushing p towards 1.',
  ceWrong: 'p = {p}: the answer counts as wrong (accuracy 0), and accuracy would stay 0 for any small change of p — no gradient. −log p = {nll} grows without limit as p → 0; (1 − p)² = {sq} never exceeds 1.',
  ceSummary: 'p = {p}, −log p = {nll}. True class {c}: ŷ = {q}, L = {L}.',
  ceGamma: 'focal γ',
  ceEps: 'label smoothing ε',
  ceFocalLead: 'Focal loss, γ = {gamma}:',
  ceSummaryFocal: 'Focal loss with γ = {gamma}: {fl}.',
  ceSummarySmooth: 'Label smoothing ε = {eps}: the true class’s target is {y}.',
} as const;
