import { describe, expect, it } from 'vitest';
import { validateTraceProblem } from '../../../../src/core/trace/problem';
import { traceTrainingStep } from '../../../../src/core/trace/trace';
import type { TracePhase } from '../../../../src/core/trace/types';
import { traceToCsv, traceToMarkdown } from '../../../../src/core/trace/worksheet';
import { traceToLatex } from '../../../../src/core/trace/worksheet-latex';
import { WORKSHEET_LABELS, WORKSHEET_LANGS, hasHangul } from '../../../../src/core/trace/worksheet-labels';
import { DECK_CHAIN, TWO_TWO_ONE } from './cases';

const en = WORKSHEET_LABELS.en;
const ko = WORKSHEET_LABELS.ko;
const PHASES: TracePhase[] = ['forward', 'loss', 'delta', 'gradient', 'update'];

const problem = validateTraceProblem({ ...TWO_TWO_ONE.spec, input: TWO_TWO_ONE.input, target: TWO_TWO_ONE.target, learningRate: 0.5 });
const { steps } = traceTrainingStep(problem, problem, { learningRate: 0.5 });

/** The phase heading rows of a Markdown sheet, by their bold text. */
const markdownPhases = (md: string) => md.split('\n').filter((l) => l.startsWith('| **')).map((l) => l.split('**')[1]);

describe('WORKSHEET_LABELS', () => {
  it('WORKSHEET_LANGS is en, ko; both label sets have the same fields, none empty, a title for every phase', () => {
    expect(WORKSHEET_LANGS).toEqual(['en', 'ko']);
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
    for (const labels of [en, ko]) {
      expect(Object.keys(labels.phases).sort()).toEqual([...PHASES].sort());
      for (const [field, text] of Object.entries(labels)) {
        if (typeof text === 'string') expect(text.trim(), field).not.toBe('');
      }
      expect(labels.layer).toContain('{layer}');
    }
  });

  it('en holds the words the sheets always printed; ko the course’s terms (순전파, 오차, 역전파, 기울기, 갱신)', () => {
    expect([en.quantity, en.formula, en.value, en.phase, en.id]).toEqual(['quantity', 'formula', 'value', 'phase', 'id']);
    expect(PHASES.map((p) => en.phases[p])).toEqual(['forward', 'loss', 'backward', 'gradients', 'updates']);
    expect(en.title).toBe('Backpropagation: one training step');
    expect(PHASES.map((p) => ko.phases[p])).toEqual(['순전파', '오차', '역전파', '기울기', '갱신']);
    expect([ko.quantity, ko.formula, ko.value]).toEqual(['값 이름', '식', '값']);
    // Every Korean word is Korean, except the id column's heading, a key like the ids below it.
    for (const [field, text] of Object.entries(ko)) {
      if (typeof text === 'string' && field !== 'id') expect(hasHangul(text), field).toBe(true);
    }
    expect(ko.id).toBe('id');
  });

  it('hasHangul finds syllables and jamo, not Greek, math or Latin', () => {
    expect(hasHangul('역전파')).toBe(true);
    expect(hasHangul('ㄱ')).toBe(true);
    expect(hasHangul('δ, η − 1, ∂E/∂w, café')).toBe(false);
  });
});

describe('traceToMarkdown(steps, 4, { labels: WORKSHEET_LABELS.ko })', () => {
  const english = traceToMarkdown(steps, 4).split('\n');
  const korean = traceToMarkdown(steps, 4, { labels: ko }).split('\n');

  it('is the same table with the Korean heading row and phase titles', () => {
    expect(korean[0]).toBe('| 값 이름 | 식 | 값 |');
    expect(korean[1]).toBe('| --- | --- | --- |');
    expect(markdownPhases(korean.join('\n'))).toEqual(['순전파', '오차', '역전파', '기울기', '갱신']);
    expect(korean).toHaveLength(english.length);
  });

  it('only the heading and phase rows differ: every step row is the English one', () => {
    const differing = korean.flatMap((line, k) => (line === english[k] ? [] : [k]));
    const phaseRows = english.flatMap((line, k) => (line.startsWith('| **') ? [k] : []));
    expect(differing).toEqual([0, ...phaseRows]);
  });

  it('{ labels: en } and no labels give the same bytes; { blank: true } keeps the Korean words', () => {
    expect(traceToMarkdown(steps, 4, { labels: en })).toBe(traceToMarkdown(steps, 4));
    const blank = traceToMarkdown(steps, 4, { labels: ko, blank: true });
    expect(blank.split('\n')[0]).toBe('| 값 이름 | 식 | 값 |');
    expect(markdownPhases(blank)).toEqual(['순전파', '오차', '역전파', '기울기', '갱신']);
    expect(blank).not.toMatch(/\d\.\d/);
  });
});

describe('traceToCsv(steps, 4, { labels: WORKSHEET_LABELS.ko })', () => {
  const english = traceToCsv(steps, 4).split('\r\n');
  const korean = traceToCsv(steps, 4, { labels: ko }).split('\r\n');

  it('the header is Korean (단계,id,값 이름,식,값); every row after it is the English one', () => {
    expect(korean[0]).toBe('단계,id,값 이름,식,값');
    expect(korean.slice(1)).toEqual(english.slice(1));
  });

  it('the phase and id columns keep the trace’s keys (forward, delta, grad.W.2.1.1), not translated words', () => {
    const rows = korean.slice(1, -1).map((row) => row.split(','));
    expect(new Set(rows.map((row) => row[0]))).toEqual(new Set(PHASES));
    expect(rows.map((row) => row[1])).toEqual(steps.map((s) => s.id));
  });

  it('{ labels: en } and no labels give the same bytes', () => {
    expect(traceToCsv(steps, 4, { labels: en, blank: true })).toBe(traceToCsv(steps, 4, { blank: true }));
  });
});

