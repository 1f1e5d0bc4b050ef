/**
 * Messages of the widget kit. The strings themselves live in the site's one dictionary per language
 * (src/i18n/en.ts, src/i18n/ko.ts); this module formats them.
 *
 * Pure modules (validate, url-state, runner) never build sentences: they return a WidgetMessage —
 * a key and its parameters — and the widget formats it in the reader's language.
 */
import { strings, type Dictionary, type Lang } from '../i18n';

export type WidgetStringKey = keyof Dictionary;

export type MessageParams = Readonly<Record<string, string | number>>;

/** A sentence not yet in any language: the key of its template and the values for its placeholders. */
export interface WidgetMessage {
  readonly key: WidgetStringKey;
  readonly params: MessageParams;
}

/**
 * A number for a sentence: six significant digits, exponent form when very large or small,
 * ∞ for infinities. Exact values belong in the fields; messages only have to be read.
 */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  const size = Math.abs(x);
  if (size !== 0 && (size >= 1e6 || size < 1e-4)) return x.toExponential(2);
  return String(Number(x.toPrecision(6)));
}

/** Fills `{name}` placeholders of one template; numbers go through formatNumber. */
export function fill(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

export function formatMessage(message: WidgetMessage, lang: Lang): string {
  return fill(strings(lang)[message.key], message.params);
}

/** The template of one key, for text that is not a message (labels, titles). */
export function widgetString(key: WidgetStringKey, lang: Lang): string {
  return strings(lang)[key];
}
