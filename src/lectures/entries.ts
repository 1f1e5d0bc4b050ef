/** The lectures' collection entries, per language and chapter (content/<lang>/lectures/<slug>.mdx). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { chaptersOf, slugOf, type ChapterEntry } from '../chapter-entries';
import { LANGS, langParam, type Lang } from '../i18n';
import { assertLecturesFollowChapters, lectureSlugs } from './sources';

export type LectureEntry = CollectionEntry<'lectures'>;

export interface LecturePage {
  lang: Lang;
  slug: string;
  lecture: LectureEntry;
  chapter: ChapterEntry;
}

/** getStaticPaths for a lecture's pages: one per language and lecture, after checking every lecture against its chapter. */
export async function lecturePaths(): Promise<Array<{ params: { lang: string | undefined; chapter: string }; props: LecturePage }>> {
  assertLecturesFollowChapters();
  const lectures = await getCollection('lectures');
  const paths = [];
  for (const lang of LANGS) {
    const chapters = await chaptersOf(lang);
    for (const slug of lectureSlugs()) {
      const lecture = lectures.find((entry) => entry.id === `${lang}/lectures/${slug}`);
      const chapter = chapters.find((entry) => slugOf(entry) === slug);
      if (!lecture || !chapter) throw new Error(`No ${lang} lecture or chapter for ${slug}`);
      paths.push({ params: { lang: langParam(lang), chapter: slug }, props: { lang, slug, lecture, chapter } });
    }
  }
  return paths;
}
