import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, posix, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The widget kit's pure modules run in Node (these tests, build-time Astro code), so they must not
 * touch the DOM; only the files listed as DOM may. No file of the kit leaves console output behind.
 * Subfolders (controls/, charts/) are checked too; their pure files are the ones unit-tested here.
 * A chapter widget's own folder (src/widgets/<widget>/) may also import the training core, and its
 * element.ts is its DOM file; the rest of the folder is pure.
 */
/** The kit's own folders; any other folder holds a chapter widget, which may import the core. */
const KIT_FOLDERS = new Set(['.', 'controls', 'charts']);
const isWidgetElement = (name: string) => !KIT_FOLDERS.has(dirname(name)) && basename(name) === 'element.ts';
const WIDGETS = resolve(import.meta.dirname, '../../../src/widgets');
const DOM_FILES = new Set([
  'key-help.ts',
  'key-listener.ts',
  'lang.ts',
  'url-history.ts',
  'widget-element.ts',
  'frame.ts',
  'fullscreen.ts',
  'live-formula.ts',
  // controls/: DOM builders, except numeric.ts, seed.ts and transport-view.ts (pure)
  'controls/dom.ts',
  'controls/icons.ts',
  'controls/number-input.ts',
  'controls/number-field.ts',
  'controls/slider-field.ts',
  'controls/select-field.ts',
  'controls/seed-field.ts',
  'controls/transport.ts',
  // charts/: renderers, except ticks, color, decimate, bins, contour-levels, network-layout (pure)
  'charts/axes.ts',
  'charts/chart-frame.ts',
  'charts/plot-area.ts',
  'charts/palette.ts',
  'charts/legend.ts',
  'charts/line-chart.ts',
  'charts/function-plot.ts',
  'charts/decision-map.ts',
  'charts/contour-plot.ts',
  'charts/network-diagram.ts',
  'charts/histogram.ts',
  'charts/input-plane.ts',
  // Chapter widgets (one folder each): the element and its DOM views; their models stay pure.
  'delta-rule/element.ts',
  'delta-rule/view.ts',
  'delta-rule/plane.ts',
  'backprop-chain/diagram.ts',
  'stepper/setup-panel.ts',
  'stepper/formula-panel.ts',
  'stepper/quantities-table.ts',
  'stepper/quiz-panel.ts',
  'stepper/fd-table.ts',
  'stepper/export-panel.ts',
  'stepper/print-view.ts',
  'stepper/math.ts',
]);
const files = (readdirSync(WIDGETS, { recursive: true }) as string[])
  .map((name) => name.split('\\').join('/'))
  .filter((name) => name.endsWith('.ts'))
  .sort();
const code = (name: string) => readFileSync(join(WIDGETS, name), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

/** Where an import points, relative to src/widgets ('../i18n' for the site's i18n), or the package name. */
function target(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  return posix.normalize(posix.join(posix.dirname(file), spec));
}

describe('src/widgets boundaries', () => {
  it('has files to check', () => expect(files.length).toBeGreaterThan(0));

  it('every DOM file listed exists', () => {
    for (const name of DOM_FILES) expect(files, name).toContain(name);
  });

  it.each(files.filter((name) => !DOM_FILES.has(name) && !isWidgetElement(name)))('%s is DOM-free', (name) => {
    expect(code(name)).not.toMatch(/\b(window|document|HTMLElement|requestAnimationFrame|customElements|localStorage|getComputedStyle)\b/);
  });

  it.each(files)('%s has no console output, no Math.random, no debugger', (name) => {
    expect(code(name)).not.toMatch(/\bconsole\.|Math\.random|\bdebugger\b/);
  });

  it.each(files)('%s is kebab-case and imports no other part of the site but i18n (chapter widgets: and the core)', (name) => {
    const widget = !KIT_FOLDERS.has(dirname(name));
    expect(basename(name)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.ts$/);
    expect(dirname(name)).toMatch(/^(\.|[a-z0-9-]+)$/);
    for (const [, spec] of readFileSync(join(WIDGETS, name), 'utf8').matchAll(/from\s+['"]([^'"]+)['"]/g)) {
      const to = target(name, spec);
      const core = widget && (to === '../core' || to.startsWith('../core/'));
      const ok = core || to === '../i18n' || to.startsWith('../i18n/') || (spec.startsWith('.') && !to.startsWith('..')) || spec === 'd3' || spec.startsWith('d3-');
      expect(ok, `${name} imports ${spec}`).toBe(true);
    }
  });
});
