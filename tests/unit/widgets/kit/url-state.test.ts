import { describe, expect, expectTypeOf, it } from 'vitest';
import { defaults, defineUrlTable, parse, serialize, startingAt, type UrlState } from '../../../../src/widgets/kit/url-state';
import { formatMessage } from '../../../../src/widgets/kit/strings';

const table = defineUrlTable([
  { key: 'alpha', type: 'number', default: 0.1, min: 0.0001, max: 10 },
  { key: 'offset', type: 'number', default: 0, min: -1, max: 1 },
  { key: 'epochs', type: 'int', default: 20, min: 1, max: 1000 },
  { key: 'bias', type: 'boolean', default: true },
  { key: 'gate', type: 'enum', default: 'and', values: ['and', 'or', 'nand', 'xor'] },
  { key: 'label', type: 'string', default: '', maxLength: 10 },
]);
type State = UrlState<typeof table>;
const DEFAULTS: State = { alpha: 0.1, offset: 0, epochs: 20, bias: true, gate: 'and', label: '' };

const read = (query: string) => parse(new URLSearchParams(query), 'delta', table);
const write = (state: State, query = '') => serialize(state, 'delta', table, new URLSearchParams(query)).toString();
/** The reasons, formatted in English, for readable assertions. */
const reasons = (query: string) => read(query).ignored.map((i) => formatMessage(i.reason, 'en'));

describe('defineUrlTable', () => {
  it('UrlState<typeof table> has one typed property per field (enum values as a union)', () => {
    expectTypeOf<State>().toEqualTypeOf<{
      alpha: number;
      offset: number;
      epochs: number;
      bias: boolean;
      gate: 'and' | 'or' | 'nand' | 'xor';
      label: string;
    }>();
    expect(defaults(table)).toEqual(DEFAULTS);
  });

  it.each([
    ['a duplicate key', [{ key: 'a', type: 'int', default: 1 }, { key: 'a', type: 'int', default: 2 }], /duplicate/],
    ['a dot in a key', [{ key: 'a.b', type: 'int', default: 1 }], /bad key/],
    ['an empty key', [{ key: '', type: 'int', default: 1 }], /bad key/],
    ['a default out of range', [{ key: 'a', type: 'number', default: 5, min: 0, max: 1 }], /default/],
    ['a fractional int default', [{ key: 'a', type: 'int', default: 0.5 }], /default/],
    ['an enum default not listed', [{ key: 'a', type: 'enum', default: 'z', values: ['x', 'y'] }], /default/],
    ['an enum with no values', [{ key: 'a', type: 'enum', default: 'x', values: [] }], /no values/],
    ['a string default too long', [{ key: 'a', type: 'string', default: 'abcdef', maxLength: 3 }], /default/],
  ] as const)('throws on %s', (_, fields, message) => {
    expect(() => defineUrlTable(fields as never)).toThrow(message);
  });
});

