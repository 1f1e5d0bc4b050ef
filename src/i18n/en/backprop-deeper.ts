/** English UI strings of the backprop-deeper widget: the browser loads them as the widget starts (src/widgets/kit/strings.ts). */
export const strings = {
  // ——— Backprop deeper widget (src/widgets/backprop-deeper/, components/BackpropDeeper.astro) ———
  deeperTitle: 'Deeper chains and δ, one factor at a time',
  deeperCaption:
    'The chain x → h₁ → h₂ → y, backwards. Next reveals one factor at a time: watch each δ reuse the δ of the unit above it instead of starting again.',
  deeperW1: 'w₁',
  deeperW2: 'w₂',
  deeperW3: 'w₃',
  deeperValuesSummary: 'Values: x = {x}, w₁ = {w1}, w₂ = {w2}, w₃ = {w3}, y′ = {yt}',
  deeperStepOf: 'Factor {step} of {total}',
  deeperDiagram: 'The chain x → h₁ → h₂ → y → E: each unit’s value, each weight on its edge, under each unit its slope and its δ once revealed',
  deeperForward: 'Forward pass (given)',
  deeperBackward: 'Backward: the δ’s, from the output down',
  deeperGradients: 'The gradients: δ of the unit the weight leads into × the value entering along it',
  deeperSlopeNote:
    'The seminar’s slide writes δ₂ = δ_y · sig(w₃h₂)′ · w₃. As the note above explains, the slope belongs to h₂, the unit whose δ is computed, taken at its own input w₂h₁: sig(w₂h₁)′ = h₂(1 − h₂).',
  deeperStart: 'Nothing revealed yet. Next shows the first factor of δ_y.',
  deeperFactor: 'Factor {step} of {total}: {symbol} = {value}, {what}.',
  deeperWhatError: 'the error y − y′',
  deeperWhatSlope: 'the slope of {unit} at its input',
  deeperWhatSlopeH2: 'the slope of h₂ at its input w₂h₁ (the seminar’s sig(w₃h₂)′, read as the note explains)',
  deeperWhatWeight: 'the weight {w}, on the way back',
  deeperWhatInput: 'the value entering along {w}',
  deeperWhatReused: 'from the step above: computed once on the {delta} line and reused here, not computed again',
  deeperComplete: 'That completes {symbol} = {value}.',
} as const;
