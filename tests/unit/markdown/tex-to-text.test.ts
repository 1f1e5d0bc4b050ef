import { describe, expect, it } from 'vitest';
import { texToText } from '../../../src/markdown/tex-to-text.mjs';

describe('texToText(tex): a formula as text for search snippets', () => {
  it.each([
    // The sigmoid's inline math in chapter 3, lost from snippets before ("For large positive , is tiny").
    ['x', 'x'],
    ['e^{-x}', 'e⁻ˣ'],
    ['\\sigma(x) = \\frac{1}{1 + e^{-x}}', 'σ(x) = 1/(1 + e⁻ˣ)'],
    ['\\frac{\\partial E}{\\partial w}', '∂E/∂w'],
    ['\\frac{e^{-x}}{1+e^{-x}}', 'e⁻ˣ/(1+e⁻ˣ)'],
    ['w = w - \\eta \\frac{\\partial E}{\\partial w}', 'w = w - η ∂E/∂w'],
    ['0.4 \\cdot 1 + 0.3 \\cdot 0.5 - 0.1 = 0.45', '0.4 · 1 + 0.3 · 0.5 - 0.1 = 0.45'],
    ['\\hat{x} = 0.4472', 'x̂ = 0.4472'],
    ['\\sigma_B^2', 'σ_B²'],
    ['y_i^p', 'yᵢᵖ'],
    ['n_\\text{out}', 'nₒᵤₜ'],
    ['n_\\text{fan}', 'n_fan'], // no subscript f in Unicode
    ['W^{(l)}', 'W⁽ˡ⁾'],
    ['\\left(a^{(l-1)}\\right)^{\\top}', '(a⁽ˡ⁻¹⁾)ᵀ'],
    ["\\text{sig}'(w_2 h) \\cdot w_2", "sig'(w₂ h) · w₂"],
    ['\\sqrt{\\sigma^2_B + \\epsilon}', '√(σ²_B + ε)'],
    ['\\tilde{y} = \\frac{r \\odot y}{1 - p}', 'ỹ = (r ⊙ y)/(1 - p)'],
    ['y = (0.8,\\ 0.1)', 'y = (0.8, 0.1)'],
    ['v_t = \\gamma v_{t-1} + \\eta \\nabla_{\\theta} J(\\theta)', 'vₜ = γ vₜ₋₁ + η ∇_θ J(θ)'],
    ['\\phantom{-}1', '1'],
    ['\\mathbb{E}\\left[x\\right]', 'E[x]'],
  ])('%s → %s', (tex, text) => {
    expect(texToText(tex)).toBe(text);
  });

  it('writes an aligned block as one line, without & and \\\\', () => {
    expect(texToText('\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}')).toBe('a = b; c = d');
  });

  it('writes a command it does not know as its name', () => {
    expect(texToText('\\foo{x}')).toBe('foox');
  });
});
