import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The widget folders' boundaries, read from the folder layout (no hand-kept list):
 *
 * - `src/widgets/kit/` (store, URL state, controls, lifecycle, layouts, …) and `src/widgets/charts/`
 *   are shared; every other folder `src/widgets/<id>/` is one widget. A widget imports the kit, the
 *   charts, the core and the i18n types — never another widget. The kit and the charts import no widget.
 * - Whatever runs in Node — the unit tests (but those that ask for happy-dom) and the build-time frontmatter of `.astro` files — must
 *   not touch the DOM, so every widget file reachable from there (following imports) is DOM-free.
 * - Every widget is built on the kit's skeleton: its element.ts calls `widgetElement`, and no widget
 *   extends the lifecycle base (kit/widget-element.ts) itself.
 * - No file leaves console output, Math.random or a debugger statement behind, and none is unused:
 *   the site reaches every file through its imports.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const WIDGETS = 'src/widgets';
const SHARED = new Set(['kit', 'charts']);

const walk = (dir: string, ext: RegExp): string[] =>
  (readdirSync(join(ROOT, dir), { recursive: true }) as string[])
    .map((name) => posix.join(dir, name.split('\\').join('/')))
    .filter((name) => ext.test(name) && !name.includes('node_modules'));

const files = walk(WIDGETS, /\.ts$/).sort();
const stripComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
/** `from '…'`, `import '…'` and `import('…')` specifiers; `typesOnly` drops `import type` (erased at run time). */
const specifiers = (text: string, typesOnly = true) =>
  [...(typesOnly ? text : text.replace(/import\s+type\s[^;]*;/g, '')).matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);

/** Repo-relative path a relative specifier resolves to (.ts or /index.ts), or null for packages. */
function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = posix.normalize(posix.join(posix.dirname(from), spec));
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`]) {
    if (/\.ts$/.test(candidate) && existsSync(join(ROOT, candidate))) return candidate;
  }
  return base;
}

/** The folder under src/widgets a file belongs to: 'kit', 'charts' or a widget's id. */
const area = (file: string) => relative(WIDGETS, file).split('/')[0];

/** Files whose code runs in Node: unit tests and the frontmatter of every .astro file. */
function nodeEntries(): Array<{ file: string; code: string }> {
  // A test that opts into a DOM (`@vitest-environment happy-dom`) tests browser code on purpose.
  const tests = walk('tests/unit', /\.ts$/)
    .map((file) => ({ file, code: readFileSync(join(ROOT, file), 'utf8') }))
    .filter(({ code }) => !/@vitest-environment\s+happy-dom/.test(code));
  const astro = [...walk('components', /\.astro$/), ...walk('src', /\.astro$/)].map((file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    return { file, code: /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '' };
  });
  return [...tests, ...astro];
}

/** Every src/widgets file reachable from the Node entries. */
function reachedFromNode(): Set<string> {
  const seen = new Set<string>();
  const queue: Array<{ file: string; code: string }> = nodeEntries();
  while (queue.length > 0) {
    const { file, code } = queue.pop()!;
    for (const spec of specifiers(stripComments(code), false)) {
      const to = resolveImport(file, spec);
      if (!to || !to.startsWith(`${WIDGETS}/`) || seen.has(to) || !existsSync(join(ROOT, to))) continue;
      seen.add(to);
      queue.push({ file: to, code: readFileSync(join(ROOT, to), 'utf8') });
    }
  }
  return seen;
}

/**
 * Every src/widgets file the site reaches: from the .astro files (frontmatter and scripts) and the
 * TypeScript outside src/widgets (pages, layouts, components/widget-elements.ts), following imports
 * (type-only imports count: a module of types is used by its importers).
 */
function reachedFromSite(): Set<string> {
  const entries = [...walk('components', /\.(astro|ts)$/), ...walk('src', /\.(astro|ts)$/).filter((f) => !f.startsWith(`${WIDGETS}/`))];
  const seen = new Set<string>();
  const queue = entries.map((file) => ({ file, code: readFileSync(join(ROOT, file), 'utf8') }));
  while (queue.length > 0) {
    const { file, code } = queue.pop()!;
    for (const spec of specifiers(stripComments(code))) {
      const to = resolveImport(file, spec);
      if (!to || !to.startsWith(`${WIDGETS}/`) || seen.has(to) || !existsSync(join(ROOT, to))) continue;
      seen.add(to);
      queue.push({ file: to, code: readFileSync(join(ROOT, to), 'utf8') });
    }
  }
  return seen;
}

describe('src/widgets boundaries', () => {
  it('has a kit, charts and widgets to check', () => {
    const areas = new Set(files.map(area));
    expect(areas).toContain('kit');
    expect(areas).toContain('charts');
    expect([...areas].filter((a) => !SHARED.has(a)).length).toBeGreaterThan(5);
  });

  it.each(files)('%s imports no other widget (a widget: only its own folder, the kit, charts, core, i18n)', (file) => {
    const own = area(file);
    for (const spec of specifiers(stripComments(readFileSync(join(ROOT, file), 'utf8')))) {
      const to = resolveImport(file, spec);
      if (to === null) {
        expect(spec, `${file} imports the package ${spec}`).toMatch(/^d3(-[a-z]+)?$/);
        continue;
      }
      const inWidgets = to.startsWith(`${WIDGETS}/`);
      const ok = inWidgets
        ? SHARED.has(area(to)) || area(to) === own
        : to === 'src/core' || to.startsWith('src/core/') || to.startsWith('src/i18n');
      expect(ok, `${file} imports ${spec}`).toBe(true);
    }
  });

  const widgetIds = [...new Set(files.map(area))].filter((a) => !SHARED.has(a)).sort();
  it.each(widgetIds)('%s is built on the kit skeleton (element.ts calls widgetElement; nothing extends NnWidget)', (id) => {
    const element = `${WIDGETS}/${id}/element.ts`;
    expect(existsSync(join(ROOT, element)), element).toBe(true);
    expect(stripComments(readFileSync(join(ROOT, element), 'utf8'))).toMatch(/(=|\breturn)\s*widgetElement\(/);
    for (const file of files.filter((f) => area(f) === id)) {
      const code = stripComments(readFileSync(join(ROOT, file), 'utf8'));
      expect(code, file).not.toMatch(/extends\s+NnWidget|kit\/widget-element['"]/);
    }
  });

  it.each([...reachedFromNode()].sort())('%s runs in Node (tests, build time), so it is DOM-free', (file) => {
    expect(stripComments(readFileSync(join(ROOT, file), 'utf8'))).not.toMatch(
      /\b(window|document|HTMLElement|requestAnimationFrame|customElements|localStorage|getComputedStyle)\b/,
    );
  });

  const used = reachedFromSite();
  it.each(files)('%s is used: the site reaches it through its imports (no module left behind)', (file) => {
    expect(used.has(file), `${file} is imported by nothing the site loads`).toBe(true);
  });

  it.each(files)('%s has no console output, no Math.random, no debugger; kebab-case', (file) => {
    expect(stripComments(readFileSync(join(ROOT, file), 'utf8'))).not.toMatch(/\bconsole\.|Math\.random|\bdebugger\b/);
    expect(posix.basename(file)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.ts$/);
    expect(dirname(file)).toMatch(/^src\/widgets\/[a-z0-9-]+(\/[a-z0-9-]+)?$/);
  });
});
