/**
 * The language of a widget's UI strings: the `lang` of its closest ancestor that has one (the page's
 * <html lang>, or a block quoted in the other language). Only English and Korean exist; any `ko-*`
 * tag is Korean and anything else falls back to English.
 */
import type { Lang } from '../../i18n';

/** 'ko', 'ko-KR', 'KO' → 'ko'; everything else, including no tag, → 'en'. */
export function langFromTag(tag: string | null | undefined): Lang {
  return /^ko(?:-|$)/i.test(tag ?? '') ? 'ko' : 'en';
}

export function langOf(element: Element): Lang {
  return langFromTag(element.closest('[lang]')?.getAttribute('lang'));
}
