import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMOS } from '../../../src/data/demos';
import { readChapterSource } from '../../../src/markdown/chapter-source.mjs';

/** The demo registry (src/data/demos.ts) and the component map (components/demos.ts) name the same demos. */
const componentMap = readFileSync(join(import.meta.dirname, '../../../components/demos.ts'), 'utf8');

describe('the demos registry', () => {
  it('has unique ids that are URL segments', () => {
    const ids = DEMOS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(DEMOS.map((d) => [d.id, d] as const))('%s has a component, a section that exists, and a title in both languages', (id, demo) => {
    expect(componentMap).toContain(`'${id}':`);
    const source = readChapterSource(readFileSync(join(import.meta.dirname, '../../../content/en', `${demo.chapter}.mdx`), 'utf8'));
    expect(source.sections.map((s) => s.id)).toContain(demo.section);
    expect(demo.title.en && demo.title.ko && demo.summary.en && demo.summary.ko).toBeTruthy();
  });
});
