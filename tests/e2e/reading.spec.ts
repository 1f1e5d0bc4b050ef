import { expect, test } from '@playwright/test';
import { builtPages } from './site-pages';

test('the theme choice persists across a reload', async ({ page }) => {
  await page.goto('/perceptron/');
  const select = page.getByRole('combobox', { name: 'Theme' });
  await select.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const darkBg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(select).toHaveValue('dark');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(darkBg);

  await select.selectOption('system');
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
});

test('with no saved choice the theme follows the system colour scheme', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(bg).toBe('rgb(20, 22, 26)');
  await context.close();
});

// One test per page, both widths in it: a test's own set-up (a new browser context) costs about as
// much as loading the page, and the suite runs near CI's time limit.
// A lecture's slide cannot scroll (the room's screen, overflow hidden); lectures.spec.ts measures every
// slide whole at 1280×720 and 1920×1080 instead.
for (const path of builtPages().filter((p) => !/\/lectures\/[^/]+\/(presenter\/)?$/.test(p))) {
  test(`${path} has no horizontal scroll at 375 px and at 1920 px`, async ({ page }) => {
    for (const width of [375, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow at ${width} px`).toBeLessThanOrEqual(0);
    }
  });
}

test('the print stylesheet hides the site chrome', async ({ page }) => {
  await page.goto('/dropout/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.chapter-toc')).toBeHidden();
  await expect(page.locator('article h1')).toBeVisible();
});
