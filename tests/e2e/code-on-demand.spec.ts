/**
 * Code on demand (src/widgets/kit/lazy-define.ts, when-wanted.ts): a widget's code is not part of its
 * chapter's first load; it is fetched when the widget comes within a viewport of the window, and at
 * once on a presentation slide, for a link to the widget, or where IntersectionObserver is missing.
 * A fetch that fails shows the widget's error box, whose button fetches again.
 */
import { expect, test, type Page } from '@playwright/test';
import { strings } from '../../src/i18n';
import { isDefined, LANGS, showWidget } from './widget-helpers';

test.use({ viewport: { width: 1280, height: 720 } });

const PERCEPTRON_WIDGETS = ['nn-neuron-model', 'nn-neuron', 'nn-lms-gradient', 'nn-delta-rule', 'nn-xor-line', 'nn-xor-gates', 'nn-training-loop', 'nn-forward-pass'];

/** Loads `path` and waits until its first load is over: loaded, two frames drawn, the network quiet. */
async function load(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await settle(page);
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForLoadState('networkidle');
}

/** Scrolls so that the top of `selector` is `viewports` window heights below the window's top. */
async function placeBelow(page: Page, selector: string, viewports: number): Promise<void> {
  await page.evaluate(
    ([s, k]) => {
      const top = document.querySelector(s)!.getBoundingClientRect().top + scrollY;
      scrollTo(0, top - k * innerHeight);
    },
    [selector, viewports] as const,
  );
  await settle(page);
}

/** The URLs of the scripts the page has requested so far (kept up to date). */
function scriptRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') urls.push(request.url());
  });
  return urls;
}

test('no widget of the perceptron chapter is fetched with the page', async ({ page }) => {
  await load(page, '/perceptron/');
  for (const tag of PERCEPTRON_WIDGETS) expect(await isDefined(page, tag), tag).toBe(false);
  await expect(page.locator('[data-nn-started]')).toHaveCount(0);
});

test('a widget is fetched when it comes within a viewport of the window, before it is seen', async ({ page }) => {
  const scripts = scriptRequests(page);
  await load(page, '/optimizers/');
  expect(await isDefined(page, 'nn-gd-steps')).toBe(false);
  const atLoad = scripts.length;

  // 1.5 windows below the window's bottom edge: still too far. Other widgets of the chapter may be
  // near the window then (the learning-rates widget is just above it): only those may have started.
  await placeBelow(page, '#widget-gd-steps', 2.5);
  expect(await isDefined(page, 'nn-gd-steps')).toBe(false);
  const startedFar = await page.evaluate(() =>
    [...document.querySelectorAll('figure.widget')]
      .filter((figure) => figure.querySelector(':defined[data-nn-started]') !== null)
      .map((figure) => ({ id: figure.id, rect: figure.getBoundingClientRect() }))
      .filter(({ rect }) => rect.top > 2 * innerHeight || rect.bottom < -innerHeight)
      .map(({ id }) => id),
  );
  expect(startedFar).toEqual([]);

  // Half a window below the bottom edge: fetched and defined while still out of sight.
  await placeBelow(page, '#widget-gd-steps', 1.5);
  await expect.poll(() => isDefined(page, 'nn-gd-steps')).toBe(true);
  expect(scripts.slice(atLoad).length).toBeGreaterThan(0);
  expect((await page.locator('#widget-gd-steps').boundingBox())!.y).toBeGreaterThan(720);

  const frame = await showWidget(page, 'gd-steps');
  await expect(frame.locator('svg').first()).toBeVisible();
});

for (const lang of LANGS) {
  test(`${lang}: a widget whose code fails to load shows its error box, and its button loads it`, async ({ page }) => {
    const uncaught: string[] = [];
    page.on('pageerror', (error) => uncaught.push(error.message));
    const t = strings(lang);
    await load(page, `${lang === 'ko' ? '/ko' : ''}/optimizers/`);
    // Everything fetched from now on (the widget's chunks) is missing, as after a deploy or offline.
    const missing = '**/_astro/**';
    await page.route(missing, (route) => route.fulfill({ status: 404, body: 'not found' }));

    const frame = page.locator('#widget-gd-steps');
    await frame.scrollIntoViewIfNeeded();
    const box = frame.getByRole('alert');
    // A dozen chunks, each answered through the test's route handler: slow on a busy machine.
    await expect(box).toBeVisible({ timeout: 15_000 });
    await expect(box).toContainText(t.errorTitle);
    expect(await isDefined(page, 'nn-gd-steps')).toBe(false);

    await page.unroute(missing);
    await box.getByRole('button', { name: t.errorReload }).click();
    await expect(box).toHaveCount(0);
    await showWidget(page, 'gd-steps');
    await expect(frame.locator('svg').first()).toBeVisible();
    // The focus stays in the widget, not on <body>, when the pressed button goes away.
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('nn-gd-steps');
    expect(uncaught).toEqual([]);
  });
}

test('a link to a widget shows it running', async ({ page }) => {
  await page.goto('/perceptron/#widget-forward-pass');
  await expect(page.locator('#widget-forward-pass [data-nn-started]')).toHaveCount(1);
});

test('without IntersectionObserver every widget is fetched and started at once', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { IntersectionObserver?: unknown }).IntersectionObserver;
  });
  await page.goto('/perceptron/');
  await expect(page.locator('[data-nn-started]')).toHaveCount(PERCEPTRON_WIDGETS.length);
  for (const tag of PERCEPTRON_WIDGETS) expect(await isDefined(page, tag), tag).toBe(true);
});
