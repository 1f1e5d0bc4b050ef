import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A number the core computes is never typed into a chapter: the initial values of a LiveFormula and
 * the numbers of a Formula (`values={{ name: … }}`) are expressions built from the core — names imported from src/core
 * (the examples module included) or a chapter's own `export const` computed with them — and an
 * example network is passed whole (`<Mlp network={…}>`), never as typed weights.
 */
const CONTENT = join(import.meta.dirname, '../../../content');
const chapters = readdirSync(CONTENT).flatMap((lang) =>
  readdirSync(join(CONTENT, lang))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ file: `${lang}/${name}`, source: readFileSync(join(CONTENT, lang, name), 'utf8') })),
);

/** The text inside each `values={{ … }}`, braces balanced. */
function valueObjects(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/values=\{\{/g)) {
    let depth = 2;
    let k = match.index + match[0].length;
    const start = k;
    for (; k < source.length && depth > 0; k++) {
      if (source[k] === '{') depth++;
      else if (source[k] === '}') depth--;
    }
    found.push(source.slice(start, k - 2));
  }
  return found;
}

/** `key: expression` entries of an object literal's text, split at top-level commas. */
function entries(text: string): { key: string; expression: string }[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let k = 0; k < text.length; k++) {
    if ('([{'.includes(text[k])) depth++;
    else if (')]}'.includes(text[k])) depth--;
    else if (text[k] === ',' && depth === 0) {
      parts.push(text.slice(start, k));
      start = k + 1;
    }
  }
  parts.push(text.slice(start));
  return parts
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.indexOf(':');
      return { key: part.slice(0, colon).trim(), expression: part.slice(colon + 1).trim() };
    });
}

/** Names imported from src/core, and the chapter's `export const`s that use one of them. */
function coreNames(source: string): Set<string> {
  const names = new Set<string>();
  for (const m of source.matchAll(/^import\s*\{([^}]*)\}\s*from\s*'\.\.\/\.\.\/src\/core(?:\/[^']*)?';/gm)) {
    for (const name of m[1].split(',')) if (name.trim()) names.add(name.trim().split(/\s+as\s+/).pop()!);
  }
  for (const m of source.matchAll(/^export const (\w+) = (.*)$/gm)) {
    if ([...names].some((name) => new RegExp(`\\b${name}\\b`).test(m[2]))) names.add(m[1]);
  }
  return names;
}

describe('chapters type no number the core computes', () => {
  it('finds the live formulas to check', () => {
    expect(chapters.flatMap((c) => valueObjects(c.source)).length).toBeGreaterThanOrEqual(4);
  });

  it.each(chapters.map((c) => [c.file, c.source]))('%s: every LiveFormula and Formula value is an expression from the core', (file, source) => {
    const names = coreNames(source);
    for (const object of valueObjects(source)) {
      for (const { key, expression } of entries(object)) {
        expect(expression, `${file}: ${key} is a typed number`).not.toMatch(/^[-+−]?(\d|\.\d)/);
        const root = /^[A-Za-z_$][\w$]*/.exec(expression)?.[0] ?? '';
        expect(names.has(root), `${file}: ${key} = ${expression} does not come from src/core`).toBe(true);
      }
    }
  });

  it.each(chapters.map((c) => [c.file, c.source]))('%s: networks are passed whole from the examples, not as typed weights', (file, source) => {
    expect(source, file).not.toMatch(/\s(weights|biases)=\{/);
  });
});