describe('parse(params, namespace, table)', () => {
  it('no parameters: the defaults, nothing ignored', () => {
    expect(read('')).toEqual({ state: DEFAULTS, ignored: [] });
  });

  it('reads every type of field', () => {
    expect(read('delta.alpha=0.5&delta.offset=-0.25&delta.epochs=7&delta.bias=0&delta.gate=xor&delta.label=hi')).toEqual({
      state: { alpha: 0.5, offset: -0.25, epochs: 7, bias: false, gate: 'xor', label: 'hi' },
      ignored: [],
    });
  });

  it('booleans accept 1/0 and true/false', () => {
    expect(read('delta.bias=false').state.bias).toBe(false);
    expect(read('delta.bias=1').state.bias).toBe(true);
    expect(read('delta.bias=true').state.bias).toBe(true);
  });

  it('accepts exponents, a leading +, surrounding spaces, and "1e+3" typed by hand (its + arrives as a space)', () => {
    expect(read('delta.alpha=1e-3').state.alpha).toBe(0.001);
    expect(read('delta.epochs=%2B5').state.epochs).toBe(5);
    expect(read('delta.alpha=%200.5%20').state.alpha).toBe(0.5);
    expect(new URLSearchParams('delta.epochs=1e+3').get('delta.epochs')).toBe('1e 3');
    expect(read('delta.epochs=1e+3')).toEqual({ state: { ...DEFAULTS, epochs: 1000 }, ignored: [] });
  });

  it('"-0" reads as +0', () => {
    const { state, ignored } = read('delta.offset=-0');
    expect(ignored).toEqual([]);
    expect(Object.is(state.offset, 0)).toBe(true);
  });

  it('"abc" → default, with the reason to show', () => {
    const { state, ignored } = read('delta.alpha=abc');
    expect(state).toEqual(DEFAULTS);
    expect(ignored).toEqual([
      { key: 'delta.alpha', raw: 'abc', reason: { key: 'urlNotANumber', params: { name: 'delta.alpha', raw: 'abc', fallback: '0.1' } } },
    ]);
    expect(formatMessage(ignored[0].reason, 'en')).toBe('delta.alpha: “abc” is not a number — using 0.1');
    expect(formatMessage(ignored[0].reason, 'ko')).toBe('delta.alpha: “abc”은(는) 숫자가 아닙니다 — 기본값 0.1 사용');
  });

  it.each([
    ['delta.alpha=NaN', 'delta.alpha: “NaN” is not a number — using 0.1'],
    ['delta.alpha=Infinity', 'delta.alpha: “Infinity” is not a number — using 0.1'],
    ['delta.alpha=0x10', 'delta.alpha: “0x10” is not a number — using 0.1'],
    ['delta.alpha=1e999', 'delta.alpha: “1e999” is too large — using 0.1'],
    ['delta.alpha=-1e999', 'delta.alpha: “-1e999” is too large — using 0.1'],
    ['delta.alpha=0,5', 'delta.alpha: “0,5” has a comma; decimals take a point — using 0.1'],
    ['delta.alpha=', 'delta.alpha has no value — using 0.1'],
    ['delta.alpha', 'delta.alpha has no value — using 0.1'],
    ['delta.alpha=11', 'delta.alpha: 11 is outside 0.0001 to 10 — using 0.1'],
    ['delta.alpha=0', 'delta.alpha: 0 is outside 0.0001 to 10 — using 0.1'],
    ['delta.alpha=1e-999', 'delta.alpha: 1e-999 is outside 0.0001 to 10 — using 0.1'],
    ['delta.epochs=2.5', 'delta.epochs: 2.5 is not a whole number — using 20'],
    ['delta.epochs=1e20', 'delta.epochs: 1e20 is outside 1 to 1000 — using 20'],
    ['delta.epochs=0', 'delta.epochs: 0 is outside 1 to 1000 — using 20'],
    ['delta.bias=yes', 'delta.bias: “yes” is not 1 or 0 — using 1'],
    ['delta.bias=', 'delta.bias has no value — using 1'],
    ['delta.gate=XOR', 'delta.gate: “XOR” is not one of and, or, nand, xor — using and'],
    ['delta.gate=', 'delta.gate has no value — using and'],
    ['delta.label=abcdefghijk', 'delta.label: the value is longer than 10 characters — using “”'],
    ['delta.beta=1', 'delta.beta is not a setting of this demo — ignored'],
    ['delta.=1', 'delta. is not a setting of this demo — ignored'],
    ['delta.alpha.x=1', 'delta.alpha.x is not a setting of this demo — ignored'],
  ])('%s → default; "%s"', (query, reason) => {
    const { state, ignored } = read(query);
    expect(state).toEqual(DEFAULTS);
    expect(ignored.map((i) => formatMessage(i.reason, 'en'))).toEqual([reason]);
  });

  it('a malformed field falls back alone: the valid fields beside it are used', () => {
    const { state, ignored } = read('delta.alpha=abc&delta.epochs=50&delta.gate=or');
    expect(state).toEqual({ ...DEFAULTS, epochs: 50, gate: 'or' });
    expect(ignored.map((i) => i.key)).toEqual(['delta.alpha']);
  });

  it('duplicate keys: the first occurrence is read, later ones are ignored', () => {
    expect(read('delta.alpha=0.5&delta.alpha=0.7').state.alpha).toBe(0.5);
    expect(reasons('delta.alpha=0.5&delta.alpha=0.7')).toEqual(['delta.alpha appears more than once — only the first is read']);
    // even when the first is the bad one: a link with two values is ambiguous, so no guessing
    const bad = read('delta.alpha=abc&delta.alpha=0.7');
    expect(bad.state.alpha).toBe(0.1);
    expect(bad.ignored.map((i) => i.reason.key)).toEqual(['urlNotANumber', 'urlDuplicate']);
  });

  it('keys of other widgets and other parameters are neither read nor reported', () => {
    const { state, ignored } = read('other.alpha=5&delta-rule.alpha=3&deltaalpha=2&alpha=9&slide=4&Delta.alpha=8');
    expect(state).toEqual(DEFAULTS);
    expect(ignored).toEqual([]);
  });

  it('decoding: percent-escapes and + in strings', () => {
    expect(read('delta.label=a%2Bb%26c').state.label).toBe('a+b&c');
    expect(read('delta.label=a+b').state.label).toBe('a b');
  });

  it('a bad namespace (empty, or with a dot) is the programmer’s mistake', () => {
    expect(() => parse(new URLSearchParams(''), '', table)).toThrow(/namespace/);
    expect(() => parse(new URLSearchParams(''), 'a.b', table)).toThrow(/namespace/);
  });
});

