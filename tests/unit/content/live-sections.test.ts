import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMOS } from '../../../src/data/demos';

/**
 * Every section of a live chapter that sets a display formula has a live demo beside it (issues 13 and
 * 17, 12): a demo of src/data/demos.ts registered for that chapter and section. Chapters 3 and 4 are not yet
 * there (their issues are open) and are added here when they are.
 */
const LIVE = ['perceptron', 'backpropagation', 'optimizers', 'dropout', 'batch-normalization'] as const;
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
    const live = new Set(DEMOS.filter((d) => d.chapter === slug).map((d) => d.section));
    expect(sections.filter((id) => !live.has(id))).toEqual([]);
  });
});
