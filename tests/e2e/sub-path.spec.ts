import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { builtPagesIn } from '../../scripts/built-pages.mjs';
import { serveBuild, waitUntilOfflineReady, watchFailures } from './offline-site';
import { commit, showWidget } from './widget-helpers';

/**
 * The course deployed under a sub-path, as a project page is (issue 14): `scripts/test.sh` builds it a
 * second time with BASE_PATH=/learning-techniques/ into dist-sub/, and this spec serves that build
 * under the path — nothing exists outside it — and crawls it: every page's links and assets resolve
 * inside the base; in the browser no request leaves it, and widgets' URL state, the language switch,
 * search, a lecture and the offline worker all work there.
 */
const BASE = '/learning-techniques/';
const FOLDER = 'dist-sub';

test.use({ serviceWorkers: 'allow' });

/** The addresses a page's markup names (href, src), as written. */
function addressesIn(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}

test('every page of the sub-path build links only inside its base, and every link and asset resolves', async () => {
  test.setTimeout(300_000);
  const site = await serveBuild(FOLDER, BASE);
  try {
    const pages = builtPagesIn(join(import.meta.dirname, '../..', FOLDER));
    expect(pages.length).toBeGreaterThan(100);
    const problems: string[] = [];
    const checked = new Map<string, number>();
    for (const page of pages) {
      const pageUrl = new URL(`${BASE}${page.slice(1)}`, site.url);
      const response = await fetch(pageUrl);
      if (!response.ok && page !== '/404.html') problems.push(`${page}: ${response.status}`);
      for (const written of addressesIn(await response.text())) {
        const target = new URL(written, pageUrl);
        if (!['http:', 'https:'].includes(target.protocol)) continue;
        // hreflang alternates are absolute, on the published site: only their path is ours to check.
        if (!target.pathname.startsWith(BASE)) problems.push(`${page}: ${written} is outside ${BASE}`);
        if (target.origin !== site.url) continue;
        target.hash = '';
        const key = target.href;
        if (!checked.has(key)) checked.set(key, (await fetch(target)).status);
        if (checked.get(key) !== 200) problems.push(`${page}: ${written} answers ${checked.get(key)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked.size).toBeGreaterThan(pages.length);
  } finally {
    await site.close();
  }
});

test('under the base, in the browser: a widget and its URL, the language switch, search, a lecture, offline', async ({ page }) => {
  test.setTimeout(180_000);
  const site = await serveBuild(FOLDER, BASE);
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && !url.pathname.startsWith(BASE)) outside.push(request.url());
  });
  const failures = watchFailures(page);
  const at = (path: string) => `${site.url}${BASE}${path}`;

  // A widget's state goes into its page's URL, under the base, and comes back from it.
  await page.goto(at('demos/momentum-knobs/'));
  let frame = await showWidget(page, 'momentum-knobs');
  await commit(page, frame.getByRole('textbox', { name: /^η/ }), '0.05');
  await expect.poll(() => new URL(page.url()).pathname).toBe(`${BASE}demos/momentum-knobs/`);
  await expect(page).toHaveURL(/momentum-knobs\.eta=0\.05/);
  await page.reload();
  frame = await showWidget(page, 'momentum-knobs');
  await expect(frame.getByRole('textbox', { name: /^η/ })).toHaveValue('0.05');

  // The language switch goes to the twin under the base.
  await page.getByRole('link', { name: '한국어' }).click();
  await expect.poll(() => new URL(page.url()).pathname).toBe(`${BASE}ko/demos/momentum-knobs/`);

  // Search finds pages under the base, and a result leads there.
  await page.goto(at('search/?q=momentum'));
  const first = page.locator('[data-search-results] a').first();
  await expect(first).toBeVisible();
  const hrefs = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  // Under the base once: Pagefind adds it to the paths the index holds.
  expect(hrefs.filter((href) => !href.startsWith(BASE) || href.startsWith(`${BASE}${BASE.slice(1)}`))).toEqual([]);
  await first.click();
  await expect.poll(() => new URL(page.url()).pathname.startsWith(BASE)).toBe(true);

  // A lecture keeps its slide in the URL under the base; its presenter link is there too.
  await page.goto(at('lectures/perceptron/'));
  await page.keyboard.press('PageDown');
  await expect.poll(() => new URL(page.url()).searchParams.get('slide')).not.toBeNull();
  expect(new URL(page.url()).pathname).toBe(`${BASE}lectures/perceptron/`);
  await expect(page.locator('[data-lecture-presenter]')).toHaveAttribute('href', `${BASE}lectures/perceptron/presenter/`);

  // The service worker's scope is the base; with the server gone, the course still opens there.
  expect(await waitUntilOfflineReady(page)).toBe(at(''));
  await site.close();
  const offline = await page.goto(at('ko/perceptron/'));
  expect(offline?.fromServiceWorker()).toBe(true);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');

  expect(outside).toEqual([]);
  expect(failures).toEqual([]);
});
