import { expect, test } from '@playwright/test';
import { axeViolations } from './widget-helpers';
import { builtPages, demoPagesAxedByTheirSpec } from './site-pages';
import { CHAPTER_SLUGS } from '../../src/chapters';

const pages = builtPages();
/** Demo pages whose widget spec already runs axe on them (demoPagesWork): loaded here, not axed again. */
const axedElsewhere = demoPagesAxedByTheirSpec();
/**
 * A lecture's presenter view and handout hold the chapter's text (axed on the chapter's page) and
 * frames of the lecture (axed on its own page): axe reads only their own parts.
 */
const OWN_PARTS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\/lectures\/[^/]+\/presenter\/$/, ['.presenter-next > h2', '.presenter-clock', '.presenter-list', '.presenter-notes > h2']],
  [/\/lectures\/[^/]+\/handout\/$/, ['.handout > h1', '.handout-note', '.handout-slide']],
];
const ownParts = (path: string) => OWN_PARTS.find(([pattern]) => pattern.test(path))?.[1] ?? [];

test('the build has every chapter in both languages, the notation, glossary, search and 404 pages', () => {
  for (const slug of CHAPTER_SLUGS) {
    expect(pages).toContain(`/${slug}/`);
    expect(pages).toContain(`/ko/${slug}/`);
  }
  for (const page of ['/', '/notation/', '/glossary/', '/search/']) {
    expect(pages).toContain(page);
    expect(pages).toContain(`/ko${page}`);
  }
  expect(pages).toContain('/404.html');
});

for (const path of pages) {
  test(`${path} loads cleanly: no console error, no other origin, no KaTeX error, no axe violation`, async ({ page, baseURL }) => {
    test.slow(); // axe walks every KaTeX span: ~13 s a chapter on a quiet 2-core machine, far more under load
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== baseURL) foreign.push(req.url());
    });

    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status(), 'HTTP status').toBe(200);
    await expect(page.locator('.katex-error')).toHaveCount(0);
    const lang = await page.locator('html').getAttribute('lang');
    expect(lang).toBe(path.startsWith('/ko/') ? 'ko' : 'en');

    if (!axedElsewhere.has(path)) expect(await axeViolations(page, ownParts(path))).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });
}

// A phone's layout comes from the same components and CSS in both languages: each chapter is axed at
// 375 px once, in Korean (the English pages are axed in full above, at the desktop width).
const koreanChapterPages = CHAPTER_SLUGS.map((slug) => `/ko/${slug}/`);
for (const path of koreanChapterPages) {
  test(`${path} has no axe violation on a 375 px phone`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(await axeViolations(page)).toEqual([]);
  });
}

// Colours depend on the theme, not the language or the chapter: the other themes are checked on one
// page of each kind — home, a table page, the demos list, chapters with widgets, asides, tables and
// diagrams. (Every page is checked in the light theme above; each widget's spec checks all three.)
const themedPages = ['/', '/notation/', '/demos/', '/perceptron/', '/backpropagation/', '/optimizers/', '/dropout/'];
for (const theme of ['dark', 'projector'] as const) {
  for (const path of themedPages) {
    test(`${path} has no axe violation in the ${theme} theme`, async ({ page }) => {
      test.slow();
      await page.addInitScript((t) => localStorage.setItem('lt-theme', t), theme);
      await page.goto(path, { waitUntil: 'networkidle' });
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
