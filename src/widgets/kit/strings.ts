/**
 * Messages of the widget kit. The strings themselves live in the site's one dictionary per language
 * (src/i18n/en.ts, src/i18n/ko.ts); this module loads them in the browser and formats them.
 *
 * Loading: each language's strings are split into the site's and the kit's (src/i18n/<lang>/site.ts)
 * and one module per widget (src/i18n/<lang>/<widget id>.ts), each its own chunk, so a page's first
 * load carries only the site's strings in its own language, and a widget's strings come with its code.
 * `loadStrings(lang)` fetches the site's, `loadStrings(lang, id)` those and the widget's; lookups are
 * synchronous and read what was loaded: NnWidget awaits its widget's before `start()`, the frame and
 * presentation scripts the site's before wiring, so everything that formats a string runs after its
 * load, and a key that was not loaded throws (the widget's error box), never prints "undefined".
 *
 * Pure modules (validate, url-state, runner) never build sentences: they return a WidgetMessage —
 * a key and its parameters — and the widget formats it in the reader's language.
 */
import type { Dictionary, Lang } from '../../i18n';
import { fill } from '../../i18n/fill';
import { STRING_MODULES } from '../../i18n/modules';

export { fill, formatNumber } from '../../i18n/fill';

export type WidgetStringKey = keyof Dictionary;

export type MessageParams = Readonly<Record<string, string | number>>;

/** A sentence not yet in any language: the key of its template and the values for its placeholders. */
export interface WidgetMessage {
  readonly key: WidgetStringKey;
  readonly params: MessageParams;
}


/** What has been loaded per language: the site's strings and those of every widget loaded so far. */
const loaded: Partial<Record<Lang, Record<string, string>>> = {};
/** The same, read through a guard: a key whose module was not loaded throws instead of reading undefined. */
const guarded: Partial<Record<Lang, Dictionary>> = {};
/** Modules being or already loaded, as 'ko/site' (a failed load is forgotten, so the error box's Reload retries). */
const loading = new Map<string, Promise<void>>();
const done = new Set<string>();

const pathOf = (lang: Lang, name: string) => `${lang}/${name}`;

function loadModule(lang: Lang, name: string): Promise<void> {
  const path = pathOf(lang, name);
  const load = Object.hasOwn(STRING_MODULES[lang], name) ? STRING_MODULES[lang][name] : undefined;
  if (!load) return Promise.resolve(); // a widget without strings of its own
  let pending = loading.get(path);
  if (!pending) {
    pending = load().then(
      (module) => {
        Object.assign((loaded[lang] ??= {}), module.strings);
        done.add(path);
      },
      (error: unknown) => {
        loading.delete(path);
        throw error;
      },
    );
    loading.set(path, pending);
  }
  return pending;
}

/** Fetches the site's strings of `lang` and, given a widget id, that widget's (each once). */
export async function loadStrings(lang: Lang, widget?: string): Promise<void> {
  await Promise.all([loadModule(lang, 'site'), widget ? loadModule(lang, widget) : undefined]);
}

/** True once the site's strings of `lang` are in (the kit's and the frame's messages). */
export function stringsLoaded(lang: Lang): boolean {
  return done.has(pathOf(lang, 'site'));
}

/** The loaded strings of `lang` (for a widget that uses many of its strings), typed as the whole dictionary. */
export function uiStrings(lang: Lang): Dictionary {
  const found = loaded[lang];
  if (!found) throw new Error(`UI strings for "${lang}" are not loaded yet: await loadStrings('${lang}') first`);
  return (guarded[lang] ??= new Proxy(found, {
    get(target, key) {
      // 'then': a promise resolving with the strings asks whether they are a thenable.
      if (typeof key === 'string' && key !== 'then' && !(key in target)) {
        throw new Error(`UI string "${key}" (${lang}) is not loaded: it is in neither the site's strings nor a loaded widget's`);
      }
      return Reflect.get(target, key);
    },
  }) as unknown as Dictionary);
}

export function formatMessage(message: WidgetMessage, lang: Lang): string {
  return fill(uiStrings(lang)[message.key], message.params);
}

/** The template of one key, for text that is not a message (labels, titles). */
export function widgetString(key: WidgetStringKey, lang: Lang): string {
  return uiStrings(lang)[key];
}
