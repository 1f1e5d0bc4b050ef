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

test('the language switch keeps the sub-section scrolled to, with no #hash in the URL', async ({ page }) => {
  await page.goto('/optimizers/');
  // Scrolled there as a reader does; the header (and its switch) is then off screen, and clicking the
  // switch scrolls back up to it first.
  await page.getByRole('heading', { name: 'The stability limit' }).evaluate((h) => h.scrollIntoView());
  await page.waitForTimeout(800);
  await page.getByRole('link', { name: '한국어' }).click();
  // ### ids differ by language (slugged from their text): matched by position under the same ## section.
  await expect(page).toHaveURL(new RegExp(`/ko/optimizers/#${encodeURIComponent('안정성의-한계')}$`));
  const heading = page.getByRole('heading', { name: '안정성의 한계' });
  await page.waitForTimeout(1000); // widgets above start when near the viewport; the place must hold
  await expect(heading).toBeInViewport();

  await page.waitForTimeout(800);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/optimizers\/#the-stability-limit$/);
  await expect(page.getByRole('heading', { name: 'The stability limit' })).toBeInViewport();
});

test('the language switch carries the widgets’ state: the stepper stays on its step', async ({ page }) => {
  await page.goto('/backpropagation/');
  const stepper = page.locator('nn-backprop-stepper');
  await stepper.scrollIntoViewIfNeeded();
  const counter = stepper.locator('.nn-step-counter');
  // A loaded machine (CI's two workers) can take more than the default 5 s to start the widget.
  await expect(counter).toBeVisible({ timeout: 15_000 });
  // Each click is waited for, so the counter read below is the step the widget is on (under load a
  // counter read straight after six clicks could lag the state one click behind).
  for (let k = 0; k < 6; k++) {
    const before = await counter.textContent();
    await stepper.locator('.nn-step-next').click();
    await expect(counter).not.toHaveText(before ?? '');
  }
  const [, step, total] = /Step (\d+) of (\d+)/.exec((await counter.textContent()) ?? '') ?? [];
  expect(Number(step)).toBeGreaterThan(1);
  // Switch at once: a state written within the URL writer's debounce must travel too.
  await page.getByRole('link', { name: '한국어' }).click();
  await expect(page).toHaveURL(new RegExp(`/ko/backpropagation/\\?.*backprop-stepper\\.step=${step}.*#widget-backprop-stepper$`));
  const koStepper = page.locator('nn-backprop-stepper');
  await expect(koStepper).toBeInViewport();
  await expect(koStepper.locator('.nn-step-counter')).toHaveText(`${total}단계 중 ${step}단계`);
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
