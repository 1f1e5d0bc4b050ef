import { render } from 'astro:content';
import { chaptersOf, slugOf } from './chapter-entries';
import { pathFor, type Lang } from './i18n';
import type { Place } from './data/notation';

export interface SectionLink {
  href: string;
  /** "Perceptron › The delta rule" */
  label: string;
}

/**
 * Resolves chapter/section places to links with the section's heading in the given language.
 * A place that names a missing section is a build error: the notation and glossary must not link
 * into nowhere.
 */
export async function sectionLinker(lang: Lang): Promise<(place: Place) => SectionLink> {
  const headingsBySlug = new Map<string, { title: string; sections: Map<string, string> }>();
  for (const entry of await chaptersOf(lang)) {
    const { headings } = await render(entry);
    const sections = new Map(headings.filter((h) => h.depth === 2).map((h) => [h.slug, h.text]));
    headingsBySlug.set(slugOf(entry), { title: entry.data.title, sections });
  }
  return (place) => {
    const chapter = headingsBySlug.get(place.chapter);
    const section = chapter?.sections.get(place.section);
    if (!chapter || !section) throw new Error(`No section ${place.chapter}#${place.section} in the ${lang} chapters`);
    return { href: pathFor(lang, `${place.chapter}/#${place.section}`), label: `${chapter.title} › ${section}` };
  };
}
