import { expect, test, type Locator, type Page } from '@playwright/test';
import { commit, expectClean, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * Overfitting, with and without dropout (dropout, #why-dropout): the story at the defaults (the core
 * test's figures for seed 1 at 300 epochs, and the same numbers as the chapter's paragraph), the gap
 * as test − train, Step, p and the points menu, p = 0 on both sides, URL state through a reload, a
 * mangled URL, keyboard, axe in every theme, the demo pages.
 */
const ID = 'dropout-overfit';
async function open(page: Page, query = ''): Promise<Locator> {
  await page.goto(`/dropout/${query}`);
  return showWidget(page, ID);
}
const stats = (frame: Locator, side: 'left' | 'right') => frame.locator(`.nn-dof-stats[data-side="${side}"]`);
const heads = (frame: Locator) => frame.locator('.nn-dof-head');
const pField = (frame: Locator) => frame.getByRole('textbox', { name: /Drop probability p/ });
/** [E_train, E_test, gap] as printed (true minus sign read as −). */
async function numbers(line: Locator): Promise<number[]> {
  const text = (await line.textContent()) ?? '';
  return [...text.matchAll(/= (−?\d+\.\d{4})/g)].map((m) => Number(m[1].replace('−', '-')));
}

test('the defaults tell the story at 300 epochs: gaps 0.1182 and 0.0327, the chapter’s own figures', async ({ page }) => {
  test.slow();
  const errors = watchErrors(page);
  const frame = await open(page, `?${ID}.speed=120`);
  await frame.getByRole('button', { name: 'Play' }).click();
  await expect(frame.locator('.nn-dof')).toHaveAttribute('data-stop', 'done', { timeout: 60_000 });
  await expect(frame.locator('.nn-transport-status')).toContainText('Step 300');
  // tests/unit/core/dropout-overfit.test.ts, seed 1, 300 epochs: p = 0 train 0.0000 test 0.1182;
  // p = 0.5 train 0.0337 test 0.0664 gap 0.0327.
  await expect(stats(frame, 'left').locator('span')).toHaveText(['E_train = 0.0000, E_test = 0.1182', 'gap E_test − E_train = 0.1182']);
  await expect(stats(frame, 'right').locator('span')).toHaveText(['E_train = 0.0337, E_test = 0.0664', 'gap E_test − E_train = 0.0327']);
  // The chapter's paragraph above the widget states the same numbers (computed at build time).
  const prose = page.locator('p', { hasText: 'The widget below runs that experiment' });
  await expect(prose).toContainText('a gap of 0.1182');
  await expect(prose).toContainText('the gap only 0.0327');
  await expectClean(page, errors);
});

test('Step takes one epoch of both networks; the gap shown is E_test − E_train of the numbers beside it', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  const step = frame.getByRole('button', { name: 'Step' });
  for (let k = 0; k < 3; k++) await step.click();
  await expect(frame.locator('.nn-transport-status')).toContainText('Step 3');
  for (const side of ['left', 'right'] as const) {
    const [train, test, gap] = await numbers(stats(frame, side));
    // Rounded to 4 decimals each, the printed gap is within 0.0001 of the printed difference.
    expect(Math.abs(test - train - gap)).toBeLessThanOrEqual(0.0001 + 1e-9);
  }
  await expectClean(page, errors);
});

test('p = 0 on the right too: the same seed gives two identical networks, so both sides show the same numbers', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page, `?${ID}.p=0&${ID}.seed=4`);
  await expect(heads(frame).nth(1)).toHaveText('Dropout, p = 0');
  const step = frame.getByRole('button', { name: 'Step' });
  for (let k = 0; k < 4; k++) await step.click();
  await expect(frame.locator('.nn-transport-status')).toContainText('Step 4');
  expect(await numbers(stats(frame, 'right'))).toEqual(await numbers(stats(frame, 'left')));
  await expectClean(page, errors);
});

test('p relabels the right side and restarts the run; the points menu shows the 200 test points', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  await frame.getByRole('button', { name: 'Step' }).click();
  await commit(page, pField(frame), '0.3');
  await expect(heads(frame).nth(1)).toHaveText('Dropout, p = 0.3');
  await expect(heads(frame).nth(0)).toHaveText('No dropout (p = 0)');
  await expect(frame.locator('.nn-transport-status')).toContainText('Step 0');
  await expect(page).toHaveURL(/dropout-overfit\.p=0\.3/);
  await expect(frame.locator('.nn-dof-map svg[role="img"]').first()).toHaveAttribute('aria-label', 'The 30 training points, two classes');
  await frame.getByLabel('Points on the maps').selectOption('test');
  await expect(frame.locator('.nn-dof-map svg[role="img"]').first()).toHaveAttribute('aria-label', 'The 200 held-out test points, two classes');
  await expect(page).toHaveURL(/dropout-overfit\.points=test/);
  await expectClean(page, errors);
});

test('URL state: p and the seed survive a reload; a mangled p and stop epoch show the notice and keep the defaults', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page, `?${ID}.p=0.2&${ID}.seed=7&${ID}.epochs=1000`);
  await page.reload();
  frame = await showWidget(page, ID);
  await expect(pField(frame)).toHaveValue('0.2');
  await expect(frame.getByRole('textbox', { name: /Seed/ })).toHaveValue('7');
  await expect(frame.getByLabel('Stop at epoch')).toHaveValue('1000');

  frame = await open(page, `?${ID}.p=abc&${ID}.epochs=5`);
  await expect(frame.locator('.widget-notice-box li')).toHaveCount(2);
  await expect(frame.locator('.widget-notice-box')).toContainText('abc');
  await expect(pField(frame)).toHaveValue('0.5');
  await expect(frame.getByLabel('Stop at epoch')).toHaveValue('300');
  // Out of range (p ≤ 0.8): the field is corrected to the largest p, says so, and the widget goes on.
  await commit(page, pField(frame), '0.95');
  await expect(heads(frame).nth(1)).toHaveText('Dropout, p = 0.8');
  await expect(frame.locator('.nn-field--corrected .nn-field-message')).not.toBeEmpty();
  await expectClean(page, errors);
});

test('keyboard: Tab reaches Step, Enter takes an epoch', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  await frame.getByRole('button', { name: 'Step' }).focus();
  await page.keyboard.press('Enter');
  await expect(frame.locator('.nn-transport-status')).toContainText('Step 1');
  await expectClean(page, errors);
});

axeInEveryTheme(ID, async (frame) => {
  await frame.getByRole('button', { name: 'Step' }).click();
});

demoPagesWork(ID, async (frame) => {
  await frame.getByRole('button', { name: /^(Step|한 단계)$/ }).click();
  await expect(frame.locator('.nn-dof-stats')).toHaveCount(2);
});
