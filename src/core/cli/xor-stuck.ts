/**
 * `npm run xor-stuck -- [--arch 2-2-1] [--eta 2] [--tol 0.01] [--epochs 20000] [--seeds 100]`: runs the
 * training-loop widget's XOR setup for seeds 0 … seeds − 1 and prints how many never reach the
 * tolerance (src/core/xor-stuck.ts), with those seeds and their final losses. The defaults are the
 * widget's and the count chapter 1 quotes.
 */
import { countStuckXorRuns } from '../xor-stuck';

const DEFAULTS: Record<string, string> = { arch: '2-2-1', eta: '2', tol: '0.01', epochs: '20000', seeds: '100' };

const args = { ...DEFAULTS };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) {
  const key = argv[i].replace(/^--/, '');
  if (!(key in DEFAULTS) || argv[i + 1] === undefined) {
    process.stderr.write(`xor-stuck: unknown option or missing value: ${argv[i]}\n`);
    process.exit(2);
  }
  args[key] = argv[i + 1];
}
const sizes = args.arch.split('-').map(Number);
const count = countStuckXorRuns({ sizes, eta: Number(args.eta), tolerance: Number(args.tol), maxEpochs: Number(args.epochs), seeds: Number(args.seeds) });
process.stdout.write(
  `${args.arch}, η = ${args.eta}, tolerance ${args.tol}, at most ${args.epochs} epochs: ${count.stuck} of ${count.seeds} seeds never reach the tolerance\n` +
    count.stuckSeeds.map((seed, k) => `  seed ${seed}: E = ${count.stuckLosses[k].toFixed(5)}\n`).join(''),
);
