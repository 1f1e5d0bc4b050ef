import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * src/core is the one training core that widgets, build-time Astro code, tests and the CLI all call.
 * It must run anywhere: no DOM, no window, no d3-selection, no widget code, no Math.random.
 * Only src/core/cli/ (a Node program) may import node: modules.
 */
const CORE = resolve(import.meta.dirname, '../../../src/core');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const files = tsFiles(CORE);
const imports = (source: string) => [...source.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);

describe('src/core imports nothing outside itself', () => {
  it('has files to check', () => expect(files.length).toBeGreaterThan(0));

  it.each(files.map((f) => [relative(CORE, f), f]))('%s', (name, file) => {
    const source = readFileSync(file, 'utf8');
    const isCli = name.startsWith('cli/');
    for (const spec of imports(source)) {
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        expect(target.startsWith(CORE), `${name} imports ${spec}, outside src/core`).toBe(true);
      } else {
        expect(isCli && spec.startsWith('node:'), `${name} imports package "${spec}"`).toBe(true);
      }
    }
    // Comments and string literals dropped: a word like \begin{document} in a LaTeX string is not the DOM.
    const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/gm, '');
    expect(code, `${name} uses Math.random`).not.toMatch(/Math\.random/);
    expect(code, `${name} touches the DOM`).not.toMatch(/\b(window|document|HTMLElement|requestAnimationFrame)\b/);
  });
});