describe('serialize(state, namespace, table, into)', () => {
  it('the defaults write nothing', () => {
    expect(write(DEFAULTS)).toBe('');
  });

  it('only non-default values are written, in table order, namespaced', () => {
    expect(write({ ...DEFAULTS, gate: 'or', alpha: 0.5 })).toBe('delta.alpha=0.5&delta.gate=or');
    expect(write({ ...DEFAULTS, bias: false })).toBe('delta.bias=0');
  });

  it('other widgets’ keys and other parameters are left as they were', () => {
    expect(write({ ...DEFAULTS, epochs: 30 }, 'slide=3&other.alpha=5&delta-rule.x=1')).toBe(
      'slide=3&other.alpha=5&delta-rule.x=1&delta.epochs=30',
    );
  });

  it('stale and unknown keys of this namespace are removed (all copies)', () => {
    expect(write(DEFAULTS, 'delta.alpha=3&delta.alpha=4&delta.junk=1&x=1')).toBe('x=1');
  });

  it('a value parse would refuse is not written (NaN, out of range, fractional int, unlisted enum)', () => {
    expect(write({ ...DEFAULTS, alpha: NaN })).toBe('');
    expect(write({ ...DEFAULTS, alpha: 99 })).toBe('');
    expect(write({ ...DEFAULTS, epochs: 2.5 })).toBe('');
    expect(write({ ...DEFAULTS, gate: 'maybe' as State['gate'] })).toBe('');
    expect(write({ ...DEFAULTS, label: 'x'.repeat(11) })).toBe('');
  });

  it('−0 counts as the default 0', () => {
    expect(write({ ...DEFAULTS, offset: -0 })).toBe('');
  });

  it('returns the same URLSearchParams it wrote into', () => {
    const into = new URLSearchParams();
    expect(serialize(DEFAULTS, 'delta', table, into)).toBe(into);
  });
});

describe('parse(serialize(state)) round trip', () => {
  it.each<[string, State]>([
    ['defaults', DEFAULTS],
    ['every field changed', { alpha: 3, offset: -1, epochs: 1000, bias: false, gate: 'nand', label: 'a+b&c=d é' }],
    ['doubles that print long', { ...DEFAULTS, alpha: 0.1 + 0.2, offset: 1 / 3 }],
    ['the range ends', { ...DEFAULTS, alpha: 0.0001, offset: 1, epochs: 1 }],
    ['a tiny number printed with an exponent', { ...DEFAULTS, offset: 1e-7 }],
    ['a label of spaces and symbols', { ...DEFAULTS, label: ' ? # % ' }],
  ])('%s', (_, state) => {
    const query = write(state, 'keep=1&other.alpha=2');
    const back = read(query);
    expect(back.ignored).toEqual([]);
    expect(back.state).toEqual(state);
    // and through a full URL string, as a reload would
    const url = new URL(`https://example.test/ch/?${query}#s`);
    expect(parse(url.searchParams, 'delta', table).state).toEqual(state);
    expect(url.searchParams.get('keep')).toBe('1');
    expect(url.searchParams.get('other.alpha')).toBe('2');
  });

  it('two widgets share one query string without touching each other', () => {
    const params = new URLSearchParams();
    serialize({ ...DEFAULTS, alpha: 2 }, 'a', table, params);
    serialize({ ...DEFAULTS, alpha: 3 }, 'b', table, params);
    serialize({ ...DEFAULTS, epochs: 5 }, 'a', table, params); // a rewrites itself
    expect(parse(params, 'a', table).state).toEqual({ ...DEFAULTS, epochs: 5 });
    expect(parse(params, 'b', table).state).toEqual({ ...DEFAULTS, alpha: 3 });
  });
});

describe('startingAt(table, start): a widget placed again, opening elsewhere', () => {
  it('replaces the named defaults, read as the URL reads them, and keeps the rest', () => {
    const moved = startingAt(table, 'gate=xor&alpha=0.5&bias=0');
    expect(defaults(moved)).toEqual({ ...DEFAULTS, gate: 'xor', alpha: 0.5, bias: false });
    // The table itself is untouched: the first placement still opens on its own defaults.
    expect(defaults(table)).toEqual(DEFAULTS);
  });

  it('its defaults are what the URL leaves out: the instance writes nothing until changed, and reads an empty URL as its start', () => {
    const moved = startingAt(table, 'gate=xor');
    expect(serialize({ ...DEFAULTS, gate: 'xor' }, 'delta-xor', moved, new URLSearchParams()).toString()).toBe('');
    // Back on the table's own default it is a change for this instance, so it is written.
    expect(serialize(DEFAULTS, 'delta-xor', moved, new URLSearchParams()).toString()).toBe('delta-xor.gate=and');
    expect(parse(new URLSearchParams(''), 'delta-xor', moved).state.gate).toBe('xor');
    expect(parse(new URLSearchParams('delta-xor.gate=or'), 'delta-xor', moved).state.gate).toBe('or');
  });

  it('no start is the table itself', () => {
    expect(startingAt(table, undefined)).toBe(table);
    expect(startingAt(table, '')).toBe(table);
  });

  it('an author’s mistake throws, naming it: an unknown key, a value the field refuses, a key twice', () => {
    expect(() => startingAt(table, 'colour=red')).toThrow('no field colour');
    expect(() => startingAt(table, 'gate=maybe')).toThrow('"maybe" is not a valid gate');
    expect(() => startingAt(table, 'alpha=99')).toThrow('"99" is not a valid alpha');
    expect(() => startingAt(table, 'gate=or&gate=and')).toThrow('"gate" given twice');
  });
});
