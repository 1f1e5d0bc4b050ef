import { describe, expect, it } from 'vitest';
import { MAX_STEPS, UsageError, parseTraceArgs } from '../../../../src/core/cli/args';

function usageError(argv: string[]): UsageError {
  try {
    parseTraceArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return error as UsageError;
  }
  throw new Error(`parseTraceArgs(${JSON.stringify(argv)}) did not throw`);
}

describe('parseTraceArgs', () => {
  it('parseTraceArgs(["net.json"]) gives the defaults: json, 4 decimals, not from rounded, δ notation', () => {
    expect(parseTraceArgs(['net.json'])).toEqual({
      file: 'net.json',
      format: 'json',
      steps: undefined,
      decimals: 4,
      fromRounded: false,
      notation: 'delta',
      blank: false,
      lang: 'en',
    });
  });

  it('reads every option, as "--x v" or "--x=v", in any order, and skips a "--" separator', () => {
    expect(parseTraceArgs(['--format', 'md', '--', 'net.json', '--decimals=9', '--from-rounded', '--notation', 'partial'])).toEqual({
      file: 'net.json',
      format: 'md',
      steps: undefined,
      decimals: 9,
      fromRounded: true,
      notation: 'partial',
      blank: false,
      lang: 'en',
    });
    expect(parseTraceArgs(['net.json', '--format', 'latex', '--blank'])).toMatchObject({ format: 'latex', blank: true });
    expect(parseTraceArgs(['net.json', '--steps=25'])).toMatchObject({ steps: 25, format: 'json' });
    expect(parseTraceArgs(['net.json', '--format', 'md', '--lang', 'ko'])).toMatchObject({ format: 'md', lang: 'ko' });
    expect(parseTraceArgs(['net.json', '--lang=en', '--format=csv'])).toMatchObject({ format: 'csv', lang: 'en' });
    expect(parseTraceArgs(['net.json', '--format', 'json', '--steps', '3'])).toMatchObject({ steps: 3 });
  });

  it('-h and --help ask for help', () => {
    expect(parseTraceArgs(['--help'])).toBe('help');
    expect(parseTraceArgs(['net.json', '-h'])).toBe('help');
  });

  it.each([
    [['--format', 'md'], 'arguments', /missing the network file; usage: /],
    [['a.json', 'b.json'], 'arguments', /expected one network file, got 2: a.json, b.json/],
    [['net.json', '--format', 'xml'], '--format', /expected json, md, csv, latex, got "xml"/],
    [['net.json', '--format'], '--format', /missing its value/],
    [['net.json', '--format='], '--format', /missing its value/],
    [['net.json', '--decimals', '5'], '--decimals', /expected 4, 6, 9, got "5"/],
    [['net.json', '--notation', 'nabla'], '--notation', /expected delta, partial, got "nabla"/],
    [['net.json', '--steps', '0'], '--steps', new RegExp(`expected a whole number from 1 to ${MAX_STEPS}, got "0"`)],
    [['net.json', '--steps', '2.5'], '--steps', /got "2.5"/],
    [['net.json', '--steps', '-3'], '--steps', /got "-3"/],
    [['net.json', '--steps', String(MAX_STEPS + 1)], '--steps', /expected a whole number/],
    [['net.json', '--from-rounded=yes'], '--from-rounded', /takes no value/],
    [['net.json', '--verbose'], '--verbose', /unknown option/],
    [['net.json', '--format', 'md', '--format', 'csv'], '--format', /given twice/],
    [['net.json', '--steps', '5', '--format', 'md'], '--steps', /cannot be combined with --format md/],
    [['net.json', '--steps', '5', '--decimals', '6'], '--steps', /cannot be combined with --decimals/],
    [['net.json', '--steps', '5', '--from-rounded'], '--steps', /cannot be combined with --from-rounded/],
    [['net.json', '--steps', '5', '--notation', 'partial'], '--steps', /cannot be combined with --notation/],
    [['net.json', '--steps', '5', '--blank'], '--steps', /cannot be combined with --blank/],
    [['net.json', '--blank'], '--blank', /needs --format md, csv or latex/],
    [['net.json', '--blank=yes', '--format', 'md'], '--blank', /takes no value/],
    [['net.json', '--format', 'md', '--lang', 'fr'], '--lang', /expected en, ko, got "fr"/],
    [['net.json', '--format', 'md', '--lang'], '--lang', /missing its value/],
    [['net.json', '--lang', 'ko'], '--lang', /needs --format md, csv or latex/],
    [['net.json', '--format', 'json', '--lang', 'en'], '--lang', /needs --format md, csv or latex/],
    [['net.json', '--steps', '5', '--lang', 'ko'], '--steps', /cannot be combined with --lang/],
  ])('parseTraceArgs(%j) throws a UsageError for %s', (argv, option, message) => {
    const error = usageError(argv);
    expect(error.option).toBe(option);
    expect(error.message.startsWith(`${option}: `)).toBe(true);
    expect(error.message).toMatch(message);
  });
});
