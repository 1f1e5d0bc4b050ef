/**
 * The stepper's set-up as data: resizing a network while keeping the numbers already typed, and the
 * set-up as the JSON `npm run trace` reads (written compactly, read back through the core's
 * validateTraceProblem). Pure (tests/unit/widgets/stepper/setup-model.test.ts).
 */
import { SpecError, validateTraceProblem, type TraceProblem } from '../../core';
import { checkLimits, sizesOf } from './problem-url';

/**
 * `fresh` (a problem of the new sizes, e.g. drawn from the seed) with every number of `old` copied in
 * where the same weight, bias, input or target still exists; η and updateBias from `old`. Layers keep
 * their activation where they exist; if that is no longer valid (a softmax that is no longer last),
 * every layer falls back to `fresh`'s activation.
 */
export function resizeProblem(old: TraceProblem, fresh: TraceProblem): TraceProblem {
  const keep = (values: readonly number[], previous: readonly number[] | undefined) =>
    values.map((v, k) => (previous && k < previous.length ? previous[k] : v));
  const layers = fresh.layers.map((layer, l) => {
    const before = old.layers[l];
    return {
      weights: layer.weights.map((row, j) => keep(row, before?.weights[j])),
      bias: keep(layer.bias, before?.bias),
      activation: before?.activation ?? layer.activation,
    };
  });
  const candidate = {
    layers,
    input: keep(fresh.input, old.input),
    target: keep(fresh.target, old.target),
    loss: old.loss,
    learningRate: old.learningRate,
    updateBias: old.updateBias,
  };
  try {
    return validateTraceProblem(candidate);
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    return validateTraceProblem({ ...candidate, layers: layers.map((layer, l) => ({ ...layer, activation: fresh.layers[l].activation })) });
  }
}

const row = (values: readonly number[]) => `[${values.map((v) => String(v + 0)).join(', ')}]`;

/** The problem as JSON in the trace CLI's format, one layer per line (examples/trace/*.json style). */
export function problemToJson(problem: TraceProblem): string {
  const layers = problem.layers.map((layer) => {
    const slope = layer.leakySlope === undefined ? '' : `, "leakySlope": ${layer.leakySlope}`;
    return `    { "weights": [${layer.weights.map(row).join(', ')}], "bias": ${row(layer.bias)}, "activation": ${JSON.stringify(layer.activation)}${slope} }`;
  });
  return [
    '{',
    '  "layers": [',
    layers.join(',\n'),
    '  ],',
    `  "input": ${row(problem.input)},`,
    `  "target": ${row(problem.target)},`,
    `  "loss": ${JSON.stringify(problem.loss)},`,
    `  "learningRate": ${problem.learningRate},`,
    `  "updateBias": ${problem.updateBias}`,
    '}',
    '',
  ].join('\n');
}

export type JsonRead = { ok: true; problem: TraceProblem } | { ok: false; syntax: boolean; message: string };

/** A pasted or loaded JSON text as a problem, or why not (the core's SpecError message names the field). */
export function readProblemJson(text: string): JsonRead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, syntax: true, message: error instanceof Error ? error.message : String(error) };
  }
  try {
    return { ok: true, problem: checkLimits(validateTraceProblem(value)) };
  } catch (error) {
    if (error instanceof SpecError) return { ok: false, syntax: false, message: error.message };
    throw error;
  }
}

/** '2-2-2' for the message after loading. */
export function sizesText(problem: TraceProblem): string {
  return sizesOf(problem).join('-');
}
