import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The widget kit's pure modules run in Node (these tests, build-time Astro code), so they must not
 * touch the DOM; only the files listed as DOM may. No file of the kit leaves console output behind.
 */
const WIDGETS = resolve(import.meta.dirname, '../../../src/widgets');
const DOM_FILES = new Set(['key-help.ts', 'key-listener.ts', 'lang.ts', 'url-history.ts', 'widget-element.ts']);
const files = readdirSync(WIDGETS).filter((name) => name.endsWith('.ts'));
const code = (name: string) => readFileSync(join(WIDGETS, name), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

describe('src/widgets boundaries', () => {
  it('has files to check', () => expect(files.length).toBeGreaterThan(0));

  it.each(files.filter((name) => !DOM_FILES.has(name)))('%s is DOM-free', (name) => {
    expect(code(name)).not.toMatch(/\b(window|document|HTMLElement|requestAnimationFrame|customElements|localStorage)\b/);
  });

  it.each(files)('%s has no console output, no Math.random, no debugger', (name) => {
    expect(code(name)).not.toMatch(/\bconsole\.|Math\.random|\bdebugger\b/);
  });

  it.each(files)('%s is kebab-case and imports no other part of the site but i18n', (name) => {
    expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.ts$/);
    for (const [, spec] of readFileSync(join(WIDGETS, name), 'utf8').matchAll(/from\s+['"]([^'"]+)['"]/g)) {
      expect(spec === '../i18n' || spec.startsWith('../i18n/') || spec.startsWith('./') || spec === 'd3' || spec.startsWith('d3-'), `${name} imports ${spec}`).toBe(true);
    }
  });
});
