/**
 * Command-line arguments of the trace CLI:
 *   net.json [--format json|md|csv|latex] [--blank] [--steps N] [--decimals 4|6|9] [--from-rounded]
 *   [--notation delta|partial] [--lang en|ko]
 * Options also take the form --format=md. --steps prints a JSON training summary, so it combines with
 * neither --format md|csv|latex nor --decimals, --from-rounded, --notation or --blank (those shape the
 * one-step trace). --blank (the student's worksheet: no values) needs --format md, csv or latex.
 * --lang picks the worksheet's words (WORKSHEET_LABELS), so it too needs --format md, csv or latex.
 */

import { TRACE_DECIMALS, type TraceDecimals, type TraceNotation } from '../trace/types';
import { WORKSHEET_LANGS, type WorksheetLang } from '../trace/worksheet-labels';

export type TraceFormat = 'json' | 'md' | 'csv' | 'latex';

export interface TraceArgs {
  /** Path of the problem JSON. */
  file: string;
  format: TraceFormat;
  /** Train this many steps instead of tracing one. */
  steps?: number;
  decimals: TraceDecimals;
  fromRounded: boolean;
  notation: TraceNotation;
  /** A worksheet without values (md, csv, latex). */
  blank: boolean;
  /** The language of the worksheet's words (md, csv, latex). */
  lang: WorksheetLang;
}

export const USAGE =
  'usage: npm run trace -- net.json [--format json|md|csv|latex] [--blank] [--steps N] [--decimals 4|6|9] [--from-rounded] [--notation delta|partial] [--lang en|ko]';

/** Largest --steps accepted (a guard against a typo that would run for minutes). */
export const MAX_STEPS = 1_000_000;

/** A bad command line; `option` is the flag at fault ('--format'), or 'arguments'. */
export class UsageError extends Error {
  readonly option: string;
  constructor(option: string, problem: string) {
    super(`${option}: ${problem}`);
    this.name = 'UsageError';
    this.option = option;
  }
}

const FORMATS: readonly TraceFormat[] = ['json', 'md', 'csv', 'latex'];
const NOTATIONS: readonly TraceNotation[] = ['delta', 'partial'];

function oneOf<T extends string | number>(option: string, text: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => String(a) === text);
  if (found === undefined) throw new UsageError(option, `expected ${allowed.join(', ')}, got ${JSON.stringify(text)}`);
  return found;
}

/** The parsed arguments, or 'help' for -h/--help. Throws UsageError. */
export function parseTraceArgs(argv: readonly string[]): TraceArgs | 'help' {
  const files: string[] = [];
  const seen = new Set<string>();
  let format: TraceFormat | undefined;
  let steps: number | undefined;
  let decimals: TraceDecimals | undefined;
  let fromRounded = false;
  let blank = false;
  let notation: TraceNotation = 'delta';
  let lang: WorksheetLang = 'en';
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--') continue;
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const option = equals === -1 ? arg : arg.slice(0, equals);
    if (seen.has(option)) throw new UsageError(option, 'given twice');
    seen.add(option);
    if (option === '--from-rounded' || option === '--blank') {
      if (equals !== -1) throw new UsageError(option, 'takes no value');
      if (option === '--blank') blank = true;
      else fromRounded = true;
      continue;
    }
    if (!['--format', '--steps', '--decimals', '--notation', '--lang'].includes(option)) {
      throw new UsageError(option, `unknown option; ${USAGE}`);
    }
    const value = equals === -1 ? argv[++k] : arg.slice(equals + 1);
    if (value === undefined || value === '') throw new UsageError(option, 'missing its value');
    if (option === '--format') format = oneOf(option, value, FORMATS);
    else if (option === '--decimals') decimals = oneOf(option, value, TRACE_DECIMALS);
    else if (option === '--notation') notation = oneOf(option, value, NOTATIONS);
    else if (option === '--lang') lang = oneOf(option, value, WORKSHEET_LANGS);
    else {
      const n = Number(value);
      if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1 || n > MAX_STEPS) {
        throw new UsageError(option, `expected a whole number from 1 to ${MAX_STEPS}, got ${JSON.stringify(value)}`);
      }
      steps = n;
    }
  }
  if (files.length === 0) throw new UsageError('arguments', `missing the network file; ${USAGE}`);
  if (files.length > 1) throw new UsageError('arguments', `expected one network file, got ${files.length}: ${files.join(', ')}`);
  if (steps !== undefined) {
    if (format !== undefined && format !== 'json') throw new UsageError('--steps', `prints JSON; it cannot be combined with --format ${format}`);
    if (decimals !== undefined) throw new UsageError('--steps', 'prints full-precision JSON; it cannot be combined with --decimals');
    if (fromRounded) throw new UsageError('--steps', 'trains at full precision; it cannot be combined with --from-rounded');
    if (seen.has('--notation')) throw new UsageError('--steps', 'prints no formulas; it cannot be combined with --notation');
    if (blank) throw new UsageError('--steps', 'prints no worksheet; it cannot be combined with --blank');
    if (seen.has('--lang')) throw new UsageError('--steps', 'prints no worksheet; it cannot be combined with --lang');
  }
  if (blank && (format ?? 'json') === 'json') throw new UsageError('--blank', 'needs --format md, csv or latex (a worksheet)');
  if (seen.has('--lang') && (format ?? 'json') === 'json') {
    throw new UsageError('--lang', 'needs --format md, csv or latex (JSON has no words to translate)');
  }
  return { file: files[0], format: format ?? 'json', steps, decimals: decimals ?? 4, fromRounded, notation, blank, lang };
}
