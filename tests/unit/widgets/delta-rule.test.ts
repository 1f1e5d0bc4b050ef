import { describe, expect, it } from 'vitest';
import { makeLogicGate } from '../../../src/core/datasets/logic-gates';
import { perceptronOutput } from '../../../src/core/perceptron';
import { createSession } from '../../../src/widgets/delta-rule/session';
import { DELTA_RULE_TABLE, GATES, initialWeights, seededWeights } from '../../../src/widgets/delta-rule/state';
import { defaults, parse } from '../../../src/widgets/kit/url-state';
import { formatSubstituted, formatValue, lineText } from '../../../src/widgets/delta-rule/numbers';
import { verdictText } from '../../../src/widgets/delta-rule/messages';
import { strings } from '../../../src/i18n';

function runToVerdict(session: ReturnType<typeof createSession>): void {
  while (!session.verdict) session.step();
}

describe('delta-rule session', () => {
  it('AND with α = 0.1 from zeros reproduces the chapter’s hand table: 24 steps, converged in epoch 6 at w = (0.2, 0.1), b = −0.3', () => {
    // The chapter's table, row by row: (w₁', w₂', b') after each step. Epoch 1: only (0,0) (net 0 → y 1,
    // d 0: b −0.1) and (1,1) (net −0.1 → y 0, d 1: all +0.1) change anything.
    const after = [
      [0, 0, -0.1], [0, 0, -0.1], [0, 0, -0.1], [0.1, 0.1, 0],
      [0.1, 0.1, -0.1], [0.1, 0, -0.2], [0.1, 0, -0.2], [0.2, 0.1, -0.1],
      [0.2, 0.1, -0.1], [0.2, 0, -0.2], [0.1, 0, -0.3], [0.2, 0.1, -0.2],
      [0.2, 0.1, -0.2], [0.2, 0.1, -0.2], [0.1, 0.1, -0.3], [0.2, 0.2, -0.2],
      [0.2, 0.2, -0.2], [0.2, 0.1, -0.3], [0.2, 0.1, -0.3], [0.2, 0.1, -0.3],
      [0.2, 0.1, -0.3], [0.2, 0.1, -0.3], [0.2, 0.1, -0.3], [0.2, 0.1, -0.3],
    ];
    const session = createSession('and', 0.1, { w1: 0, w2: 0, b: 0 });
    runToVerdict(session);
    expect(session.updates.map((u) => [u.weights[0], u.weights[1], u.bias])).toEqual(after);
    expect(session.epochErrors).toEqual([2, 3, 3, 2, 1, 0]);
    expect(session.verdict).toEqual({ kind: 'converged', epoch: 6 });
  });

  it.each(GATES.flatMap((gate) => [
    { gate, alpha: 0.1, seed: null },
    { gate, alpha: 0.25, seed: 7 },
    { gate, alpha: 1, seed: 123 },
    { gate, alpha: 0.01, seed: 42 },
  ]))('$gate, α = $alpha, seed $seed: AND, OR, NAND converge to a separating line; XOR cycles', ({ gate, alpha, seed }) => {
    // The perceptron convergence theorem: a linearly separable gate is learnt in finitely many
    // epochs; XOR is not separable, so its weights must come back to an earlier epoch's.
    const init = seed === null ? { w1: 0, w2: 0, b: 0 } : seededWeights(seed);
    const session = createSession(gate, alpha, init);
    runToVerdict(session);
    const data = makeLogicGate(gate);
    expect(session.updates).toHaveLength(4 * session.epochErrors.length);
    expect(session.epochErrors.slice(0, -1).every((errors) => errors > 0)).toBe(true);
    if (gate === 'xor') {
      expect(session.verdict?.kind).toBe('cycle');
    } else {
      expect(session.verdict).toEqual({ kind: 'converged', epoch: session.epochErrors.length });
      for (let row = 0; row < 4; row++) expect(perceptronOutput(session.perceptron, [data.x.data[2 * row], data.x.data[2 * row + 1]])).toBe(data.y.data[row]);
    }
  });

  it('XOR from zeros with α = 0.1 cycles: the weights entering epoch 4 are those entering epoch 3', () => {
    // Entering epoch 3: W = (−0.1, 0), b = 0. (0,0) ✗ → b −0.1; (0,1) ✗ → W₂ 0.1, b 0; (1,0) ✗ → W₁ 0,
    // b 0.1; (1,1) net 0.2 ✗ → W = (−0.1, 0), b = 0 — where the epoch began (errors 3, 3, 4).
    const session = createSession('xor', 0.1, { w1: 0, w2: 0, b: 0 });
    runToVerdict(session);
    expect(session.verdict).toEqual({ kind: 'cycle', firstEpoch: 3, repeatEpoch: 4 });
    expect(session.epochErrors).toEqual([3, 3, 4]);
  });

  it('stops at the epoch cap when no verdict comes first, and refuses to step after a verdict', () => {
    const session = createSession('xor', 0.1, { w1: 0, w2: 0, b: 0 }, 1);
    for (let k = 0; k < 4; k++) session.step();
    expect(session.verdict).toEqual({ kind: 'epoch-cap', epochs: 1 });
    expect(() => session.step()).toThrow();
  });

  it('nextSample walks 0, 1, 2, 3, 0 … and errorsThisEpoch restarts at each epoch', () => {
    const session = createSession('and', 0.1, { w1: 0, w2: 0, b: 0 });
    expect(session.nextSample).toBe(0);
    session.step(); // (0,0): net 0, y 1, d 0 → an error
    expect(session.nextSample).toBe(1);
    expect(session.errorsThisEpoch).toBe(1);
    for (let k = 0; k < 3; k++) session.step();
    expect(session.nextSample).toBe(0);
    expect(session.errorsThisEpoch).toBe(0);
  });
});

