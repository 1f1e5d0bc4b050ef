/**
 * Timing for the benchmark: time-boxed rounds of training steps, interleaved between the contenders,
 * summarised by the median.
 *
 * The clock is read once per chunk of steps, not once per step, so that reading it costs nothing
 * next to a step (a core XOR step takes well under a microsecond). The chunk is calibrated during the
 * warm-up so that one chunk takes about CHUNK_MS.
 */

import { performance } from 'node:perf_hooks';

/** One contender on one network: a training step, and a way back to the initial state. */
export interface Contender {
  readonly name: string;
  /** Back to the initial weights, the first batch of the first epoch, and a fresh optimizer. */
  reset(): void;
  /** One training step: forward, loss, backward, update, on the next batch. */
  step(): void;
  /** Throws if the last round left the contender in a state that would falsify its timing. */
  check(): void;
}

export interface Round {
  steps: number;
  seconds: number;
}

/** Target duration of a chunk of steps between two clock reads. */
const CHUNK_MS = 2;

/** Runs chunks of `chunk` steps until at least `budgetMs` have passed. */
export function timeRound(contender: Contender, budgetMs: number, chunk: number): Round {
  let steps = 0;
  const start = performance.now();
  let now = start;
  while (now - start < budgetMs) {
    for (let k = 0; k < chunk; k++) contender.step();
    steps += chunk;
    now = performance.now();
  }
  return { steps, seconds: (now - start) / 1000 };
}

/**
 * Warm-up (JIT compilation, buffer allocation) for about `budgetMs`, doubling the chunk until one
 * chunk takes CHUNK_MS; returns the chunk size for the timed rounds.
 */
export function warmUp(contender: Contender, budgetMs: number): number {
  contender.reset();
  let chunk = 1;
  const start = performance.now();
  let now = start;
  while (now - start < budgetMs) {
    const before = now;
    for (let k = 0; k < chunk; k++) contender.step();
    now = performance.now();
    if (now - before < CHUNK_MS) chunk *= 2;
  }
  contender.check();
  return chunk;
}

/** steps per second of a round. */
export function rate(round: Round): number {
  return round.steps / round.seconds;
}

/** The median (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export interface InterleavedResult {
  /** Steps per second of each round, per contender (in the order given). */
  rates: number[][];
}

/**
 * `rounds` rounds of `budgetMs` for each contender, alternating between them (A B, B A, A B, …, so
 * that neither always runs first and machine noise falls on both). Each round starts from reset().
 */
export function interleave(
  contenders: readonly Contender[],
  rounds: number,
  budgetMs: number,
  warmUpMs: number,
): InterleavedResult {
  const chunks = contenders.map((contender) => warmUp(contender, warmUpMs));
  const rates = contenders.map((): number[] => []);
  for (let r = 0; r < rounds; r++) {
    const order = contenders.map((_, k) => (r % 2 === 0 ? k : contenders.length - 1 - k));
    for (const k of order) {
      const contender = contenders[k];
      contender.reset();
      rates[k].push(rate(timeRound(contender, budgetMs, chunks[k])));
      contender.check();
    }
  }
  return { rates };
}
