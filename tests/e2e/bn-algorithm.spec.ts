import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectClean, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * Batch normalization step by step (batch-normalization, #algorithm): the worked example's numbers
 * derived by hand, one value (x̂ = 0), the identity button, URL restore and a junk URL.
 */
const ID = 'bn-algorithm';
async function open(page: Page, query = ''): Promise<Locator> {
  await page.goto(`/demos/${ID}/${query}`);
  return showWidget(page, ID);
}
const live = (frame: Locator, name: string) => frame.locator(`[data-live-value="${name}"]`).first();
const list = (frame: Locator) => frame.getByRole('textbox', { name: /^Mini-batch/ });

test('the worked example: μ_B = 20/4 = 5, σ²_B = 20/4 = 5, x̂₁ = −3/√5.00001 = −1.3416, y₁ = 1.5 · (−1.3416) + 0.5 = −1.5125', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  await expect(live(frame, 'mu')).toHaveText('5.0000');
  await expect(live(frame, 'var')).toHaveText('5.0000');
  await expect(live(frame, 'xhat')).toHaveText('−1.3416');
  await expect(live(frame, 'y')).toHaveText('−1.5125');
  await expectClean(page, errors);
});

test('one value: x̂ = 0 whatever it is, y = β, and the sentence says so; the identity button gives y = x', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  await list(frame).fill('7');
  await list(frame).press('Enter');
  await expect(live(frame, 'xhat')).toHaveText('0.0000');
  await expect(live(frame, 'y')).toHaveText('0.5000');
  await expect(frame.locator('[data-note="single"]')).toBeVisible();
  await list(frame).fill('1, 2, 3, 4');
  await list(frame).press('Enter');
  // μ = 2.5, σ² = 1.25; γ = √1.25001, β = 2.5 → y₁ = x₁ = 1.
  await frame.getByRole('button', { name: 'γ = √(σ²_B + ε), β = μ_B' }).click();
  await expect(frame.locator('[data-note="identity"]')).toBeVisible();
  await expect(live(frame, 'y')).toHaveText('1.0000');
  await expect(page).toHaveURL(/bn-algorithm\.x=1_2_3_4/);
  await page.reload();
  const again = await showWidget(page, ID);
  await expect(live(again, 'mu')).toHaveText('2.5000');
  await list(again).fill('1, abc');
  await list(again).press('Enter');
  await expect(again.locator('.nn-field-message').first()).toContainText('abc');
  await expectClean(page, errors);
});

test('a junk batch in the URL shows the notice and the worked example', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page, `?${ID}.x=1_zz`);
  await expect(frame.locator('.widget-notice-box li')).toHaveCount(1);
  await expect(live(frame, 'mu')).toHaveText('5.0000');
  await expectClean(page, errors);
});

axeInEveryTheme(ID, (page) => open(page), async (frame) => {
  await frame.getByRole('button', { name: 'γ = √(σ²_B + ε), β = μ_B' }).click();
});
demoPagesWork(ID, async (frame) => {
  await expect(live(frame, 'mu')).toHaveText('5.0000');
});
