/**
 * A trace as a worksheet: a Markdown table (quantity, formula, value) with a row per phase heading,
 * or CSV rows (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break in
 * double quotes with quotes doubled). The formula column is the general formula, '=', and the same
 * formula with the numbers; values are shown rounded to `decimals` (the answer key). With `blank`, the
 * value column is empty and the formula column has the general formula only (the student's worksheet).
 * Marks from TraceOptions.markOperands are removed, so marked and plain steps give the same sheet.
 * With `problem`, the sheet starts with what it gives (worksheet-given.ts): a "Given" list before the
 * Markdown table, rows of phase 'given' before the CSV's steps.
 * The words (headings, phase titles) come from `labels`, English by default.
 */

import { fixedText } from './numbers';
import type { TraceProblem } from './problem';
import type { TracePhase, TraceStep } from './types';
import { givenItems, givenRows } from './worksheet-given';
import { WORKSHEET_LABELS, type WorksheetLabels } from './worksheet-labels';

export interface WorksheetOptions {
  /** An empty value column and no numbers-formula: a worksheet for the student. Default false. */
  blank?: boolean;
  /** The words the sheet prints. Default WORKSHEET_LABELS.en. */
  labels?: WorksheetLabels;
  /** When given, the sheet starts with the problem's numbers: a blank sheet can then be solved on its own. */
  problem?: TraceProblem;
}

/** `latex` without the \\htmlData{step=…}{…} wrappers of TraceOptions.markOperands. */
export function unmarkOperands(latex: string): string {
  return latex.replace(/\\htmlData\{step=[^{}]*\}\{([^{}]*)\}/g, '$1');
}

/** 'general = numbers' (the general formula alone when blank, or when it has no symbols to substitute). */
export function formulaCell(step: TraceStep, blank = false): string {
  if (blank) return step.generalFormula;
  const formula = unmarkOperands(step.formula);
  return step.generalFormula === formula ? formula : `${step.generalFormula} = ${formula}`;
}

/** A Markdown cell: pipes escaped, line breaks removed. */
function markdownCell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** The worksheet as a Markdown table (LaTeX in $…$, as remark-math and KaTeX read it). */
export function traceToMarkdown(steps: readonly TraceStep[], decimals: number, options: WorksheetOptions = {}): string {
  const blank = options.blank ?? false;
  const labels = options.labels ?? WORKSHEET_LABELS.en;
  const header = [labels.quantity, labels.formula, labels.value].map(markdownCell);
  const lines = [`| ${header.join(' | ')} |`, '| --- | --- | --- |'];
  let phase: TracePhase | undefined;
  for (const step of steps) {
    if (step.phase !== phase) {
      phase = step.phase;
      lines.push(`| **${markdownCell(labels.phases[phase])}** | | |`);
    }
    const cells = [`$${step.symbol}$`, `$${formulaCell(step, blank)}$`, blank ? '' : fixedText(step.value, decimals)];
    lines.push(`| ${cells.map(markdownCell).join(' | ')} |`);
  }
  const given = options.problem ? [`**${labels.given}**`, '', ...givenItems(options.problem, labels, (words) => words).map((item) => `- ${item}`), ''] : [];
  return `${[...given, ...lines].join('\n')}\n`;
}

/** One CSV field, quoted when it holds a comma, a double quote or a line break. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The worksheet as CSV: phase, id, quantity, formula, value. The header is in the labels' language;
 * the phase and id cells stay the trace's keys (`delta`, `grad.W.2.1.2`), as in `--format json`, so a
 * sheet in either language sorts, filters and joins with the JSON steps the same way. The columns
 * are always in this order, so a script reads them by position.
 */
export function traceToCsv(steps: readonly TraceStep[], decimals: number, options: WorksheetOptions = {}): string {
  const blank = options.blank ?? false;
  const labels = options.labels ?? WORKSHEET_LABELS.en;
  const rows = [[labels.phase, labels.id, labels.quantity, labels.formula, labels.value], ...(options.problem ? givenRows(options.problem) : [])];
  for (const step of steps) {
    rows.push([step.phase, step.id, step.symbol, formulaCell(step, blank), blank ? '' : fixedText(step.value, decimals)]);
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
