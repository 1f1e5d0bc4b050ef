/**
 * npm run bench [-- --rounds 12 --round-ms 600 --warm-up-ms 1000]
 *
 * Trains the same four networks with the core and with TensorFlow.js (cpu backend) in one process:
 * the same architecture, initial weights, batches, loss and plain gradient descent step. A sanity
 * check first shows that both sides compute the same losses; then interleaved time-boxed rounds give
 * each side's steps per second (median over rounds), the ratio, and the core's GFLOP/s (see flops.ts).
 * Ends with a Markdown table for the README.
 */

import os from 'node:os';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { createRng } from '../src/core';
import { flopsPerStep } from './flops';
import { interleave, median } from './harness';
import { type BenchNetwork, benchNetworks, datasetSeed } from './networks';
import { createCoreSide } from './sides/core';
import { createTfjsSide } from './sides/tfjs';
import type { Side } from './sides/types';

/** Largest relative difference between the two sides' losses that the sanity check accepts. */
const SANITY_TOLERANCE = 1e-4;

interface Contest {
  network: BenchNetwork;
  examples: number;
  core: Side;
  tfjs: Side;
}

interface Result {
  contest: Contest;
  core: number;
  tfjs: number;
  /** Per-round ratios core/tfjs (rounds are adjacent in time). */
  pairedRatios: number[];
}

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '12' },
    'round-ms': { type: 'string', default: '600' },
    'warm-up-ms': { type: 'string', default: '1000' },
  },
});
const rounds = positiveInteger('rounds', options.rounds);
const roundMs = positiveInteger('round-ms', options['round-ms']);
const warmUpMs = positiveInteger('warm-up-ms', options['warm-up-ms']);

function positiveInteger(name: string, text: string): number {
  const value = Number(text);
  if (!(Number.isInteger(value) && value > 0)) {
    throw new RangeError(`--${name} must be a positive integer, got ${text}`);
  }
  return value;
}

const fixed = (value: number, digits: number): string => value.toFixed(digits);
const grouped = (value: number): string => Math.round(value).toLocaleString('en-US');
const relativeDifference = (a: number, b: number): number =>
  Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-30);

/** Steps for the sanity check: 10, or past the first epoch's end when batches are shuffled. */
function sanitySteps(contest: Contest): number {
  const batch = contest.network.batchSize;
  return batch === null ? 10 : Math.ceil(contest.examples / batch) + 3;
}

function sanityCheck(contest: Contest): boolean {
  const steps = sanitySteps(contest);
  const core = contest.core.firstLosses(steps);
  const tfjs = contest.tfjs.firstLosses(steps);
  const worst = Math.max(...core.map((loss, k) => relativeDifference(loss, tfjs[k])));
  const ok = worst <= SANITY_TOLERANCE;
  const { id, title } = contest.network;
  console.log(
    `  ${id} ${title.padEnd(38)} step 1: core ${fixed(core[0], 7)} tfjs ${fixed(tfjs[0], 7)} · ` +
      `step ${steps}: core ${fixed(core[steps - 1], 7)} tfjs ${fixed(tfjs[steps - 1], 7)} · ` +
      `max rel. diff ${worst.toExponential(1)} ${ok ? 'ok' : `> ${SANITY_TOLERANCE}: FAIL`}`,
  );
  return ok;
}

function measure(contest: Contest): Result {
  const { rates } = interleave([contest.core, contest.tfjs], rounds, roundMs, warmUpMs);
  const [core, tfjs] = rates;
  return { contest, core: median(core), tfjs: median(tfjs), pairedRatios: core.map((rate, k) => rate / tfjs[k]) };
}

function gflops(result: Result): number {
  return (result.core * flopsPerStep(result.contest.network, result.contest.examples)) / 1e9;
}

function batchLabel(contest: Contest): string {
  const batch = contest.network.batchSize;
  return batch === null ? `full (${contest.examples})` : `${batch} of ${grouped(contest.examples)}`;
}

function markdownTable(results: readonly Result[]): string {
  const rows = results.map((result) => {
    const { network } = result.contest;
    return (
      `| ${network.id} ${network.title} | ${batchLabel(result.contest)} | ${grouped(result.core)} | ` +
      `${grouped(result.tfjs)} | ${fixed(result.core / result.tfjs, 1)}× | ${fixed(gflops(result), 2)} |`
    );
  });
  return [
    '| network | batch | core steps/s | tfjs steps/s | core / tfjs | core GFLOP/s |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

await tf.setBackend('cpu');
// Production mode skips tfjs's debug-time argument checks (and its "install tfjs-node" banner).
tf.enableProdMode();
await tf.ready();

const cpu = `${os.cpus()[0]?.model.trim() ?? 'unknown CPU'} (${os.cpus().length} logical CPUs)`;
const machine = `node ${process.version} (V8 ${process.versions.v8}), ${os.platform()} ${os.arch()}, ${cpu}`;
const library = `TensorFlow.js ${tf.version.tfjs}, backend '${tf.getBackend()}'`;
console.log('Training core vs TensorFlow.js: same networks, weights, batches, loss and gradient descent step\n');
console.log(machine);
console.log(`${library} (float32); core in float64`);
console.log(`${rounds} interleaved rounds of ${roundMs} ms per side and network, after ${warmUpMs} ms of warm-up\n`);

const contests: Contest[] = benchNetworks.map((network) => {
  const dataset = network.makeDataset(createRng(datasetSeed(network)));
  const core = createCoreSide(network, dataset);
  return { network, examples: dataset.x.rows, core, tfjs: createTfjsSide(network, dataset, core.initialLayers) };
});

console.log(`Sanity check: batch losses of the first steps from the same weights (tolerance ${SANITY_TOLERANCE})`);
const sane = contests.map(sanityCheck).every(Boolean);
if (!sane) {
  console.error('\nThe two sides do not compute the same training steps; not timing them.');
  process.exit(1);
}

console.log('\nSpeed (steps per second, median over rounds):');
const results: Result[] = [];
for (const contest of contests) {
  const result = measure(contest);
  results.push(result);
  const paired = result.pairedRatios;
  const flops = grouped(flopsPerStep(contest.network, contest.examples));
  console.log(
    `  ${contest.network.id} ${contest.network.title.padEnd(38)} core ${grouped(result.core).padStart(9)} · ` +
      `tfjs ${grouped(result.tfjs).padStart(6)} · core/tfjs ${fixed(result.core / result.tfjs, 1).padStart(6)}× ` +
      `(per round ${fixed(Math.min(...paired), 1)}–${fixed(Math.max(...paired), 1)}) · ` +
      `core ${fixed(gflops(result), 2)} GFLOP/s (${flops} FLOP/step)`,
  );
}

console.log(`\n${markdownTable(results)}`);
console.log(`\n${machine}; ${library}; median of ${rounds} interleaved rounds.`);
