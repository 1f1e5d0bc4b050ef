/**
 * Messages of the widget kit. The strings themselves live in the site's one dictionary per language
 * (src/i18n/en.ts, src/i18n/ko.ts); this module formats them.
 *
 * Pure modules (validate, url-state, runner) never build sentences: they return a WidgetMessage —
 * a key and its parameters — and the widget formats it in the reader's language.
 */
import { strings, type Dictionary, type Lang } from '../i18n';
import { fill } from '../i18n/fill';

export { fill, formatNumber } from '../i18n/fill';

export type WidgetStringKey = keyof Dictionary;

export type MessageParams = Readonly<Record<string, string | number>>;

/** A sentence not yet in any language: the key of its template and the values for its placeholders. */
export interface WidgetMessage {
  readonly key: WidgetStringKey;
  readonly params: MessageParams;
}

export function formatMessage(message: WidgetMessage, lang: Lang): string {
  return fill(strings(lang)[message.key], message.params);
}

/** The template of one key, for text that is not a message (labels, titles). */
export function widgetString(key: WidgetStringKey, lang: Lang): string {
  return strings(lang)[key];
}
