import { expect, test } from '@playwright/test';

test('the language switch lands on the twin page and keeps the section', async ({ page }) => {
  await page.goto('/optimizers/#momentum');
  await page.locator('#momentum').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById('momentum')?.scrollIntoView());
  await page.getByRole('link', { name: '한국어' }).click();
  await expect(page).toHaveURL(/\/ko\/optimizers\/#momentum$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.locator('#momentum')).toBeVisible();

  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/optimizers\/#momentum$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the language switch on the home page goes to the other home page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: '한국어' }).click();
  await expect(page).toHaveURL(/\/ko\/$/);
});

test('each chapter links to the next and the previous in the deck order', async ({ page }) => {
  await page.goto('/perceptron/');
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(/\/backpropagation\/$/);
  await page.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(/\/perceptron\/$/);
});

test('the table of contents links every section of the chapter', async ({ page }) => {
  await page.goto('/batch-normalization/');
  const links = page.locator('.chapter-toc a');
  const count = await links.count();
  expect(count).toBeGreaterThan(3);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    await expect(page.locator(href!)).toHaveCount(1);
  }
});

test('the home page maps the seven chapters in the deck order', async ({ page }) => {
  await page.goto('/ko/');
  const hrefs = await page.locator('.chapter-map .chapter-card').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual([
    '/ko/perceptron/', '/ko/backpropagation/', '/ko/activation-functions/', '/ko/loss-functions/',
    '/ko/optimizers/', '/ko/dropout/', '/ko/batch-normalization/',
  ]);
});

test('an unknown address shows the 404 page in both languages', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByText('페이지를 찾을 수 없습니다')).toBeVisible();
});
