/**
 * The trace CLI: `npm run trace -- net.json [--format json|md|csv|latex] [--blank] [--steps N]
 * [--decimals 4|6|9] [--from-rounded] [--notation delta|partial] [--lang en|ko]`. Everything but
 * reading the file and printing is in run.ts; see examples/trace/README.md.
 */

import { readFileSync } from 'node:fs';
import { runTraceCli } from './run';

const result = runTraceCli(process.argv.slice(2), (path) => readFileSync(path, 'utf8'));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
