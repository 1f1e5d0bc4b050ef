import { describe, expect, it } from 'vitest';
import { traceTrainingStep } from '../../../../src/core/trace/trace';
import type { TraceStep } from '../../../../src/core/trace/types';
import { csvField, traceToCsv, traceToMarkdown, unmarkOperands } from '../../../../src/core/trace/worksheet';
import { DECK_CHAIN } from './cases';

const { steps } = traceTrainingStep(DECK_CHAIN.spec, DECK_CHAIN, { learningRate: 0.5, updateBias: false, rounding: { decimals: 6 } });

describe('traceToMarkdown(steps, decimals)', () => {
  const lines = traceToMarkdown(steps, 6).trimEnd().split('\n');

  it('is a three-column table with a heading row per phase', () => {
    expect(lines.slice(0, 3)).toEqual(['| quantity | formula | value |', '| --- | --- | --- |', '| **forward** | | |']);
    expect(lines.filter((l) => l.startsWith('| **')).map((l) => l.split('**')[1])).toEqual([
      'forward', 'loss', 'backward', 'gradients', 'updates',
    ]);
    expect(lines.length).toBe(2 + 5 + steps.length);
  });

  it('a row shows $symbol$, $general = numbers$ and the value rounded to 6 places', () => {
    expect(lines).toContain(
      "| $\\delta^{(2)}_{1}$ | $(y_{1} - y'_{1}) \\cdot y_{1} (1 - y_{1}) = (0.453451 - 1) \\cdot 0.453451 \\cdot (1 - 0.453451)$ | -0.135453 |",
    );
    expect(lines).toContain('| $h^{(1)}_{1}$ | $\\text{sig}(\\text{net}^{(1)}_{1}) = \\text{sig}(0.500000)$ | 0.622459 |');
    expect(lines).toContain('| $\\text{new}\\ w^{(1)}_{11}$ | $w^{(1)}_{11} - \\eta \\frac{\\partial E}{\\partial w^{(1)}_{11}} = 0.5 - 0.5 \\cdot 0.009550$ | 0.495225 |');
  });

  it('escapes a pipe inside a cell', () => {
    const step: TraceStep = { ...steps[0], symbol: 'a|b' };
    expect(traceToMarkdown([step], 4)).toContain('| $a\\|b$ |');
  });
});

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (quoted) {
      if (c === '"' && text[k + 1] === '"') {
        field += '"';
        k++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[k + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      k++;
    } else field += c;
  }
  return rows;
}

describe('traceToCsv(steps, decimals)', () => {
  it('csvField quotes a comma, a double quote or a line break, doubling quotes', () => {
    expect(csvField('w^{(1)}_{10,2}')).toBe('"w^{(1)}_{10,2}"');
    expect(csvField('say "δ"')).toBe('"say ""δ"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField("y'_{1} - 1")).toBe("y'_{1} - 1");
  });

  it('has a header and one CRLF-terminated row per step, which parse back to the steps', () => {
    const csv = traceToCsv(steps, 6);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(['phase', 'id', 'quantity', 'formula', 'value']);
    expect(rows.slice(1)).toEqual(
      steps.map((s) => [s.phase, s.id, s.symbol, `${s.generalFormula} = ${s.formula}`, s.value.toFixed(6)]),
    );
  });

  it('quotes the fields of a layer with 10 or more units (w^{(1)}_{10,1})', () => {
    const wide = {
      layers: [
        { weights: Array.from({ length: 10 }, () => [0.1]), bias: new Array(10).fill(0), activation: 'sigmoid' as const },
        { weights: [new Array(10).fill(0.1)], bias: [0], activation: 'sigmoid' as const },
      ],
    };
    const trace = traceTrainingStep(wide, { input: [1], target: [1] }, { learningRate: 0.1 });
    const csv = traceToCsv(trace.steps, 4);
    expect(csv).toContain('"\\frac{\\partial E}{\\partial w^{(1)}_{10,1}}"');
    const rows = parseCsv(csv);
    expect(rows.every((row) => row.length === 5)).toBe(true);
    expect(rows.find((row) => row[1] === 'grad.W.1.10.1')?.[2]).toBe('\\frac{\\partial E}{\\partial w^{(1)}_{10,1}}');
  });
});

describe('worksheets with { blank } and from marked steps', () => {
  const marked = traceTrainingStep(DECK_CHAIN.spec, DECK_CHAIN, {
    learningRate: 0.5,
    updateBias: false,
    rounding: { decimals: 6 },
    markOperands: true,
  }).steps;

  it('traceToMarkdown and traceToCsv of marked steps equal those of plain steps (the marks are removed)', () => {
    expect(marked.some((s) => s.formula.includes('\\htmlData'))).toBe(true);
    expect(traceToMarkdown(marked, 6)).toBe(traceToMarkdown(steps, 6));
    expect(traceToCsv(marked, 6)).toBe(traceToCsv(steps, 6));
    expect(unmarkOperands('\\htmlData{step=delta.2.1}{-0.1355} \\cdot (\\htmlData{step=out.1.1}{0.6225})')).toBe('-0.1355 \\cdot (0.6225)');
  });

  it('traceToMarkdown(steps, 6, { blank: true }): the general formula only and an empty value cell', () => {
    const lines = traceToMarkdown(steps, 6, { blank: true }).trimEnd().split('\n');
    expect(lines).toHaveLength(2 + 5 + steps.length);
    expect(lines).toContain("| $\\delta^{(2)}_{1}$ | $(y_{1} - y'_{1}) \\cdot y_{1} (1 - y_{1})$ |  |");
    expect(lines.join('\n')).not.toMatch(/\d\.\d/);
  });

  it('traceToCsv(steps, 6, { blank: true }): the same five columns, formula general, value empty', () => {
    const rows = parseCsv(traceToCsv(marked, 6, { blank: true }));
    expect(rows[0]).toEqual(['phase', 'id', 'quantity', 'formula', 'value']);
    expect(rows.slice(1)).toEqual(steps.map((s) => [s.phase, s.id, s.symbol, s.generalFormula, '']));
  });
});
