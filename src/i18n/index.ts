import { en, type Dictionary } from './en';
export type { Dictionary } from './en';
import { ko } from './ko';
import { withBase } from '../site-base';

export const LANGS = ['en', 'ko'] as const;
export type Lang = (typeof LANGS)[number];

const dictionaries: Record<Lang, Dictionary> = { en, ko };

/** The UI strings of one language. */
export function strings(lang: Lang): Dictionary {
  return dictionaries[lang];
}

/**
 * The site path of a page in a language. English lives at the course's root (BASE), Korean under ko/.
 * `page` is language-free and has no leading slash: '' (home), 'perceptron/', 'notation/'.
 */
export function pathFor(lang: Lang, page: string): string {
  return withBase(lang === 'en' ? page : `ko/${page}`);
}

/** The other language. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'ko' : 'en';
}

/** Astro's rest parameter for a language: undefined for English (the root), 'ko' for Korean. */
export function langParam(lang: Lang): string | undefined {
  return lang === 'en' ? undefined : lang;
}

export function langFromParam(param: string | undefined): Lang {
  return param === 'ko' ? 'ko' : 'en';
}

/** getStaticPaths entries for a page that exists once per language. */
export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}
