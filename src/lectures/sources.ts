/**
 * The lectures' MDX sources beside their chapters (content/<lang>/lectures/<slug>.mdx), checked
 * against the chapters at build time: a lecture that names a section, formula or widget its chapter
 * lacks, or that differs in shape between the languages, stops the build (src/lectures/check.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHAPTER_SLUGS, type ChapterSlug } from '../chapters';
import { DEMOS } from '../data/demos';
import { lectureProblems, parityProblems, parseLecture } from './check';

const CONTENT = join(process.cwd(), 'content');

const read = (path: string) => readFileSync(join(CONTENT, path), 'utf8');

/** The chapters that have a lecture, in the deck's order (a lecture exists in both languages or in neither). */
export function lectureSlugs(): ChapterSlug[] {
  return CHAPTER_SLUGS.filter((slug) => existsSync(join(CONTENT, 'en/lectures', `${slug}.mdx`)) || existsSync(join(CONTENT, 'ko/lectures', `${slug}.mdx`)));
}

/** Every problem of every lecture, each prefixed with its file; empty when all is well. */
export function allLectureProblems(): string[] {
  const problems: string[] = [];
  for (const slug of lectureSlugs()) {
    const texts: Partial<Record<'en' | 'ko', string>> = {};
    for (const lang of ['en', 'ko'] as const) {
      const path = `${lang}/lectures/${slug}.mdx`;
      if (!existsSync(join(CONTENT, path))) {
        problems.push(`content/${path}: missing (a lecture exists in both languages)`);
        continue;
      }
      texts[lang] = read(path);
      for (const problem of lectureProblems(texts[lang]!, read(`${lang}/${slug}.mdx`), lang)) problems.push(`content/${path}: ${problem}`);
    }
    if (texts.en && texts.ko) for (const problem of parityProblems(texts.en, texts.ko)) problems.push(`lectures/${slug}.mdx en/ko: ${problem}`);
  }
  return problems;
}

/** Throws (and so fails the build) when any lecture breaks the rules. */
export function assertLecturesFollowChapters(): void {
  const problems = allLectureProblems();
  if (problems.length > 0) throw new Error(`The lectures do not follow their chapters:\n- ${problems.join('\n- ')}`);
}

/**
 * The demo title (src/data/demos.ts) of each widget, by its component's name, in `lang`: the name a
 * lecture's MDX uses for it. components/demos.ts pairs each demo id with its component
 * (`'dropout-mask': DropoutMask,`); it is read as text, like the lectures, since this runs in Node.
 */
export function widgetTitles(lang: 'en' | 'ko'): Map<string, string> {
  const pairs = readFileSync(join(process.cwd(), 'components/demos.ts'), 'utf8').matchAll(/^\s*'([\w-]+)': (\w+),$/gm);
  const titles = new Map<string, string>();
  for (const [, id, component] of pairs) {
    const demo = DEMOS.find((d) => d.id === id);
    if (demo) titles.set(component, demo.title[lang]);
  }
  return titles;
}

/**
 * Where a chapter's reader enters its lecture: for each of the chapter's `##` sections, the first
 * slide that belongs to it ('intro', the chapter's opening, enters at the first slide). Sections
 * without a slide of their own are left out: the reader enters at the lecture's start.
 */
export function sectionSlides(lang: 'en' | 'ko', slug: string): Record<string, string> {
  const path = `${lang}/lectures/${slug}.mdx`;
  if (!existsSync(join(CONTENT, path))) return {};
  const slides = parseLecture(read(path));
  const entries: Record<string, string> = slides.length > 0 ? { intro: slides[0].id } : {};
  for (const slide of slides) entries[slide.section] ??= slide.id;
  return entries;
}
