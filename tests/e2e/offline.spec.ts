import { expect, test } from '@playwright/test';
import { builtPages } from './site-pages';
import { serveBuild, waitUntilOfflineReady, watchFailures } from './offline-site';
import { showWidget } from './widget-helpers';

/**
 * The course in a seminar room with no network (issue 14): a reader visits one page; the service
 * worker precaches the whole build; then the server is gone — not an emulated offline flag, the
 * site's server closed — and every page of the course still opens, its scripts, widgets, fonts and
 * search with it. The site is served by the test (scripts/serve-dist.mjs) so that it can be closed.
 */
test.use({ serviceWorkers: 'allow' });

test('the course is installable: its manifest and icons satisfy Chromium', async ({ page }) => {
  const site = await serveBuild('dist');
  try {
    await page.goto(`${site.url}/`);
    await waitUntilOfflineReady(page);
    const cdp = await page.context().newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // A test's browser context is incognito, where Chromium installs nothing: that one is the browser's.
    expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!;
      return (await fetch(link.href)).json();
    });
    expect(manifest).toMatchObject({ name: 'Learning Techniques', start_url: '/', scope: '/', display: 'standalone' });
  } finally {
    await site.close();
  }
});

test('after one visit, every page opens with the server gone: pages, widgets, fonts, search', async ({ page }) => {
  test.setTimeout(600_000);
  const site = await serveBuild('dist');
  await page.goto(`${site.url}/perceptron/`);
  expect(await waitUntilOfflineReady(page)).toBe(`${site.url}/`);
  await site.close();
  const failures = watchFailures(page);

  const pages = builtPages().filter((path) => path !== '/404.html');
  expect(pages.length).toBeGreaterThan(100);
  for (const path of pages) {
    const response = await page.goto(`${site.url}${path}`);
    expect(response?.ok(), path).toBe(true);
    expect(response?.fromServiceWorker(), path).toBe(true);
    await expect(page.locator('main'), path).toBeAttached();
  }

  // A page's own state in its query (a lecture's slide, a widget's settings) is the same cached page.
  const lecture = await page.goto(`${site.url}/ko/lectures/optimizers/?slide=momentum`);
  expect(lecture?.fromServiceWorker()).toBe(true);

  // A widget's code, loaded on demand, comes from the cache; so do the KaTeX fonts.
  await page.goto(`${site.url}/demos/momentum-knobs/`);
  const frame = await showWidget(page, 'momentum-knobs');
  await frame.locator('.nn-transport button').nth(1).click();
  await expect(frame.locator('.nn-step-count')).toContainText('1');
  await page.goto(`${site.url}/optimizers/`);
  expect(await page.evaluate(() => document.fonts.ready.then(() => document.fonts.check('16px KaTeX_Main')))).toBe(true);

  // Search: Pagefind's script, WebAssembly and index chunks are precached too.
  await page.goto(`${site.url}/search/?q=momentum`);
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  await page.goto(`${site.url}/ko/search/?q=${encodeURIComponent('역전파')}`);
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();

  expect(failures).toEqual([]);
});
