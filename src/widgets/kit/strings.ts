/**
 * Messages of the widget kit. The strings themselves live in the site's one dictionary per language
 * (src/i18n/en.ts, src/i18n/ko.ts); this module loads them in the browser and formats them.
 *
 * Loading: each dictionary is its own chunk, fetched by `loadStrings(lang)` (a dynamic import), so a
 * page ships only its own language (~5.5 KB gzip each) instead of both. The lookups are synchronous
 * and read what was loaded: NnWidget awaits `loadStrings(this.uiLang)` before `start()`, the frame and
 * presentation scripts before wiring, so everything that formats a string runs after its load.
 *
 * Pure modules (validate, url-state, runner) never build sentences: they return a WidgetMessage —
 * a key and its parameters — and the widget formats it in the reader's language.
 */
import type { Dictionary, Lang } from '../../i18n';
import { fill } from '../../i18n/fill';

export { fill, formatNumber } from '../../i18n/fill';

export type WidgetStringKey = keyof Dictionary;

export type MessageParams = Readonly<Record<string, string | number>>;

/** A sentence not yet in any language: the key of its template and the values for its placeholders. */
export interface WidgetMessage {
  readonly key: WidgetStringKey;
  readonly params: MessageParams;
}

const loaders: Record<Lang, () => Promise<Dictionary>> = {
  en: () => import('../../i18n/en').then((module) => module.en),
  ko: () => import('../../i18n/ko').then((module) => module.ko),
};

const loaded: Partial<Record<Lang, Dictionary>> = {};
const loading: Partial<Record<Lang, Promise<Dictionary>>> = {};

/** Fetches the dictionary of `lang` (once; later calls share the first load). */
export function loadStrings(lang: Lang): Promise<Dictionary> {
  const cached = loaded[lang];
  if (cached) return Promise.resolve(cached);
  return (loading[lang] ??= loaders[lang]().then(
    (dictionary) => (loaded[lang] = dictionary),
    (error: unknown) => {
      delete loading[lang]; // a later call (the error box's Reload) tries again
      throw error;
    },
  ));
}

export function stringsLoaded(lang: Lang): boolean {
  return loaded[lang] !== undefined;
}

/** The whole loaded dictionary of `lang` (for a widget that uses many of its strings). */
export function uiStrings(lang: Lang): Dictionary {
  const found = loaded[lang];
  if (!found) throw new Error(`UI strings for "${lang}" are not loaded yet: await loadStrings('${lang}') first`);
  return found;
}

export function formatMessage(message: WidgetMessage, lang: Lang): string {
  return fill(uiStrings(lang)[message.key], message.params);
}

/** The template of one key, for text that is not a message (labels, titles). */
export function widgetString(key: WidgetStringKey, lang: Lang): string {
  return uiStrings(lang)[key];
}
