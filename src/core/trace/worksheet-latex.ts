/**
 * A trace as a standalone LaTeX document (article, amsmath, longtable; compiles with pdflatex): an
 * optional "Given" section with the problem's numbers (x, y', η, the loss, every weight and bias),
 * then a three-column table (quantity, formula, value) with a heading row per phase. The formulas are
 * the trace's own LaTeX (amsmath covers \text, \frac, \lvert, \operatorname), with \left/\right
 * pairs made breakable; plain text (the title, activation and loss names) is escaped. With `blank`,
 * the values are ruled lines to fill in and the formulas are the general ones only (the student's
 * sheet); otherwise it is the answer key. The words come from `labels` (English by default); a
 * document with Hangul anywhere in its text (Korean labels or title) loads kotex.
 */

import { fixedText } from './numbers';
import type { TraceProblem } from './problem';
import type { TracePhase, TraceStep } from './types';
import { type WorksheetOptions, formulaCell } from './worksheet';
import { givenItems } from './worksheet-given';
import { WORKSHEET_LABELS, type WorksheetLabels, hasHangul } from './worksheet-labels';

export interface LatexWorksheetOptions extends WorksheetOptions {
  /** The document's heading (plain text, escaped). Default the labels' title. */
  title?: string;
}

/** The English labels' title. */
export const DEFAULT_LATEX_TITLE = WORKSHEET_LABELS.en.title;

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

/** The problem's numbers (worksheet-given.ts) as an itemized "Given" section. */
function givenSection(problem: TraceProblem, labels: WorksheetLabels): string[] {
  const items = givenItems(problem, labels, latexText);
  return [`\\subsection*{${latexText(labels.given)}}`, '\\begin{itemize}', ...items.map((item) => `  \\item ${item}`), '\\end{itemize}', ''];
}

/** The worksheet as a complete LaTeX document. */
export function traceToLatex(steps: readonly TraceStep[], decimals: number, options: LatexWorksheetOptions = {}): string {
  const blank = options.blank ?? false;
  const labels = options.labels ?? WORKSHEET_LABELS.en;
  const title = options.title ?? labels.title;
  const rows: string[] = [];
  let phase: TracePhase | undefined;
  for (const step of steps) {
    if (step.phase !== phase) {
      phase = step.phase;
      rows.push(`\\multicolumn{3}{@{}l}{\\textbf{${latexText(labels.phases[phase])}}} \\\\`);
    }
    const value = blank ? '\\underline{\\hspace{6em}}' : `$${fixedText(step.value, decimals)}$`;
    rows.push(`$${step.symbol}$ & $${breakableFormula(formulaCell(step, blank))}$ & ${value} \\\\`);
  }
  const body = [
    '\\begin{document}',
    `\\section*{${latexText(title)}}`,
    '',
    ...(options.problem === undefined ? [] : givenSection(options.problem, labels)),
    '\\begin{longtable}{@{}>{\\raggedright\\arraybackslash}p{0.2\\linewidth}>{\\raggedright\\arraybackslash}p{0.56\\linewidth}r@{}}',
    `${[labels.quantity, labels.formula, labels.value].map(latexText).join(' & ')} \\\\`,
    '\\hline',
    '\\endhead',
    ...rows,
    '\\end{longtable}',
    '\\end{document}',
    '',
  ];
  return [
    '\\documentclass[11pt]{article}',
    '\\usepackage[a4paper,margin=2cm]{geometry}',
    ...(hasHangul(body.join('\n')) ? ['\\usepackage{kotex}'] : []),
    '\\usepackage{amsmath}',
    '\\usepackage{array}',
    '\\usepackage{longtable}',
    ...body,
  ].join('\n');
}
