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
  expect(hrefs.some((h) => h?.startsWith('/ko/backpropagation/'))).toBe(true);
});

test('a result links to the section that matched, and following it lands there', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('stability limit'));
  const first = page.locator('[data-search-results] a').first();
  await expect(first).toHaveAttribute('href', '/optimizers/#the-stability-limit');
  await expect(first).toHaveText('Optimizers › The stability limit');
  await first.click();
  await expect(page).toHaveURL(/\/optimizers\/#the-stability-limit$/);
  await expect(page.getByRole('heading', { name: 'The stability limit' })).toBeInViewport();
});

test('snippets show inline math as text, in both languages', async ({ page }) => {
  // Chapter 3's sigmoid: "For large positive $x$, $e^{-x}$ is tiny and the fraction is close to 1".
  await page.goto('/search/?q=' + encodeURIComponent('tiny fraction'));
  const sigmoid = page.locator('[data-search-results] li').filter({ has: page.locator('a[href="/activation-functions/#sigmoid"]') });
  await expect(sigmoid.locator('.result-excerpt')).toContainText('For large positive x, e⁻ˣ is tiny and the fraction is close to 1');

  await page.goto('/ko/search/?q=' + encodeURIComponent('분수는'));
  const koSigmoid = page.locator('[data-search-results] li').filter({ has: page.locator('a[href="/ko/activation-functions/#sigmoid"]') });
  await expect(koSigmoid.locator('.result-excerpt')).toContainText('x가 큰 양수이면 e⁻ˣ가 아주 작아 분수는');
});

test('snippets leave out button and link text (lecture slides, full screen)', async ({ page }) => {
  // The top of each chapter holds the "Lecture slides P" link; widgets hold "Full screen".
  for (const [path, q, buttons] of [
    ['/ko/search/', '퍼셉트론', /강의 슬라이드|전체 화면/],
    ['/search/', 'perceptron', /Lecture slides|Full screen/],
  ] as const) {
    await page.goto(`${path}?q=${encodeURIComponent(q)}`);
    const excerpts = page.locator('.result-excerpt');
    await expect(excerpts.first()).toBeVisible();
    expect((await excerpts.allTextContents()).join(' ')).not.toMatch(buttons);
  }
});

test('a search with no match says so', async ({ page }) => {
  // Pagefind matches prefixes, so the query must share no first letter with the course's words.
  await page.goto('/search/?q=' + encodeURIComponent('ЖЖЖЖЖ'));
  await expect(page.getByRole('status')).toContainText('No pages match');
});
