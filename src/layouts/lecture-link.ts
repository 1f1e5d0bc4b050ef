/**
 * From a chapter to its lecture. The chapter's "Lecture slides" link (at the chapter's top) opens the
 * lecture at its start; the P key opens it at the first slide of the section being read (the last
 * `##` section whose top has passed the upper third of the screen), so a lecturer who has the chapter
 * open goes straight to the slides for it.
 * An old link to the chapter's former presentation mode (/<chapter>/?slide=<section>) is sent on to
 * the lecture's slide for that section.
 */
import type { Lang } from '../i18n';
import { pageKeys } from '../widgets/kit/key-listener';
import { loadStrings, uiStrings } from '../widgets/kit/strings';

const PARAM = 'slide';

/** The lecture URL for `section` ('intro' or a section id); an unknown section gives the lecture's start. */
export function lectureUrl(base: string, slides: Readonly<Record<string, string>>, section: string | null): string {
  const id = section !== null && Object.hasOwn(slides, section) ? slides[section] : null;
  return id === null ? base : `${base}?${PARAM}=${encodeURIComponent(id)}`;
}

/** The `##` section being read: the last whose top is above a third of the screen ('intro' before the first). */
function sectionInView(article: HTMLElement): string {
  let current = 'intro';
  for (const section of article.querySelectorAll<HTMLElement>(':scope > section.slide')) {
    if (section.getBoundingClientRect().top > innerHeight / 3) break;
    current = section.querySelector('h2')?.id ?? current;
  }
  return current;
}

export function setupLectureLink(article: HTMLElement, link: HTMLAnchorElement, lang: Lang): void {
  const base = link.getAttribute('href')!;
  const slides = JSON.parse(link.dataset.sectionSlides ?? '{}') as Record<string, string>;
  const here = () => lectureUrl(base, slides, sectionInView(article));

  const old = new URL(location.href).searchParams.get(PARAM);
  if (old !== null) {
    location.replace(lectureUrl(base, slides, old));
    return;
  }
  pageKeys().register({ key: 'p', scope: 'page', description: () => uiStrings(lang).keysPresent, handler: () => location.assign(here()) });
  void loadStrings(lang);
}
