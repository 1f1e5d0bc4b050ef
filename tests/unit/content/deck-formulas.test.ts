import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readChapterSource, normalizeMath } from '../../../src/markdown/chapter-source.mjs';
import type { ChapterSlug } from '../../../src/chapters';

/**
 * The deck's formulas, in the deck's own form (see ../shared/seed). Each must stand as a display
 * formula — or inside one — in its chapter, so that no chapter silently drops or rewrites one.
 * Spacing is ignored; symbols and structure are not.
 */
/** The dropout slides have no formula; every other chapter's formulas are listed. */
const DECK: Record<Exclude<ChapterSlug, 'dropout'>, string[]> = {
  perceptron: [
    'W_i(t + 1) = W_i(t) + \\alpha[d(t) - y(t)] \\cdot X_i(t)',
    'b = b + \\alpha[d(t) - y(t)]',
  ],
  backpropagation: [
    'w = w - \\eta * \\frac{\\partial E}{\\partial w}',
    'E = \\frac{1}{2} (y - y\')^2',
    '\\frac{\\partial E}{\\partial w_2} = (y - y\') \\frac{\\partial y}{\\partial w_2}',
    '\\text{sig}(x)\' = \\text{sig}(x)(1 - \\text{sig}(x))',
    '= (y - y\') y(1 - y) h',
    '= (y - y\') y(1 - y) w_2 h(1 - h) x',
    '\\delta_h = \\delta_y \\cdot \\text{sig}(w_1 x)\' \\cdot w_2',
    '\\delta_2 = \\delta_y \\cdot \\text{sig}(w_3 h_2)\' \\cdot w_3',
    '\\frac{\\partial E}{\\partial w_2} = \\delta_2 h_1',
    'w_2 = w_2 - \\eta * (\\delta_2 h_1)',
  ],
  'activation-functions': [
    'H(X) = AX',
    '\\frac{1}{1+e^{-x}}',
    '\\tanh(x) = \\frac{e^{2x}-1}{e^{2x}+1} = 2\\text{sigmoid}(2x) - 1',
    '0.01x',
    '\\sigma(z)_j = \\frac{e^{z_j}}{\\sum_{k=1}^K e^{z_k}}',
  ],
  'loss-functions': [
    'MAE = \\frac{\\sum_{i=1}^n |y_i - y_i^p|}{n}',
    'MSE = \\frac{\\sum_{i=1}^n (y_i - y_i^p)^2}{n}',
    'L(\\hat{y}, y) = - \\sum_k^K y^{(k)} \\log \\hat{y}^{(k)}',
  ],
  optimizers: [
    '\\theta_{t+1} = \\theta_t - \\eta \\nabla_{\\theta} J(\\theta)',
    'v_t = \\gamma v_{t-1} + \\eta \\nabla_{\\theta} J(\\theta)',
    '\\theta = \\theta - v_t',
    'v_t = \\gamma v_{t-1} + \\eta \\nabla_{\\theta} J(\\theta - \\gamma v_{t-1})',
    'G_t = G_{t-1} + (\\nabla_{\\theta} J(\\theta_t))^2',
    '\\theta_{t+1} = \\theta_t - \\frac{\\eta}{\\sqrt{(G_t + \\epsilon)}} \\cdot \\nabla_{\\theta} J(\\theta_t)',
    'G = \\gamma G + (1 - \\gamma)(\\nabla_{\\theta} J(\\theta_t))^2',
    '\\theta = \\theta - \\frac{\\eta}{\\sqrt{G + \\epsilon}} \\cdot \\nabla_{\\theta} J(\\theta_t)',
    '\\Delta_{\\theta} = \\frac{\\sqrt{s + \\epsilon}}{\\sqrt{G + \\epsilon}} \\cdot \\nabla_{\\theta} J(\\theta_t)',
    '\\theta = \\theta - \\Delta_{\\theta}',
    's = \\gamma s + (1 - \\gamma)\\Delta_{\\theta}^2',
    'm_t = \\beta_1 m_{t-1} + (1 - \\beta_1) \\nabla_{\\theta} J(\\theta)',
    'v_t = \\beta_2 v_{t-1} + (1 - \\beta_2) (\\nabla_{\\theta} J(\\theta))^2',
    '\\hat{m}_t = \\frac{m_t}{1 - \\beta_1^t}',
    '\\hat{v}_t = \\frac{v_t}{1 - \\beta_2^t}',
    '\\theta = \\theta - \\frac{\\eta}{\\sqrt{\\hat{v}_t} + \\epsilon} \\hat{m}_t',
  ],
  'batch-normalization': [
    '\\hat{x}_i = \\frac{x_i - \\mu_B}{\\sqrt{\\sigma_B^2 + \\epsilon}}',
    '\\mu_B \\leftarrow \\frac{1}{m} \\sum_{i=1}^m x_i',
    '\\sigma_B^2 \\leftarrow \\frac{1}{m} \\sum_{i=1}^m (x_i - \\mu_B)^2',
    'y_i \\leftarrow \\gamma \\hat{x}_i + \\beta',
  ],
};

/** Removes all whitespace: the deck's formulas are compared by their symbols alone. */
const squash = (tex: string) => normalizeMath(tex).replace(/\s+/g, '');

describe.each(Object.entries(DECK))('chapter %s', (slug, formulas) => {
  const source = readChapterSource(readFileSync(join(import.meta.dirname, '../../../content/en', `${slug}.mdx`), 'utf8'));
  const display = source.displayMath.map(squash);

  it.each(formulas)('shows the deck formula %s', (formula) => {
    const wanted = squash(formula);
    expect(display.some((d) => d.includes(wanted)), `not found among ${display.length} display formulas`).toBe(true);
  });
});