describe('delta-rule settings', () => {
  it('seededWeights(seed) draws w₁, w₂, b in (−0.5, 0.5) on a 0.01 grid, the same for the same seed', () => {
    for (const seed of [0, 1, 2, 42, 4294967295]) {
      const w = seededWeights(seed);
      expect(w).toEqual(seededWeights(seed));
      for (const v of [w.w1, w.w2, w.b]) {
        expect(Math.abs(v)).toBeLessThanOrEqual(0.5);
        expect(Math.abs(Number((v * 100).toFixed(6)) % 1)).toBe(0);
        expect(Object.is(v, -0)).toBe(false);
      }
    }
    expect(seededWeights(1)).not.toEqual(seededWeights(2));
  });

  it('initialWeights uses the typed w1, w2, b unless init = seed', () => {
    const typed = { ...defaults(DELTA_RULE_TABLE), w1: 0.3, w2: -0.2, b: 0.1 };
    expect(initialWeights(typed)).toEqual({ w1: 0.3, w2: -0.2, b: 0.1 });
    expect(initialWeights({ ...typed, init: 'seed', seed: 5 })).toEqual(seededWeights(5));
  });

  it('the URL table refuses α = 0, α = 2, a gate not listed and a weight of 1e999', () => {
    const params = new URLSearchParams('d.alpha=0&d.gate=xnor&d.w1=1e999&d.b=-0.5');
    const { state, ignored } = parse(params, 'd', DELTA_RULE_TABLE);
    expect(state).toEqual({ ...defaults(DELTA_RULE_TABLE), b: -0.5 });
    expect(ignored.map((i) => i.key)).toEqual(['d.alpha', 'd.gate', 'd.w1']);
    expect(parse(new URLSearchParams('d.alpha=2'), 'd', DELTA_RULE_TABLE).ignored).toHaveLength(1);
  });
});

describe('delta-rule number text', () => {
  it('formatValue writes hand-table numbers: 0.2, −0.3, 0 (never −0), at most 6 decimals', () => {
    expect(formatValue(0.2)).toBe('0.2');
    expect(formatValue(-0.3)).toBe('−0.3');
    expect(formatValue(-0)).toBe('0');
    expect(formatValue(-1e-13)).toBe('0');
    expect(formatValue(1)).toBe('1');
    expect(formatValue(0.1234567)).toBe('0.123457');
  });

  it('formatSubstituted puts negatives in parentheses: (−0.1), 0.1', () => {
    expect(formatSubstituted(-0.1)).toBe('(−0.1)');
    expect(formatSubstituted(0.1)).toBe('0.1');
  });

  it('lineText(0.2, 0.1, −0.3) = "0.2·x₁ + 0.1·x₂ − 0.3" (the chapter’s AND line)', () => {
    expect(lineText(0.2, 0.1, -0.3)).toBe('0.2·x₁ + 0.1·x₂ − 0.3');
    expect(lineText(-0.2, -0.1, 0.2)).toBe('−0.2·x₁ − 0.1·x₂ + 0.2');
    expect(lineText(0, 0.1, 0)).toBe('0·x₁ + 0.1·x₂ + 0');
  });
});

describe('delta-rule session history', () => {
  it('before[k] is the state entering update k: before[k + 1] equals the weights after update k', () => {
    const session = createSession('and', 0.1, { w1: 0, w2: 0, b: 0 });
    for (let k = 0; k < 8; k++) session.step();
    expect(session.before[0]).toEqual({ weights: new Float64Array([0, 0]), bias: 0 });
    for (let k = 0; k < 7; k++) {
      expect(session.before[k + 1]).toEqual({ weights: session.updates[k].weights, bias: session.updates[k].bias });
    }
  });
});

describe('delta-rule verdict sentences', () => {
  it('AND from zeros: "Converged: epoch 6 made no error … 5 epochs of learning, at w₁ = 0.2, w₂ = 0.1, b = −0.3."', () => {
    const session = createSession('and', 0.1, { w1: 0, w2: 0, b: 0 });
    runToVerdict(session);
    const text = verdictText(session.verdict!, session.perceptron, 'AND', strings('en'));
    expect(text).toBe('Converged: epoch 6 made no error, so training stops after 5 epochs of learning, at w₁ = 0.2, w₂ = 0.1, b = −0.3.');
  });

  it('XOR: one repeated epoch is named alone, a longer cycle by its first and last epochs', () => {
    const session = createSession('xor', 0.1, { w1: 0, w2: 0, b: 0 });
    runToVerdict(session);
    expect(verdictText(session.verdict!, session.perceptron, 'XOR', strings('en'))).toContain('entered epoch 3, so epoch 3 would repeat forever');
    const long = verdictText({ kind: 'cycle', firstEpoch: 5, repeatEpoch: 8 }, session.perceptron, 'XOR', strings('ko'));
    expect(long).toContain('에포크 5부터 7까지');
    expect(verdictText({ kind: 'epoch-cap', epochs: 200 }, session.perceptron, 'XOR', strings('en'))).toContain('after 200 epochs');
  });
});
