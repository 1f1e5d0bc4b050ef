import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { chapterSchema } from '../../../src/chapter-schema';
import { CHAPTER_SLUGS } from '../../../src/chapters';
import { readChapterSource } from '../../../src/markdown/chapter-source.mjs';
import { GLOSSARY } from '../../../src/data/glossary';
import { NOTATION } from '../../../src/data/notation';
import { LANGS } from '../../../src/i18n';

const CONTENT = join(import.meta.dirname, '../../../content');
const schema = chapterSchema(z as never);

function load(lang: string, slug: string) {
  return readChapterSource(readFileSync(join(CONTENT, lang, `${slug}.mdx`), 'utf8'));
}

describe('the content collection', () => {
  it.each(LANGS)('content/%s holds exactly the seven chapters of the deck', (lang) => {
    const files = readdirSync(join(CONTENT, lang)).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));
    expect(files.sort()).toEqual([...CHAPTER_SLUGS].sort());
  });

  for (const lang of LANGS) {
    it.each(CHAPTER_SLUGS.map((slug, i) => [slug, i + 1] as const))(`${lang}/%s.mdx has valid front matter with order %i`, (slug, order) => {
      const data = schema.parse(parseYaml(load(lang, slug).frontMatter));
      expect(data.order).toBe(order);
    });
  }
});

describe.each(CHAPTER_SLUGS)('the English and Korean twins of %s', (slug) => {
  const en = load('en', slug);
  const ko = load('ko', slug);

  it('every ## section carries an id', () => {
    for (const s of [...en.sections, ...ko.sections]) expect(s.id, `"## ${s.text}"`).toBeTruthy();
  });

  it('have the same sections, with the same ids, in the same order', () => {
    expect(ko.sections.map((s) => s.id)).toEqual(en.sections.map((s) => s.id));
    expect(en.sections.length).toBeGreaterThanOrEqual(3);
  });

  it('have the same display formulas in the same order', () => {
    expect(ko.displayMath).toEqual(en.displayMath);
    expect(en.displayMath.length).toBeGreaterThan(0);
  });

  it('place the same components (diagrams, widgets) in the same order', () => {
    expect(ko.components).toEqual(en.components);
  });
});

describe('links from the notation page and the glossary', () => {
  const sectionIds = new Map(CHAPTER_SLUGS.map((slug) => [slug, new Set(load('en', slug).sections.map((s) => s.id))]));

  it.each(NOTATION.map((n) => [n.tex, n.first] as const))('notation %s points at an existing section', (_tex, place) => {
    expect(sectionIds.get(place.chapter)?.has(place.section)).toBe(true);
  });

  it.each(GLOSSARY.map((g) => [g.en, g.introduced] as const))('glossary term "%s" points at an existing section', (_term, place) => {
    expect(sectionIds.get(place.chapter)?.has(place.section)).toBe(true);
  });
});
