import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { STRING_MODULES } from '../../../../src/i18n/modules';

/**
 * A page ships only the strings it uses: the browser's code reaches the dictionaries through
 * loadStrings (a dynamic import per module: src/i18n/<lang>/site.ts, and src/i18n/<lang>/<widget id>.ts
 * as a widget starts), never through a static import that would bundle them all. Build-time code
 * (components' frontmatter, src/i18n/index.ts) may import the whole dictionaries.
 */
const SRC = resolve(import.meta.dirname, '../../../../src');
const WIDGETS = join(SRC, 'widgets');
const browserFiles = [
  ...(readdirSync(WIDGETS, { recursive: true }) as string[]).map((name) => join('widgets', name)),
  ...readdirSync(join(SRC, 'layouts')).map((name) => join('layouts', name)),
].filter((name) => name.endsWith('.ts') && name !== join('widgets', 'kit', 'strings.ts'));

/** Static value imports of src/i18n's index, en or ko or one of their modules ('import type' is erased, so allowed). */
const DICTIONARY_IMPORT = /^import\s+(?!type\b)[^;]*from\s+'(?:\.\.\/)+i18n(?:\/index|\/en|\/ko|\/(?:en|ko)\/[a-z-]+)?';/m;

/** The keys of one module of strings, read from its source: 'src/i18n/en/gd-steps.ts' → ['gdTitle', …]. */
function keysOf(lang: string, name: string): string[] {
  const source = readFileSync(join(SRC, 'i18n', lang, `${name}.ts`), 'utf8');
  return [...source.matchAll(/^ {2}([A-Za-z0-9_]+):/gm)].map((m) => m[1]);
}
const modulesOf = (lang: string) => readdirSync(join(SRC, 'i18n', lang)).map((file) => file.replace(/\.ts$/, '')).sort();

/** Each widget folder with its id (what it loads its strings by): 'stepper' → 'backprop-stepper'. */
function widgetIds(): Array<[folder: string, id: string]> {
  const folders = readdirSync(WIDGETS).filter((name) => !['kit', 'charts'].includes(name) && !name.includes('.'));
  return folders.map((folder) => {
    const code = readdirSync(join(WIDGETS, folder), { recursive: true })
      .filter((name) => String(name).endsWith('.ts'))
      .map((name) => readFileSync(join(WIDGETS, folder, String(name)), 'utf8'))
      .join('\n');
    const declared = /^\s+id: (?:'([a-z-]+)'|([A-Z_]+)),$/m.exec(code);
    const id = declared?.[1] ?? new RegExp(`${declared?.[2]} = '([a-z-]+)'`).exec(code)?.[1];
    return [folder, id ?? '(no id found)'];
  });
}

describe('UI strings in the browser', () => {
  it('no browser module imports a dictionary statically', () => {
    const offenders = browserFiles.filter((name) => DICTIONARY_IMPORT.test(readFileSync(join(SRC, name), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the same modules in both languages, each with a loader, the same keys, and no key in two modules', () => {
    expect(modulesOf('ko')).toEqual(modulesOf('en'));
    expect(Object.keys(STRING_MODULES.en).sort()).toEqual(modulesOf('en'));
    expect(Object.keys(STRING_MODULES.ko).sort()).toEqual(modulesOf('ko'));
    const owner = new Map<string, string>();
    for (const name of modulesOf('en')) {
      expect(keysOf('ko', name).sort(), name).toEqual(keysOf('en', name).sort());
      for (const key of keysOf('en', name)) {
        expect(owner.get(key), `${key} is in ${owner.get(key)} and in ${name}`).toBeUndefined();
        owner.set(key, name);
      }
    }
  });

  it("every key a widget's code names is in the site's strings or in that widget's own module", () => {
    const site = new Set(keysOf('en', 'site'));
    const allKeys = new Map(modulesOf('en').flatMap((name) => keysOf('en', name).map((key) => [key, name] as const)));
    const strays: string[] = [];
    for (const [folder, id] of widgetIds()) {
      const own = new Set(modulesOf('en').includes(id) ? keysOf('en', id) : []);
      for (const file of readdirSync(join(WIDGETS, folder), { recursive: true }).map(String).filter((name) => name.endsWith('.ts'))) {
        const code = readFileSync(join(WIDGETS, folder, file), 'utf8');
        for (const match of code.matchAll(/['"`]([A-Za-z][A-Za-z0-9]+)['"`]|\bt\.([A-Za-z0-9]+)\b/g)) {
          const key = match[1] ?? match[2];
          const home = allKeys.get(key);
          if (home && !site.has(key) && !own.has(key)) strays.push(`${folder}/${file} uses ${key}, which is in ${home}.ts`);
        }
      }
    }
    expect(strays).toEqual([]);
  });

  it('uiStrings before loadStrings names the call that is missing; a widget key needs its widget loaded', async () => {
    vi.resetModules();
    const fresh = await import('../../../../src/widgets/kit/strings');
    const { strings: koSite } = await import('../../../../src/i18n/ko/site');
    const { strings: koChain } = await import('../../../../src/i18n/ko/backprop-chain');
    expect(fresh.stringsLoaded('ko')).toBe(false);
    expect(() => fresh.widgetString('errorTitle', 'ko')).toThrow("await loadStrings('ko') first");
    await fresh.loadStrings('ko');
    expect(fresh.stringsLoaded('ko')).toBe(true);
    expect(fresh.stringsLoaded('en')).toBe(false);
    expect(fresh.widgetString('errorTitle', 'ko')).toBe(koSite.errorTitle);
    // The chain's strings are not in yet: reading one says so instead of giving undefined.
    expect(() => fresh.widgetString('chainTitle', 'ko')).toThrow('UI string "chainTitle" (ko) is not loaded');
    await fresh.loadStrings('ko', 'backprop-chain');
    expect(fresh.widgetString('chainTitle', 'ko')).toBe(koChain.chainTitle);
    expect(fresh.widgetString('errorTitle', 'ko')).toBe(koSite.errorTitle);
    // A widget without strings of its own loads the site's and nothing else, without failing.
    await expect(fresh.loadStrings('en', 'no-such-widget')).resolves.toBeUndefined();
    expect(fresh.stringsLoaded('en')).toBe(true);
  });
});
