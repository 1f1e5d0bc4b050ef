import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

/**
 * A page ships only its own language: the browser's code reaches the dictionaries through
 * loadStrings (a dynamic import per language, one chunk each), never through a static import that
 * would bundle both. Build-time code (components' frontmatter, src/i18n/index.ts) may import them.
 */
const SRC = resolve(import.meta.dirname, '../../../../src');
const browserFiles = [
  ...(readdirSync(join(SRC, 'widgets'), { recursive: true }) as string[]).map((name) => join('widgets', name)),
  ...readdirSync(join(SRC, 'layouts')).map((name) => join('layouts', name)),
].filter((name) => name.endsWith('.ts') && name !== join('widgets', 'kit', 'strings.ts'));

/** Static value imports of src/i18n's index, en or ko ('import type' is erased, so allowed). */
const DICTIONARY_IMPORT = /^import\s+(?!type\b)[^;]*from\s+'(?:\.\.\/)+i18n(?:\/index|\/en|\/ko)?';/m;

describe('UI strings in the browser', () => {
  it('no browser module imports a dictionary statically', () => {
    const offenders = browserFiles.filter((name) => DICTIONARY_IMPORT.test(readFileSync(join(SRC, name), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('uiStrings before loadStrings names the call that is missing; after it, the language is there', async () => {
    vi.resetModules();
    const fresh = await import('../../../../src/widgets/kit/strings');
    expect(fresh.stringsLoaded('ko')).toBe(false);
    expect(() => fresh.widgetString('errorTitle', 'ko')).toThrow("await loadStrings('ko') first");
    const ko = await fresh.loadStrings('ko');
    expect(fresh.stringsLoaded('ko')).toBe(true);
    expect(fresh.stringsLoaded('en')).toBe(false);
    expect(fresh.widgetString('errorTitle', 'ko')).toBe(ko.errorTitle);
    // A second load is the same dictionary object, not another fetch.
    expect(await fresh.loadStrings('ko')).toBe(ko);
  });
});
