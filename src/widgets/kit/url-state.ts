/**
 * A widget's shareable state, declared once as a table of URL fields, read and written by two pure
 * functions. Keys are namespaced by the widget's id — `?delta.alpha=0.1&delta.gate=or` — so several
 * widgets share one query string without touching each other's keys.
 *
 * parse: every field starts at its default; a value is used only if it is exactly valid (in range,
 * whole for `int`, a listed value for `enum`, …). Anything else — and any key inside the namespace that
 * the table does not declare, and any repeat of a key — leaves the default and adds an entry to
 * `ignored`, whose reason is a WidgetMessage ready to show ("delta.alpha: “abc” is not a number —
 * using 0.1"). Out-of-range values fall back to the default rather than being clamped: a shared link
 * should reproduce exactly what its author saw, or say plainly that it cannot.
 *
 * serialize: removes this namespace's keys (stale and unknown ones too) and writes only the values
 * that differ from their defaults, in table order. A value that parse would refuse is not written,
 * so a URL never carries what the widget would reject. Numbers are written with String(), the shortest
 * text that reads back as the same double, so parse(serialize(s)) equals s for every valid state.
 */
import { readNumeral } from './numeral';
import type { MessageParams, WidgetMessage, WidgetStringKey } from './strings';

interface FieldBase<T extends string, V> {
  /** The URL key inside the namespace, also the state property: letters, digits, '_' or '-'. */
  readonly key: string;
  readonly type: T;
  readonly default: V;
}
export interface NumberField extends FieldBase<'number' | 'int', number> {
  readonly min?: number;
  readonly max?: number;
}
export type BooleanField = FieldBase<'boolean', boolean>;
export interface EnumField<V extends string = string> extends FieldBase<'enum', V> {
  readonly values: readonly V[];
}
export interface StringField extends FieldBase<'string', string> {
  /** Default 200: a link is not a place for essays. */
  readonly maxLength?: number;
}
export type UrlField = NumberField | BooleanField | EnumField | StringField;
export type UrlTable = readonly UrlField[];

type FieldValue<F> = F extends { type: 'boolean' }
  ? boolean
  : F extends { type: 'enum'; values: readonly (infer V)[] }
    ? V
    : F extends { type: 'string' }
      ? string
      : number;

/** The state a table describes: `{ [field.key]: value }`. */
export type UrlState<T extends UrlTable> = { [F in T[number] as F['key']]: FieldValue<F> };

export interface IgnoredParam {
  /** The full URL key, e.g. 'delta.alpha'. */
  readonly key: string;
  /** The value as it appeared (decoded). */
  readonly raw: string;
  readonly reason: WidgetMessage;
}

export interface ParsedUrlState<S> {
  readonly state: S;
  readonly ignored: readonly IgnoredParam[];
}

const DEFAULT_MAX_LENGTH = 200;
const NAME = /^[A-Za-z0-9_-]+$/;

/**
 * Declares a table, checking it once (a mistake here is the programmer's, so it throws): keys
 * well-formed and unique, enum values listed, every default valid by its own field's rules.
 * `const` keeps the literal keys and enum values, so UrlState<typeof table> is precise.
 */
export function defineUrlTable<const T extends UrlTable>(table: T): T {
  const seen = new Set<string>();
  for (const field of table) {
    if (!NAME.test(field.key)) throw new Error(`url table: bad key "${field.key}"`);
    if (seen.has(field.key)) throw new Error(`url table: duplicate key "${field.key}"`);
    seen.add(field.key);
    if (field.type === 'enum' && field.values.length === 0) throw new Error(`url table: "${field.key}" lists no values`);
    const check = readField(field, formatValue(field, field.default));
    if (!check.ok) throw new Error(`url table: the default of "${field.key}" is not valid (${check.reason})`);
  }
  return table;
}

/**
 * The table with other defaults, for a widget placed a second time where it should open elsewhere
 * (the activation bench in each function's section opens on that function): `start` is written as a
 * URL query without the namespace, 'fn=tanh&x=0.5'. Its values are read as the URL's are, and a key
 * or value the table refuses throws: it is the author's mistake, caught at build time by the component
 * that writes it (and by the widget's error box if it reached a page).
 */
export function startingAt<T extends UrlTable>(table: T, start: string | undefined): T {
  if (!start) return table;
  const given = new Map<string, string>();
  for (const [key, raw] of new URLSearchParams(start)) {
    if (given.has(key)) throw new Error(`start "${start}": "${key}" given twice`);
    given.set(key, raw);
  }
  const fields = table.map((field) => {
    const raw = given.get(field.key);
    if (raw === undefined) return field;
    given.delete(field.key);
    const read = readField(field, raw);
    if (!read.ok) throw new Error(`start "${start}": "${raw}" is not a valid ${field.key} (${read.reason})`);
    return { ...field, default: read.value };
  });
  if (given.size > 0) throw new Error(`start "${start}": no field ${[...given.keys()].join(', ')}`);
  return fields as unknown as T;
}

