import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliResult, type ReadText, runTraceCli } from '../../../../src/core/cli/run';
import { CHAIN_PROBLEM, TWO_TWO_ONE_PROBLEM } from '../../../../src/core/examples';
import { validateTraceProblem } from '../../../../src/core/trace/problem';
import { traceTrainingStep } from '../../../../src/core/trace/trace';
import { traceToCsv, traceToMarkdown } from '../../../../src/core/trace/worksheet';
import { traceToLatex } from '../../../../src/core/trace/worksheet-latex';
import { WORKSHEET_LABELS } from '../../../../src/core/trace/worksheet-labels';

const EXAMPLES = resolve(import.meta.dirname, '../../../../examples/trace');

/** The course's 2-2-1 example, as a teacher would write it (the example file). */
const ISSUE_EXAMPLE = readFileSync(resolve(EXAMPLES, 'two-two-one.json'), 'utf8');

/** A reader over in-memory files; a missing one fails as Node's readFileSync does. */
function files(contents: Record<string, string>): ReadText {
  return (path) => {
    if (path in contents) return contents[path];
    throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
  };
}

function run(argv: string[], contents: Record<string, string> = { 'net.json': ISSUE_EXAMPLE }): CliResult {
  return runTraceCli(argv, files(contents));
}

/** The issue's example with one change, as net.json. */
function runEdited(change: (problem: Record<string, any>) => void, argv: string[] = []): CliResult {
  const problem = JSON.parse(ISSUE_EXAMPLE);
  change(problem);
  return run(['net.json', ...argv], { 'net.json': JSON.stringify(problem) });
}

