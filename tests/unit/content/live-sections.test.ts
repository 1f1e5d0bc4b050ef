import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHAPTER_SLUGS } from '../../../src/chapters';
import { DEMOS } from '../../../src/data/demos';
import { sectionText } from '../../../src/lectures/check';
import { widgetTitles } from '../../../src/lectures/sources';

/**
 * Every section of a chapter that sets a display formula has a live demo beside it (issues 13, 17,
 * 12 and chapters 3 and 4's): a demo of src/data/demos.ts registered for that chapter and section, or
 * one of the demos' widgets placed in the section again (the activation bench opened on one function,
 * the loss example on the MAE numbers).
 */
const LIVE = CHAPTER_SLUGS;
const CONTENT = join(import.meta.dirname, '../../../content/en');

/** The ids of the chapter's `##` sections that contain a `$$` display formula. */
function sectionsWithFormulas(slug: string): string[] {
  const text = readFileSync(join(CONTENT, `${slug}.mdx`), 'utf8');
  const ids: string[] = [];
  for (const part of text.split(/^## /m).slice(1)) {
    const id = /\{\/\* #([\w-]+) \*\/\}/.exec(part.split('\n')[0])?.[1];
    if (id && /^\$\$/m.test(part)) ids.push(id);
  }
  return ids;
}

describe.each(LIVE)('the %s chapter', (slug) => {
  it('has a live demo in every section with a display formula', () => {
    const sections = sectionsWithFormulas(slug);
    expect(sections.length).toBeGreaterThan(0);
    const registered = new Set(DEMOS.filter((d) => d.chapter === slug).map((d) => d.section));
    const chapter = readFileSync(join(CONTENT, `${slug}.mdx`), 'utf8');
    const widgets = [...widgetTitles('en').keys()];
    const placesWidget = (id: string) => widgets.some((name) => sectionText(chapter, id).includes(`<${name} `));
    expect(sections.filter((id) => !registered.has(id) && !placesWidget(id))).toEqual([]);
  });
});
