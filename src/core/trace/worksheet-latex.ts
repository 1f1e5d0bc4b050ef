/**
 * A trace as a standalone LaTeX document (article, amsmath, longtable; compiles with pdflatex): an
 * optional "Given" section with the problem's numbers (x, y', η, the loss, every weight and bias),
 * then a three-column table (quantity, formula, value) with a heading row per phase. The formulas are
 * the trace's own LaTeX (amsmath covers \text, \frac, \lvert, \operatorname), with \left/\right
 * pairs made breakable; plain text (the title, activation and loss names) is escaped. With `blank`,
 * the values are ruled lines to fill in and the formulas are the general ones only (the student's
 * sheet); otherwise it is the answer key.
 */

import type { LossName } from '../losses';
import { fixedText, givenText } from './numbers';
import type { TraceProblem } from './problem';
import { ETA, biasSymbol, inputSymbol, targetSymbol, weightSymbol } from './symbols';
import type { TracePhase, TraceStep } from './types';
import { PHASE_TITLES, type WorksheetOptions, formulaCell } from './worksheet';

export interface LatexWorksheetOptions extends WorksheetOptions {
  /** The document's heading (plain text, escaped). Default 'Backpropagation: one training step'. */
  title?: string;
  /** When given, the document starts with the problem's numbers. */
  problem?: TraceProblem;
}

export const DEFAULT_LATEX_TITLE = 'Backpropagation: one training step';

/** Decimals of the given numbers in the "Given" section (enough for any number a person types). */
const GIVEN_DECIMALS = 9;

const LOSS_FORMULAS: Record<LossName, string> = {
  'half-squared-error': "E = \\frac{1}{2}\\sum_{j} (y_{j} - y'_{j})^2",
  mse: "E = \\frac{1}{K}\\sum_{j} (y'_{j} - y_{j})^2",
  mae: "E = \\frac{1}{K}\\sum_{j} \\lvert y'_{j} - y_{j} \\rvert",
  'cross-entropy': "E = -\\sum_{j} y'_{j} \\log y_{j}",
};

const TEXT_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '#': '\\#',
  '%': '\\%',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Characters of the course's own text that pdflatex's default fonts lack, as LaTeX. */
const UNICODE_TEXT: Record<string, string> = {
  '−': '-',
  'α': '$\\alpha$',
  'β': '$\\beta$',
  'γ': '$\\gamma$',
  'δ': '$\\delta$',
  'ε': '$\\varepsilon$',
  'η': '$\\eta$',
  'μ': '$\\mu$',
  'σ': '$\\sigma$',
  '∂': '$\\partial$',
};

/** Plain text for LaTeX: the ten special characters escaped, Greek letters and − as math, line breaks as spaces. */
export function latexText(text: string): string {
  return text
    .replace(/[\\{}$&#%_^~]/g, (c) => TEXT_ESCAPES[c])
    .replace(/[−αβγδεημσ∂]/g, (c) => UNICODE_TEXT[c])
    .replace(/\s*\r?\n\s*/g, ' ');
}

/**
 * A trace formula that pdflatex can break across lines inside a table cell: \left( … \right) and
 * \left[ … \right] make one unbreakable box, so they become \bigl( … \bigr) (fixed size, breakable).
 */
export function breakableFormula(latex: string): string {
  return latex.replace(/\\left([([])/g, '\\bigl$1').replace(/\\right([)\]])/g, '\\bigr$1');
}

function given(symbol: string, value: number): string {
  return `$${symbol} = ${givenText(value, GIVEN_DECIMALS)}$`;
}

function givenSection(problem: TraceProblem): string[] {
  const { layers } = problem;
  const items = [
    `Input: ${problem.input.map((v, i) => given(inputSymbol(i + 1), v)).join(', ')}.`,
    `Target: ${problem.target.map((v, j) => given(targetSymbol(j + 1), v)).join(', ')}.`,
    `Learning rate: ${given(ETA, problem.learningRate)}.`,
    `Loss: $${LOSS_FORMULAS[problem.loss]}$ (${latexText(problem.loss)}).`,
    ...layers.map((layer, l) => {
      const slope = layer.activation === 'leaky-relu' ? `, slope ${givenText(layer.leakySlope ?? 0.01, GIVEN_DECIMALS)}` : '';
      const weights = layer.weights.flatMap((row, j) => row.map((w, i) => given(weightSymbol(l + 1, j + 1, i + 1), w)));
      const biases = layer.bias.map((b, j) => given(biasSymbol(l + 1, j + 1), b));
      return `Layer ${l + 1} (${latexText(layer.activation)}${slope}): ${weights.join(', ')}; ${biases.join(', ')}.`;
    }),
    problem.updateBias ? 'Biases are updated.' : 'Biases are fixed (not updated).',
  ];
  return ['\\subsection*{Given}', '\\begin{itemize}', ...items.map((item) => `  \\item ${item}`), '\\end{itemize}', ''];
}

/** The worksheet as a complete LaTeX document. */
export function traceToLatex(steps: readonly TraceStep[], decimals: number, options: LatexWorksheetOptions = {}): string {
  const blank = options.blank ?? false;
  const title = options.title ?? DEFAULT_LATEX_TITLE;
  const rows: string[] = [];
  let phase: TracePhase | undefined;
  for (const step of steps) {
    if (step.phase !== phase) {
      phase = step.phase;
      rows.push(`\\multicolumn{3}{@{}l}{\\textbf{${PHASE_TITLES[phase]}}} \\\\`);
    }
    const value = blank ? '\\underline{\\hspace{6em}}' : `$${fixedText(step.value, decimals)}$`;
    rows.push(`$${step.symbol}$ & $${breakableFormula(formulaCell(step, blank))}$ & ${value} \\\\`);
  }
  return [
    '\\documentclass[11pt]{article}',
    '\\usepackage[a4paper,margin=2cm]{geometry}',
    ...(/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/.test(title) ? ['\\usepackage{kotex}'] : []),
    '\\usepackage{amsmath}',
    '\\usepackage{array}',
    '\\usepackage{longtable}',
    '\\begin{document}',
    `\\section*{${latexText(title)}}`,
    '',
    ...(options.problem === undefined ? [] : givenSection(options.problem)),
    '\\begin{longtable}{@{}>{\\raggedright\\arraybackslash}p{0.2\\linewidth}>{\\raggedright\\arraybackslash}p{0.56\\linewidth}r@{}}',
    'quantity & formula & value \\\\',
    '\\hline',
    '\\endhead',
    ...rows,
    '\\end{longtable}',
    '\\end{document}',
    '',
  ].join('\n');
}