describe('traceToLatex(steps, 4, { labels: WORKSHEET_LABELS.ko, problem })', () => {
  const korean = traceToLatex(steps, 4, { labels: ko, problem });
  const lines = korean.split('\n');

  it('loads kotex once, after geometry and before amsmath; the English document does not', () => {
    expect(lines.filter((l) => l === '\\usepackage{kotex}')).toHaveLength(1);
    expect(lines.indexOf('\\usepackage{kotex}')).toBe(lines.indexOf('\\usepackage[a4paper,margin=2cm]{geometry}') + 1);
    expect(lines.indexOf('\\usepackage{kotex}')).toBeLessThan(lines.indexOf('\\usepackage{amsmath}'));
    expect(traceToLatex(steps, 4, { problem })).not.toContain('kotex');
  });

  it('the title, the "Given" section and the table heading are Korean; the numbers are the English document’s', () => {
    expect(lines).toContain('\\section*{역전파: 학습 한 단계}');
    expect(lines).toContain('\\subsection*{주어진 값}');
    expect(lines).toContain('  \\item 입력: $x_{1} = 1$, $x_{2} = 0.5$.');
    expect(lines).toContain("  \\item 목표 값: $y'_{1} = 1$.");
    expect(lines).toContain('  \\item 학습률: $\\eta = 0.5$.');
    expect(lines).toContain("  \\item 손실 함수: $E = \\frac{1}{2}\\sum_{j} (y_{j} - y'_{j})^2$ (half-squared-error).");
    expect(lines).toContain('  \\item 2층 (sigmoid): $w^{(2)}_{11} = 0.7$, $w^{(2)}_{12} = -0.5$; $b^{(2)}_{1} = 0.2$.');
    expect(lines).toContain('  \\item 바이어스도 갱신한다.');
    expect(lines[lines.indexOf('\\endhead') - 2]).toBe('값 이름 & 식 & 값 \\\\');
    expect(korean).not.toMatch(/Given|Input|Target|Learning rate|Layer|Biases|quantity/);
  });

  it('a phase heading row per phase in Korean; every step row is the English one', () => {
    const rows = lines.slice(lines.indexOf('\\endhead') + 1, lines.indexOf('\\end{longtable}'));
    expect(rows.filter((r) => r.startsWith('\\multicolumn')).map((r) => r.match(/textbf\{([^}]*)\}/)?.[1])).toEqual([
      '순전파', '오차', '역전파', '기울기', '갱신',
    ]);
    const englishLines = traceToLatex(steps, 4, { problem }).split('\n');
    const englishRows = englishLines.slice(englishLines.indexOf('\\endhead') + 1, englishLines.indexOf('\\end{longtable}'));
    expect(rows.filter((r) => !r.startsWith('\\multicolumn'))).toEqual(englishRows.filter((r) => !r.startsWith('\\multicolumn')));
  });

  it('fixed biases and a leaky ReLU’s slope in Korean; { blank: true } keeps the words and drops the values', () => {
    const deck = validateTraceProblem({ ...DECK_CHAIN.spec, input: [1], target: [1], learningRate: 0.5, updateBias: false });
    const deckSteps = traceTrainingStep(deck, deck, { learningRate: 0.5, updateBias: false }).steps;
    expect(traceToLatex(deckSteps, 4, { labels: ko, problem: deck })).toContain('\\item 바이어스는 고정한다(갱신하지 않는다).');
    const leaky = validateTraceProblem({
      layers: [{ weights: [[0.5]], bias: [0], activation: 'leaky-relu', leakySlope: 0.1 }],
      input: [1], target: [1], learningRate: 0.5,
    });
    const leakySteps = traceTrainingStep(leaky, leaky, { learningRate: 0.5 }).steps;
    expect(traceToLatex(leakySteps, 4, { labels: ko, problem: leaky })).toContain('\\item 1층 (leaky-relu, 음수 쪽 기울기 0.1): $w^{(1)}_{11} = 0.5$');
    expect(traceToLatex(leakySteps, 4, { problem: leaky })).toContain('\\item Layer 1 (leaky-relu, slope 0.1): $w^{(1)}_{11} = 0.5$');
    const blank = traceToLatex(steps, 4, { labels: ko, blank: true });
    expect(blank).toContain('\\usepackage{kotex}');
    expect(blank).toContain('\\underline{\\hspace{6em}}');
    const table = blank.slice(blank.indexOf('\\endhead'), blank.indexOf('\\end{longtable}'));
    expect(table).not.toMatch(/\d\.\d/);
  });

  it('{ title } replaces the labels’ title: an English title on a Korean sheet still loads kotex (the words are Korean)', () => {
    const titled = traceToLatex(steps, 4, { labels: ko, title: 'Week 3' });
    expect(titled).toContain('\\section*{Week 3}');
    expect(titled).toContain('\\usepackage{kotex}');
    expect(traceToLatex(steps, 4, { labels: en, problem })).toBe(traceToLatex(steps, 4, { problem }));
  });
});