/** The defaults of a table, as a state. */
export function defaults<T extends UrlTable>(table: T): UrlState<T> {
  return Object.fromEntries(table.map((f) => [f.key, f.default])) as UrlState<T>;
}

export function parse<T extends UrlTable>(params: URLSearchParams, namespace: string, table: T): ParsedUrlState<UrlState<T>> {
  checkNamespace(namespace);
  const prefix = `${namespace}.`;
  const fields = new Map<string, UrlField>(table.map((f) => [f.key, f]));
  const state: Record<string, unknown> = defaults(table);
  const ignored: IgnoredParam[] = [];
  const taken = new Set<string>();

  for (const [name, raw] of params) {
    if (!name.startsWith(prefix)) continue;
    const field = fields.get(name.slice(prefix.length));
    const ignore = (key: WidgetStringKey, extra: MessageParams = {}) =>
      ignored.push({ key: name, raw, reason: { key, params: { name, raw, ...extra } } });
    if (!field) {
      ignore('urlUnknownKey');
    } else if (taken.has(field.key)) {
      ignore('urlDuplicate');
    } else {
      taken.add(field.key);
      const read = readField(field, raw);
      if (read.ok) state[field.key] = read.value;
      else ignore(read.reason, { ...read.params, fallback: describeDefault(field) });
    }
  }
  return { state: state as UrlState<T>, ignored };
}

export function serialize<T extends UrlTable>(state: UrlState<T>, namespace: string, table: T, into: URLSearchParams): URLSearchParams {
  checkNamespace(namespace);
  const prefix = `${namespace}.`;
  for (const name of new Set(into.keys())) if (name.startsWith(prefix)) into.delete(name);
  const values = state as Record<string, unknown>;
  for (const field of table) {
    const value = values[field.key];
    if (value === field.default) continue; // === on purpose: −0 counts as the default 0
    const text = formatValue(field, value);
    const check = readField(field, text);
    if (check.ok && check.value !== field.default) into.append(prefix + field.key, text);
  }
  return into;
}

function checkNamespace(namespace: string): void {
  if (!NAME.test(namespace)) throw new Error(`url state: bad namespace "${namespace}" (no dots, not empty)`);
}

function formatValue(field: UrlField, value: unknown): string {
  if (field.type === 'boolean') return value ? '1' : '0';
  return String(value);
}

/** The default as a notice shows it; strings are quoted so an empty default is visible. */
function describeDefault(field: UrlField): string {
  const text = formatValue(field, field.default);
  return field.type === 'string' ? `“${text}”` : text;
}

type FieldRead =
  | { ok: true; value: unknown }
  | { ok: false; reason: WidgetStringKey; params?: MessageParams };

/** One field's value from its URL text: exactly valid, or the reason it is not. */
function readField(field: UrlField, raw: string): FieldRead {
  switch (field.type) {
    case 'number':
    case 'int':
      return readNumber(field, raw);
    case 'boolean':
      if (raw === '1' || raw === 'true') return { ok: true, value: true };
      if (raw === '0' || raw === 'false') return { ok: true, value: false };
      return raw === '' ? { ok: false, reason: 'urlEmpty' } : { ok: false, reason: 'urlNotBoolean' };
    case 'enum':
      if ((field.values as readonly string[]).includes(raw)) return { ok: true, value: raw };
      return raw === ''
        ? { ok: false, reason: 'urlEmpty' }
        : { ok: false, reason: 'urlUnknownValue', params: { values: field.values.join(', ') } };
    case 'string': {
      const maxLength = field.maxLength ?? DEFAULT_MAX_LENGTH;
      if (raw.length > maxLength) return { ok: false, reason: 'urlTooLong', params: { maxLength } };
      return { ok: true, value: raw };
    }
  }
}

function readNumber(field: NumberField, raw: string): FieldRead {
  // A '+' typed by hand in a query string arrives as a space ('1e+3' → '1e 3'); put it back.
  const numeral = readNumeral(raw.replace(/(\d[eE]) (?=\d)/, '$1+'));
  switch (numeral.kind) {
    case 'empty':
      return { ok: false, reason: 'urlEmpty' };
    case 'comma':
      return { ok: false, reason: 'urlDecimalComma' };
    case 'invalid':
      return { ok: false, reason: 'urlNotANumber' };
    case 'infinite':
      return { ok: false, reason: 'urlNotFinite' };
    case 'number': {
      const { value } = numeral;
      const min = field.min ?? -Number.MAX_VALUE;
      const max = field.max ?? Number.MAX_VALUE;
      if (value < min || value > max) return { ok: false, reason: 'urlOutOfRange', params: { min, max } };
      if (field.type === 'int' && !Number.isSafeInteger(value)) return { ok: false, reason: 'urlNotInteger' };
      return { ok: true, value };
    }
  }
}
