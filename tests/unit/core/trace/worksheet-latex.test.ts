import { describe, expect, it } from 'vitest';
import { validateTraceProblem } from '../../../../src/core/trace/problem';
import { traceTrainingStep } from '../../../../src/core/trace/trace';
import { DEFAULT_LATEX_TITLE, breakableFormula, latexText, traceToLatex } from '../../../../src/core/trace/worksheet-latex';
import { CASES, DECK_CHAIN, TWO_TWO_ONE } from './cases';

const problem = validateTraceProblem({ ...TWO_TWO_ONE.spec, input: TWO_TWO_ONE.input, target: TWO_TWO_ONE.target, learningRate: 0.5 });
const { steps } = traceTrainingStep(problem, problem, { learningRate: 0.5 });

/** The document's lines between \begin{longtable}…\endhead and \end{longtable}. */
function tableRows(latex: string): string[] {
  const lines = latex.split('\n');
  return lines.slice(lines.indexOf('\\endhead') + 1, lines.indexOf('\\end{longtable}'));
}

/** Unescaped { and } balance, and every \begin{env} has its \end{env} in order. */
function expectBalanced(latex: string): void {
  let depth = 0;
  for (const c of latex.replace(/\\[\\{}]/g, '')) {
    if (c === '{') depth++;
    if (c === '}') depth--;
    expect(depth).toBeGreaterThanOrEqual(0);
  }
  expect(depth).toBe(0);
  const stack: string[] = [];
  for (const [, kind, env] of latex.matchAll(/\\(begin|end)\{([^}]*)\}/g)) {
    if (kind === 'begin') stack.push(env);
    else expect(stack.pop()).toBe(env);
  }
  expect(stack).toEqual([]);
}

describe('traceToLatex(steps, decimals, options)', () => {
  const latex = traceToLatex(steps, 4);

  it('is a whole article: preamble with amsmath and longtable, one document, balanced braces and environments', () => {
    const lines = latex.split('\n');
    expect(lines[0]).toBe('\\documentclass[11pt]{article}');
    expect(lines).toContain('\\usepackage{amsmath}');
    expect(lines).toContain('\\usepackage{longtable}');
    expect(lines).toContain(`\\section*{${DEFAULT_LATEX_TITLE}}`);
    expect(latex.endsWith('\\end{document}\n')).toBe(true);
    expectBalanced(latex);
    expect(latex).not.toContain('Given');
  });

  it('has a heading row per phase and a row per step: $symbol$ & $general = numbers$ & $value$', () => {
    const rows = tableRows(latex);
    expect(rows.filter((r) => r.startsWith('\\multicolumn')).map((r) => r.match(/textbf\{(\w+)\}/)?.[1])).toEqual([
      'forward', 'loss', 'backward', 'gradients', 'updates',
    ]);
    expect(rows).toHaveLength(5 + steps.length);
    expect(rows).toContain(
      "$\\delta^{(2)}_{1}$ & $(y_{1} - y'_{1}) \\cdot y_{1} (1 - y_{1}) = (0.5652 - 1) \\cdot 0.5652 \\cdot (1 - 0.5652)$ & $-0.1069$ \\\\",
    );
    expect(rows.every((r) => r.endsWith(' \\\\'))).toBe(true);
  });

  it('{ problem } starts with the given numbers: x, y′, η, the loss, every weight and bias', () => {
    const withProblem = traceToLatex(steps, 4, { problem });
    expectBalanced(withProblem);
    const given = withProblem.slice(withProblem.indexOf('\\subsection*{Given}'), withProblem.indexOf('\\begin{longtable}'));
    expect(given).toContain('\\item Input: $x_{1} = 1$, $x_{2} = 0.5$.');
    expect(given).toContain("\\item Target: $y'_{1} = 1$.");
    expect(given).toContain('\\item Learning rate: $\\eta = 0.5$.');
    expect(given).toContain("\\item Loss: $E = \\frac{1}{2}\\sum_{j} (y_{j} - y'_{j})^2$ (half-squared-error).");
    expect(given).toContain(
      '\\item Layer 1 (sigmoid): $w^{(1)}_{11} = 0.1$, $w^{(1)}_{12} = -0.2$, $w^{(1)}_{21} = 0.4$, $w^{(1)}_{22} = 0.3$; $b^{(1)}_{1} = 0.1$, $b^{(1)}_{2} = -0.1$.',
    );
    expect(given).toContain('\\item Layer 2 (sigmoid): $w^{(2)}_{11} = 0.7$, $w^{(2)}_{12} = -0.5$; $b^{(2)}_{1} = 0.2$.');
    expect(given).toContain('\\item Biases are updated.');
  });

  it('the deck chain says its biases are fixed', () => {
    const deck = validateTraceProblem({ ...DECK_CHAIN.spec, input: [1], target: [1], learningRate: 0.5, updateBias: false });
    const trace = traceTrainingStep(deck, deck, { learningRate: 0.5, updateBias: false });
    expect(traceToLatex(trace.steps, 4, { problem: deck })).toContain('\\item Biases are fixed (not updated).');
  });

  it('{ blank: true }: general formulas and ruled blanks, no numbers in the table', () => {
    const rows = tableRows(traceToLatex(steps, 4, { blank: true }));
    expect(rows).toContain("$\\delta^{(2)}_{1}$ & $(y_{1} - y'_{1}) \\cdot y_{1} (1 - y_{1})$ & \\underline{\\hspace{6em}} \\\\");
    expect(rows.join('\n')).not.toMatch(/\d\.\d/);
  });

  it('marked steps (markOperands) give the same document', () => {
    const marked = traceTrainingStep(problem, problem, { learningRate: 0.5, markOperands: true }).steps;
    expect(traceToLatex(marked, 4, { problem })).toBe(traceToLatex(steps, 4, { problem }));
  });

  it('breakableFormula turns \\left( \\right) and \\left[ \\right] into \\bigl \\bigr (a cell can break inside them)', () => {
    expect(breakableFormula('\\frac{1}{2}\\left[(a)^2 + \\left(b\\right)\\right]')).toBe('\\frac{1}{2}\\bigl[(a)^2 + \\bigl(b\\bigr)\\bigr]');
    const tanh = CASES[2]; // 2-3-2 tanh: E = ½[…], hidden δ = (δw + δw)·(1 − h²)
    const wide = traceTrainingStep(tanh.spec, tanh, { learningRate: 0.3 }).steps;
    expect(wide.some((s) => s.formula.includes('\\left('))).toBe(true);
    const document = traceToLatex(wide, 4);
    expect(document).toContain('\\frac{1}{2}\\bigl[');
    expect(document).not.toMatch(/\\left|\\right/);
  });

  it('{ title } is escaped; a Korean title loads kotex', () => {
    expect(latexText('50% & #1: a_b {c} $d$ ~e^ \\f')).toBe(
      '50\\% \\& \\#1: a\\_b \\{c\\} \\$d\\$ \\textasciitilde{}e\\textasciicircum{} \\textbackslash{}f',
    );
    const titled = traceToLatex(steps, 4, { title: 'Week 3: 100% of {it}' });
    expect(titled).toContain('\\section*{Week 3: 100\\% of \\{it\\}}');
    expect(titled).not.toContain('kotex');
    expect(latexText('δ and η − 1')).toBe('$\\delta$ and $\\eta$ - 1');
    expect(traceToLatex(steps, 4, { title: '역전파 연습' })).toContain('\\usepackage{kotex}');
  });
});
