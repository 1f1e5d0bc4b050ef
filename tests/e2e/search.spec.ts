import { expect, test } from '@playwright/test';

test('search in English finds the English optimizer chapter', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search the course' }).fill('momentum');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=momentum/);
  const results = page.locator('[data-search-results] a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.some((h) => h?.startsWith('/optimizers/'))).toBe(true);
  expect(hrefs.every((h) => !h?.startsWith('/ko/'))).toBe(true);
  // Excerpts are prose, not KaTeX's hidden MathML.
  const excerpts = await page.locator('.result-excerpt').allTextContents();
  expect(excerpts.join(' ')).not.toMatch(/\\frac|\\nabla|annotation/);
});

test('search in Korean finds Korean pages', async ({ page }) => {
  await page.goto('/ko/search/?q=' + encodeURIComponent('역전파'));
  const results = page.locator('[data-search-results] a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.every((h) => h?.startsWith('/ko/'))).toBe(true);
  expect(hrefs).toContain('/ko/backpropagation/');
});

test('a search with no match says so', async ({ page }) => {
  // Pagefind matches prefixes, so the query must share no first letter with the course's words.
  await page.goto('/search/?q=' + encodeURIComponent('ЖЖЖЖЖ'));
  await expect(page.getByRole('status')).toContainText('No pages match');
});
