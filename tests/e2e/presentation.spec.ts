import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 720 } });

const visibleHeading = (page: import('@playwright/test').Page) => page.locator('article h2:visible, article h1:visible').first();

test('P starts presentation mode; PageDown/PageUp move one section at a time', async ({ page }) => {
  await page.goto('/optimizers/');
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveClass(/presenting/);
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(visibleHeading(page)).toHaveText('Optimizers');
  await expect(page.locator('.presentation-counter')).toHaveText(/^1 \/ \d+$/);

  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/\?slide=what-an-optimizer-does$/);
  await expect(page.locator('article section.slide:visible')).toHaveCount(1);
  await expect(page.locator('.presentation-counter')).toHaveText(/^2 \//);

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press(' ');
  await expect(page).toHaveURL(/\?slide=gradient-descent$/);
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/\?slide=lineage$/);
  await page.keyboard.press('Backspace');
  await expect(page).toHaveURL(/\?slide=what-an-optimizer-does$/);
});

test('a reload returns to the same slide, in the other language too', async ({ page }) => {
  await page.goto('/ko/batch-normalization/?slide=algorithm');
  await expect(page.locator('html')).toHaveClass(/presenting/);
  await expect(page.locator('#algorithm')).toBeVisible();
  await page.reload();
  await expect(page.locator('#algorithm')).toBeVisible();
  await expect(page.locator('article section.slide:visible')).toHaveCount(1);
});

test('B blanks the screen, Esc leaves and restores the whole chapter', async ({ page }) => {
  await page.goto('/dropout/');
  await page.getByRole('button', { name: /Present/ }).click();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('b');
  await expect(page.locator('.presentation-blank')).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.locator('.presentation-blank')).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).not.toHaveClass(/presenting/);
  await expect(page).toHaveURL(/\/dropout\/$/);
  await expect(page.locator('.site-header')).toBeVisible();
  expect(await page.locator('article section.slide:visible').count()).toBeGreaterThan(5);
});

test('an unknown slide in the URL starts at the first slide, without errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/perceptron/?slide=%3Cscript%3E');
  await expect(page.locator('.presentation-counter')).toHaveText(/^1 \//);
  expect(errors).toEqual([]);
});

test('every slide fits 1280×720 or scrolls inside itself; the page never scrolls', async ({ page }) => {
  await page.goto('/backpropagation/?slide=intro');
  const total = Number((await page.locator('.presentation-counter').textContent())!.split('/')[1]);
  for (let i = 0; i < total; i++) {
    const pageScroll = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(pageScroll).toBeLessThanOrEqual(0);
    const fontSize = await page.evaluate(() => {
      const shown = [...document.querySelectorAll('article p')].find((p) => (p as HTMLElement).offsetParent !== null);
      return parseFloat(getComputedStyle(shown ?? document.body).fontSize);
    });
    expect(fontSize).toBeGreaterThanOrEqual(16);
    await page.keyboard.press('PageDown');
  }
});

test('the projector theme sets body text of at least 28 px at 1280×720', async ({ page }) => {
  await page.goto('/perceptron/');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('projector');
  const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('article p')!).fontSize));
  expect(size).toBeGreaterThanOrEqual(28);
});

test('? lists the presentation keys in a dialog that Esc closes', async ({ page }) => {
  await page.goto('/ko/perceptron/');
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('발표 모드');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
