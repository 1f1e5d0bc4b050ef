import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectClean, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * Training against test time (batch-normalization, #test-time): the start against hand-derived
 * numbers, stepping through batches (URL kept through a reload), the batch of 1 giving β, a mangled
 * URL, axe in every theme, the demo pages.
 */
const ID = 'bn-test-time';

async function open(page: Page, query = '', lang = 'en'): Promise<Locator> {
  await page.goto(`${lang === 'ko' ? '/ko' : ''}/batch-normalization/${query}`);
  return showWidget(page, ID);
}
const cell = (frame: Locator, stat: string, choice: string) => frame.locator(`.nn-btt-table tr[data-stat="${stat}"] td[data-choice="${choice}"]`);

test('before any batch: running statistics 0 and 1, x = 6 gives y = 9.500; a batch of 1 gives β = 0.500 every draw', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  await expect(frame.locator('.nn-step-counter')).toHaveText('Batch 0 of 100');
  // Running mean starts at 0, variance at 1: x̂ = 6/√1.00001 = 5.99997, y = 1.5·5.99997 + 0.5 = 9.49996 → 9.500.
  await expect(cell(frame, 'mean', 'running')).toHaveText('0.000');
  await expect(cell(frame, 'variance', 'running')).toHaveText('1.000');
  await expect(cell(frame, 'y', 'running')).toHaveText('9.500');
  await expect(cell(frame, 'mean', 'average')).toHaveText('no batch yet');
  // A test batch of 1: μ_B = x, σ²_B = 0, x̂ = 0, y = β = 0.5, in all five draws.
  await expect(frame.locator('.nn-btt-wrong tr[data-size="1"] td')).toHaveText(Array(5).fill('0.500'));
  await expectClean(page, errors);
});

test('Next steps one batch, the running mean moves by (1 − 0.9)·μ_B; the position survives a reload; new batch-mates change the batch of 2', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page);
  await frame.getByRole('button', { name: 'Next' }).click();
  await expect(frame.locator('.nn-step-counter')).toHaveText('Batch 1 of 100');
  await expect(page).toHaveURL(/bn-test-time\.batch=1/);
  // After one batch: μ_run = 0.9·0 + 0.1·μ_B, so the running mean is a tenth of the batch mean.
  const batchMean = Number((await frame.locator('[data-live-value="batchMean"]').first().textContent())!.replace('−', '-'));
  const runMean = Number((await frame.locator('[data-live-value="runMean"]').first().textContent())!.replace('−', '-'));
  expect(Math.abs(runMean - 0.1 * batchMean)).toBeLessThan(0.002);
  await expect(cell(frame, 'mean', 'running')).toHaveText(runMean.toFixed(3));
  const pairs = await frame.locator('.nn-btt-wrong tr[data-size="2"] td').allTextContents();
  await frame.getByRole('button', { name: 'New batch-mates' }).click();
  await expect(page).toHaveURL(/bn-test-time\.draw=1/);
  await expect(frame.locator('.nn-btt-wrong tr[data-size="2"] td')).not.toHaveText(pairs);
  await expect(frame.locator('.nn-btt-wrong tr[data-size="1"] td')).toHaveText(Array(5).fill('0.500'));
  await page.reload();
  frame = await showWidget(page, ID);
  await expect(frame.locator('.nn-step-counter')).toHaveText('Batch 1 of 100');
  await expect(cell(frame, 'mean', 'running')).toHaveText(runMean.toFixed(3));
  await expectClean(page, errors);
});

test('keyboard: End goes to the last batch, Home back to the start', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  await frame.getByRole('button', { name: 'Next' }).focus();
  await page.keyboard.press('End');
  await expect(frame.locator('.nn-step-counter')).toHaveText('Batch 100 of 100');
  await page.keyboard.press('Home');
  await expect(frame.locator('.nn-step-counter')).toHaveText('Batch 0 of 100');
  await expectClean(page, errors);
});

test('m = 1 from the URL: every σ²_B is 0, and the unbiased factor is said to be undefined; a mangled m shows the notice', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page, `?${ID}.m=1&${ID}.batch=10`);
  await expect(frame.locator('[data-live-value="batchVar"]').first()).toHaveText('0.000');
  await expect(frame.locator('.nn-btt-unbiased')).toContainText('m = 1');
  frame = await open(page, `?${ID}.m=abc`);
  await expect(frame.locator('.widget-notice-box')).toContainText('abc');
  await expect(frame.getByRole('textbox', { name: /^Batch size m/ })).toHaveValue('8');
  await expectClean(page, errors);
});

axeInEveryTheme(
  ID,
  async (frame) => {
    await expect(frame.locator('.nn-step-counter')).toHaveText('Batch 30 of 100');
  },
  `?${ID}.batch=30`,
);

demoPagesWork(ID, async (frame) => {
  await frame.locator('.nn-step-next').click();
  await expect(frame.locator('.nn-btt-table tr[data-stat="mean"] td[data-choice="average"]')).not.toHaveText('no batch yet');
});