describe('runTraceCli: the issue’s 2-2-1 example', () => {
  it('the example files hold the core’s examples: the 2-2-1 network and the deck’s chain', () => {
    expect(JSON.parse(ISSUE_EXAMPLE)).toEqual(TWO_TWO_ONE_PROBLEM);
    expect(JSON.parse(readFileSync(resolve(EXAMPLES, 'deck-chain.json'), 'utf8'))).toEqual(CHAIN_PROBLEM);
  });

  it('--format json (the default): forward, loss, backward, updated and steps, layers from 1, rows = units', () => {
    const result = run(['net.json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout);
    expect(Object.keys(out)).toEqual(['forward', 'loss', 'backward', 'updated', 'steps']);
    // Values worked by hand in tests/unit/core/trace/trace.test.ts.
    expect(out.forward.map((f: { layer: number }) => f.layer)).toEqual([1, 2]);
    expect(out.forward[0].out[0]).toBeCloseTo(0.5249791875, 10);
    expect(out.forward[1].out[0]).toBeCloseTo(0.5651686222, 10);
    expect(out.loss).toBeCloseTo(0.0945391636, 10);
    expect(out.backward[1]).toMatchObject({ layer: 2, gradBias: [expect.closeTo(-0.1068611376, 10)] });
    expect(out.backward[0].gradWeights).toHaveLength(2);
    expect(out.backward[0].gradWeights[1][1]).toBeCloseTo(0.0063517982, 10);
    expect(out.updated[1].weights).toEqual([[expect.closeTo(0.7280499366, 10), expect.closeTo(-0.4673731984, 10)]]);
    expect(out.updated[0].bias[1]).toBeCloseTo(-0.1063517982, 10);
    expect(out.steps).toHaveLength(28);
    expect(out.steps[7]).toEqual({
      phase: 'delta',
      id: 'delta.2.1',
      layer: 2,
      unit: 1,
      symbol: '\\delta^{(2)}_{1}',
      formula: '(0.5652 - 1) \\cdot 0.5652 \\cdot (1 - 0.5652)',
      generalFormula: "(y_{1} - y'_{1}) \\cdot y_{1} (1 - y_{1})",
      value: expect.closeTo(-0.1068611376, 10),
      dependsOn: ['out.2.1'],
    });
    expect(out.steps.find((s: { id: string }) => s.id === 'E').unit).toBeNull();
  });

  it('--format md: the worksheet table, one row per step and per phase', () => {
    const result = run(['net.json', '--format', 'md']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    // first what the sheet gives: a heading, a blank line, 7 items (x, y′, η, the loss, 2 layers, biases), a blank line
    expect(lines.slice(0, 3)).toEqual(['**Given**', '', '- Input: $x_{1} = 1$, $x_{2} = 0.5$.']);
    expect(lines).toContain(
      '- Layer 1 (sigmoid): $w^{(1)}_{11} = 0.1$, $w^{(1)}_{12} = -0.2$, $w^{(1)}_{21} = 0.4$, $w^{(1)}_{22} = 0.3$; $b^{(1)}_{1} = 0.1$, $b^{(1)}_{2} = -0.1$.',
    );
    expect(lines).toContain('- Layer 2 (sigmoid): $w^{(2)}_{11} = 0.7$, $w^{(2)}_{12} = -0.5$; $b^{(2)}_{1} = 0.2$.');
    expect(lines[10]).toBe('| quantity | formula | value |');
    expect(lines).toHaveLength(10 + 2 + 5 + 28);
    expect(lines).toContain('| $E$ | $\\frac{1}{2}(y_{1} - y\'_{1})^2 = \\frac{1}{2}(0.5652 - 1)^2$ | 0.0945 |');
    expect(lines).toContain(
      '| $\\text{new}\\ b^{(1)}_{2}$ | $b^{(1)}_{2} - \\eta \\frac{\\partial E}{\\partial b^{(1)}_{2}} = -0.1 - 0.5 \\cdot 0.0127$ | -0.1064 |',
    );
  });

  it('--format csv: a header and a row per step', () => {
    const result = run(['net.json', '--format=csv', '--decimals', '6']);
    expect(result.code).toBe(0);
    const rows = result.stdout.split('\r\n');
    expect(rows[0]).toBe('phase,id,quantity,formula,value');
    // the given rows: x (2), y′ (1), η, the loss, per layer its activation, weights and biases (1 + 4 + 2, 1 + 2 + 1), biases updated
    const given = 2 + 1 + 1 + 1 + (1 + 4 + 2) + (1 + 2 + 1) + 1;
    expect(rows.slice(1, 5)).toEqual(['given,x.1,x_{1},,1', 'given,x.2,x_{2},,0.5', "given,t.1,y'_{1},,1", 'given,eta,\\eta,,0.5']);
    expect(rows).toContain('given,W.1.1.2,w^{(1)}_{12},,-0.2');
    expect(rows).toContain('given,b.2.1,b^{(2)}_{1},,0.2');
    expect(rows[given]).toBe('given,updateBias,,,true');
    expect(rows).toHaveLength(1 + given + 28 + 1);
    expect(rows.at(-1)).toBe('');
    expect(rows[1 + given]).toBe('forward,net.1.1,\\text{net}^{(1)}_{1},w^{(1)}_{11} x_{1} + w^{(1)}_{12} x_{2} + b^{(1)}_{1} = 0.1 \\cdot 1 + (-0.2) \\cdot 0.5 + 0.1,0.100000');
  });

  it('--format latex: a standalone document that starts with the given numbers, one row per step', () => {
    const result = run(['net.json', '--format', 'latex']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('\\documentclass[11pt]{article}\n')).toBe(true);
    expect(result.stdout.trimEnd().endsWith('\\end{document}')).toBe(true);
    expect(result.stdout).toContain('\\item Learning rate: $\\eta = 0.5$.');
    expect(result.stdout.indexOf('\\subsection*{Given}')).toBeLessThan(result.stdout.indexOf('\\begin{longtable}'));
    expect(result.stdout).toContain('$E$ & $\\frac{1}{2}(y_{1} - y\'_{1})^2 = \\frac{1}{2}(0.5652 - 1)^2$ & $0.0945$ \\\\');
  });

  it('--blank: the student’s worksheet — general formulas only, no values (md, csv, latex)', () => {
    const md = run(['net.json', '--format', 'md', '--blank']).stdout;
    expect(md).toContain("| $E$ | $\\frac{1}{2}(y_{1} - y'_{1})^2$ |  |");
    expect(md).not.toContain('0.5652');
    const csv = run(['net.json', '--format', 'csv', '--blank']).stdout.split('\r\n');
    expect(csv).toContain("loss,E,E,\\frac{1}{2}(y_{1} - y'_{1})^2,");
    const latex = run(['net.json', '--format', 'latex', '--blank']).stdout;
    expect(latex).not.toContain('0.5652');
    expect(latex).toContain('\\underline{\\hspace{6em}}');
  });

  it('--lang ko: the worksheet’s words in Korean, equal to the core’s functions with WORKSHEET_LABELS.ko', () => {
    const problem = validateTraceProblem(JSON.parse(ISSUE_EXAMPLE));
    const { steps } = traceTrainingStep(problem, problem, { learningRate: 0.5 });
    const labels = WORKSHEET_LABELS.ko;
    for (const blank of [false, true]) {
      const flags = blank ? ['--blank'] : [];
      const md = run(['net.json', '--format', 'md', '--lang', 'ko', ...flags]);
      expect(md.code).toBe(0);
      expect(md.stdout).toBe(traceToMarkdown(steps, 4, { blank, labels, problem }));
      expect(run(['net.json', '--format=csv', '--lang=ko', ...flags]).stdout).toBe(traceToCsv(steps, 4, { blank, labels, problem }));
      expect(run(['net.json', '--format', 'latex', '--lang', 'ko', ...flags]).stdout).toBe(traceToLatex(steps, 4, { blank, labels, problem }));
    }
    expect(run(['net.json', '--format', 'md', '--lang', 'ko']).stdout.split('\n')[10]).toBe('| 값 이름 | 식 | 값 |');
    expect(run(['net.json', '--format', 'csv', '--lang', 'ko']).stdout.split('\r\n')[1]).toMatch(/^given,x\.1,/);
    const latex = run(['net.json', '--format', 'latex', '--lang', 'ko']).stdout;
    expect(latex).toContain('\\usepackage{kotex}');
    expect(latex).toContain('\\item 학습률: $\\eta = 0.5$.');
  });

  it('--lang en is the default: the same bytes as no --lang', () => {
    for (const format of ['md', 'csv', 'latex']) {
      expect(run(['net.json', '--format', format, '--lang', 'en']).stdout).toBe(run(['net.json', '--format', format]).stdout);
    }
  });

  it('--from-rounded and --notation partial reach the trace', () => {
    const out = JSON.parse(run(['net.json', '--from-rounded', '--notation', 'partial']).stdout);
    expect(out.loss).toBe(0.0945);
    expect(out.steps[7].symbol).toBe('\\frac{\\partial E}{\\partial \\text{net}^{(2)}_{1}}');
  });

  it('updateBias: false keeps the biases and lists no bias steps', () => {
    const out = JSON.parse(runEdited((p) => (p.updateBias = false)).stdout);
    expect(out.updated.map((u: { bias: number[] }) => u.bias)).toEqual([[0.1, -0.1], [0.2]]);
    expect(out.steps.some((s: { id: string }) => s.id.includes('.b.'))).toBe(false);
    expect(out.steps).toHaveLength(28 - 6);
  });

  it('--help prints the usage and exits 0', () => {
    const result = run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^usage: npm run trace -- net.json/);
    expect(result.stdout).toContain('--lang en|ko');
  });
});

describe('runTraceCli: --steps N', () => {
  it('--steps 10: lossHistory has 11 decreasing values; final layers in the input’s layout and the output', () => {
    const result = run(['net.json', '--steps', '10']);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(Object.keys(out)).toEqual(['lossHistory', 'final']);
    expect(out.lossHistory).toHaveLength(11);
    expect(out.lossHistory[0]).toBeCloseTo(0.0945391636, 10);
    for (let k = 1; k < 11; k++) expect(out.lossHistory[k]).toBeLessThan(out.lossHistory[k - 1]);
    expect(out.final.layers.map((l: { weights: number[][] }) => [l.weights.length, l.weights[0].length])).toEqual([[2, 2], [1, 2]]);
    expect(out.final.layers[0]).toEqual({ weights: expect.any(Array), bias: expect.any(Array), activation: 'sigmoid' });
    expect(out.final.output).toHaveLength(1);
    expect(0.5 * (out.final.output[0] - 1) ** 2).toBeCloseTo(out.lossHistory[10], 15);
  });

  it('--steps 1 ends where one traced step ends', () => {
    const trained = JSON.parse(run(['net.json', '--steps', '1']).stdout);
    const traced = JSON.parse(run(['net.json']).stdout);
    trained.final.layers.forEach((layer: { weights: number[][]; bias: number[] }, l: number) => {
      layer.weights.flat().forEach((w, k) => expect(w).toBeCloseTo(traced.updated[l].weights.flat()[k], 14));
      layer.bias.forEach((b, k) => expect(b).toBeCloseTo(traced.updated[l].bias[k], 14));
    });
  });

  it('with updateBias false, --steps 50 leaves every bias as given', () => {
    const out = JSON.parse(runEdited((p) => (p.updateBias = false), ['--steps', '50']).stdout);
    expect(out.final.layers.map((l: { bias: number[] }) => l.bias)).toEqual([[0.1, -0.1], [0.2]]);
  });

  it('a diverging run (linear output, η = 10) exits 1 saying where', () => {
    const result = runEdited(
      (p) => {
        p.layers[1].activation = 'linear';
        p.learningRate = 10;
        p.target = [100];
      },
      ['--steps', '2000'],
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^net\.json: diverged at step \d+ \(E = (Infinity|NaN)\); lower learningRate\n$/);
  });
});

describe('runTraceCli: bad input is one line on stderr naming the field, exit code 2', () => {
  function expectError(result: CliResult, message: RegExp) {
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.endsWith('\n')).toBe(true);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  }

  it.each([
    ['a missing file', () => run(['missing.json']), /^missing\.json: cannot read the file \(no such file\)$/m],
    ['a file that is not JSON', () => run(['net.json'], { 'net.json': '{ "layers": [' }), /^net\.json: not valid JSON \(.+\)$/m],
    ['no file', () => run([]), /^arguments: missing the network file/],
    ['a bad --format', () => run(['net.json', '--format', 'xml']), /^--format: expected json, md, csv, latex, got "xml"$/m],
    ['a bad --steps', () => run(['net.json', '--steps', 'ten']), /^--steps: expected a whole number/],
    ['a bad --decimals', () => run(['net.json', '--decimals', '3']), /^--decimals: expected 4, 6, 9, got "3"$/m],
    ['a bad --lang', () => run(['net.json', '--format', 'md', '--lang', 'jp']), /^--lang: expected en, ko, got "jp"$/m],
    ['an unknown option', () => run(['net.json', '--fast']), /^--fast: unknown option/],
    ['missing layers', () => runEdited((p) => delete p.layers), /^net\.json: layers: missing/],
    ['missing input', () => runEdited((p) => delete p.input), /^net\.json: input: missing/],
    ['missing target', () => runEdited((p) => delete p.target), /^net\.json: target: missing/],
    ['missing learningRate', () => runEdited((p) => delete p.learningRate), /^net\.json: learningRate: missing/],
    [
      'a weight row that does not match the layer below',
      () => runEdited((p) => (p.layers[1].weights = [[0.7, -0.5, 0.3]])),
      /^net\.json: layers\[1\]\.weights\[0\]: expected 2 numbers \(one per unit of layer 1, which has 2\), got 3$/m,
    ],
    ['a bias of the wrong length', () => runEdited((p) => (p.layers[1].bias = [0.2, 0.1])), /^net\.json: layers\[1\]\.bias: expected 1 number/],
    ['an input of the wrong length', () => runEdited((p) => (p.input = [1])), /^net\.json: input: expected 2 numbers \(layer 1 takes 2 inputs\), got 1$/m],
    ['a target of the wrong length', () => runEdited((p) => (p.target = [1, 0])), /^net\.json: target: expected 1 number/],
    ['an unknown activation', () => runEdited((p) => (p.layers[0].activation = 'gelu')), /^net\.json: layers\[0\]\.activation: unknown activation "gelu"/],
    ['an unknown loss', () => runEdited((p) => (p.loss = 'huber')), /^net\.json: loss: unknown loss "huber"/],
    [
      'a non-finite number (1e999 parses to Infinity)',
      () => run(['net.json'], { 'net.json': ISSUE_EXAMPLE.replace('0.7', '1e999') }),
      /^net\.json: layers\[1\]\.weights\[0\]\[0\]: expected a finite number, got Infinity$/m,
    ],
    ['a string number', () => runEdited((p) => (p.input[1] = '0.5')), /^net\.json: input\[1\]: expected a finite number, got "0.5"$/m],
    ['a negative learningRate', () => runEdited((p) => (p.learningRate = -0.5)), /^net\.json: learningRate: expected a positive finite number/],
    ['a non-boolean updateBias', () => runEdited((p) => (p.updateBias = 'false')), /^net\.json: updateBias: expected true or false, got "false"$/m],
    ['a misspelt field', () => runEdited((p) => (p.learning_rate = 0.5)), /^net\.json: learning_rate: unknown field/],
    ['softmax on a hidden layer', () => runEdited((p) => (p.layers[0].activation = 'softmax')), /^net\.json: layers\[0\]\.activation: softmax is only supported on the last layer$/m],
  ])('%s', (_, go, message) => {
    expectError(go(), message);
  });

  it('the same checks hold for --steps', () => {
    expectError(runEdited((p) => (p.target = []), ['--steps', '5']), /^net\.json: target: expected a non-empty array/);
  });
});
