/**
 * The trace CLI as a pure function: arguments and a file reader in, exit code and output text out.
 * Exit codes: 0 success; 2 bad arguments or bad input (one line on stderr naming the option or field);
 * 1 training diverged (--steps).
 */

import { SpecError } from '../network-spec';
import { traceTrainingStep } from '../trace/trace';
import { validateTraceProblem } from '../trace/problem';
import { traceToCsv, traceToMarkdown } from '../trace/worksheet';
import { traceToLatex } from '../trace/worksheet-latex';
import { WORKSHEET_LABELS } from '../trace/worksheet-labels';
import { USAGE, UsageError, parseTraceArgs } from './args';
import { formatJson } from './json';
import { trainOnExample } from './train-example';

export interface CliResult {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

/** Reads a whole text file; throws (with a Node-style `code` such as 'ENOENT') when it cannot. */
export type ReadText = (path: string) => string;

const HELP = `${USAGE}

Prints every quantity of one training step (forward, loss E, δ's, gradients, updates) of the dense
network in net.json on its one example. net.json:
  { "layers": [{ "weights": [[...], ...], "bias": [...], "activation": "sigmoid" }, ...],
    "input": [...], "target": [...], "loss": "half-squared-error", "learningRate": 0.5, "updateBias": true }
  --format json|md|csv|latex
                         JSON summary and steps (default), a Markdown worksheet, CSV rows, or a
                         standalone LaTeX file (the given numbers, then the worksheet)
  --blank                with md, csv or latex: the student's worksheet (no values, no numbers)
  --lang en|ko           with md, csv or latex: the worksheet's words in English (default) or Korean
                         (a Korean LaTeX file loads kotex)
  --decimals 4|6|9       decimals shown in formulas (default 4)
  --from-rounded         compute each step from the rounded values, as on paper
  --notation partial     write δ as ∂E/∂net
  --steps N              train N steps instead; prints the loss history and the final layers
`;

function line(message: string): string {
  return `${message.replace(/\s+/g, ' ').trim()}\n`;
}

function fail(code: 1 | 2, message: string): CliResult {
  return { code, stdout: '', stderr: line(message) };
}

function readProblem(file: string, readText: ReadText): unknown {
  let text: string;
  try {
    text = readText(file);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    throw new SpecError(file, `cannot read the file (${reason})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SpecError(file, `not valid JSON (${(error as Error).message})`);
  }
}

export function runTraceCli(argv: readonly string[], readText: ReadText): CliResult {
  let args;
  try {
    args = parseTraceArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return fail(2, error.message);
    throw error;
  }
  if (args === 'help') return { code: 0, stdout: HELP, stderr: '' };

  let problem;
  try {
    problem = validateTraceProblem(readProblem(args.file, readText));
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    // A read or parse error already names the file as its field.
    return fail(2, error.field === args.file ? error.message : `${args.file}: ${error.message}`);
  }

  if (args.steps !== undefined) {
    const summary = trainOnExample(problem, args.steps);
    const diverged = summary.lossHistory.findIndex((e) => !Number.isFinite(e));
    if (diverged !== -1) {
      return fail(1, `${args.file}: diverged at step ${diverged} (E = ${summary.lossHistory[diverged]}); lower learningRate`);
    }
    return { code: 0, stdout: formatJson(summary), stderr: '' };
  }

  const trace = traceTrainingStep(problem, problem, {
    learningRate: problem.learningRate,
    loss: problem.loss,
    updateBias: problem.updateBias,
    notation: args.notation,
    rounding: { decimals: args.decimals, fromRounded: args.fromRounded },
  });
  const sheet = { blank: args.blank, labels: WORKSHEET_LABELS[args.lang], problem };
  const stdout =
    args.format === 'md'
      ? traceToMarkdown(trace.steps, args.decimals, sheet)
      : args.format === 'csv'
        ? traceToCsv(trace.steps, args.decimals, sheet)
        : args.format === 'latex'
          ? traceToLatex(trace.steps, args.decimals, sheet)
          : formatJson({ ...trace.summary, steps: trace.steps });
  return { code: 0, stdout, stderr: '' };
}
