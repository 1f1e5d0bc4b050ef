/** English UI strings of the bn-backward widget: the browser loads them as the widget starts (src/widgets/kit/strings.ts). */
export const strings = {
  // ——— The backward pass through batch normalization (src/widgets/bn-backward/, components/BnBackward.astro) ———
  bnbTitle: 'The backward pass, line by line',
  bnbCaption: 'One unit of a layer z = f(BN(Wu + b)) on a mini-batch of four inputs uᵢ, xᵢ = W·uᵢ + b with W = 2. A gradient ∂ℓ/∂y comes from above; the six lines of the backward pass carry it back to every xᵢ, beside a numerical check. Move the bias b, γ, β and ε, edit ∂ℓ/∂y, and pick the i whose lines are shown.',
  bnbB: 'Bias b',
  bnbDy: '∂ℓ/∂y from above',
  // The field's rule, part of the label (kept apart so full screen can show the short label alone).
  bnbDyHint: '(4 values from −10 to 10, separated by commas or spaces)',
  bnbI: 'Show the lines for i =',
  bnbMore: 'β = {beta}, ε = {eps}',
  bnbExample: 'The chapter’s example',
  bnbFormulaLabel: 'The six lines of the backward pass with the current numbers',
  bnbTableLabel: 'The mini-batch forward and backward, with the numerical check',
  bnbColBackprop: '∂ℓ/∂xᵢ',
  bnbColNumeric: 'numerical',
  bnbColDiff: 'difference',
  bnbNumericNote: 'Numerical: (ℓ(xᵢ + h) − ℓ(xᵢ − h)) / 2h with h = 10⁻⁶ through the forward pass, for the loss ℓ = Σᵢ gᵢ · yᵢ whose ∂ℓ/∂y is exactly the g given above.',
  bnbSums: 'Σᵢ ∂ℓ/∂xᵢ = {sum} = ∂ℓ/∂b (the bias gets no gradient); Σᵢ ∂ℓ/∂xᵢ · x̂ᵢ = {dot}.',
  bnbBias: 'b = {b}, μ_B = {mu}: every xᵢ and μ_B move with b, but the xᵢ − μ_B do not, so x̂, y and every gradient stay exactly as they are.',
  bnbSummary: 'For i = {i}: ∂ℓ/∂x̂ = {dxhat}, ∂ℓ/∂x = {dx}, numerical {num}. Σ ∂ℓ/∂x = {sum}. ∂ℓ/∂γ = {dg}, ∂ℓ/∂β = {db}.',
  bnbDy_count: 'Type exactly 4 values (you typed {token}). ∂ℓ/∂y is unchanged.',
  bnbDy_notNumber: '“{token}” is not a number (decimals take a point). ∂ℓ/∂y is unchanged.',
  bnbDy_outOfRange: '{token} is outside −10 to 10. ∂ℓ/∂y is unchanged.',
  bnbUrlBadDy: '{name}: “{raw}” is not 4 numbers from −10 to 10 — using the chapter’s example',
} as const;
