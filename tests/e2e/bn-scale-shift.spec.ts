import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoPath, expectClean, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * Why scale and shift? (batch-normalization, #scale-and-shift) on its demo page: the chapter's batch
 * (2, 4, 6, 8) against hand-derived numbers, the identity button restoring x, junk in the URL,
 * junk typed into γ, axe in every theme, the demo pages.
 */
const ID = 'bn-scale-shift';
const open = async (page: Page, query = ''): Promise<Locator> => {
  await page.goto(demoPath(ID, 'en', query));
  return showWidget(page, ID);
};
const live = (frame: Locator, name: string) => frame.locator(`.nn-ss-formula:not([hidden]) [data-live-value="${name}"]`).first();

test('the chapter’s batch: μ_B = 5, σ²_B = 5, x̂₄ = 1.3416; the identity button gives γ = 2.2361, β = 5 and y = x', async ({ page }) => {
  const errors = watchErrors(page);
  // (2 + 4 + 6 + 8)/4 = 5; (9 + 1 + 1 + 9)/4 = 5; x̂₄ = 3/√5.00001 = 1.3416.
  const frame = await open(page, '?bn-scale-shift.batch=chapter');
  await expect(live(frame, 'mean')).toHaveText('5.0000');
  await expect(live(frame, 'var')).toHaveText('5.0000');
  await expect(live(frame, 'xhk')).toHaveText('1.3416');
  // γ = 1, β = 0: y = x̂; |x̂| = 1.342, 0.447: two of four in |t| < 1.
  await expect(frame.locator('.nn-ss-linear')).toContainText('2 of 4 (50 %)');
  await frame.getByRole('button', { name: /undo it/ }).click();
  await expect(frame.getByRole('textbox', { name: /Scale γ/ })).toHaveValue(/^2\.236/);
  await expect(live(frame, 'gamma')).toHaveText('2.2361');
  await expect(live(frame, 'yk')).toHaveText('8.0000');
  await expect(frame.locator('.nn-ss-error')).toHaveAttribute('data-restored', 'true');
  await expect(page).toHaveURL(/bn-scale-shift\.gamma=2\.236/);
  await expectClean(page, errors);
});

test('junk in the URL gives a notice and the defaults; junk typed into γ gives a message', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page, '?bn-scale-shift.gamma=abc&bn-scale-shift.fn=cosh');
  await expect(frame.locator('.widget-notice-box li')).toHaveCount(2);
  await expect(frame.getByRole('textbox', { name: /Scale γ/ })).toHaveValue('1');
  const box = frame.getByRole('textbox', { name: /Shift β/ });
  await box.fill('zz');
  await box.press('Enter');
  await expect(frame.locator('.nn-field-message').filter({ hasText: /./ }).first()).toBeVisible();
  await expectClean(page, errors);
});

axeInEveryTheme(
  ID,
  async (frame) => {
    await frame.getByRole('button', { name: /undo it/ }).click();
    await expect(frame.locator('.nn-ss-error')).toHaveAttribute('data-restored', 'true');
  },
);

demoPagesWork(ID, async (frame) => {
  await expect(frame.locator('.nn-ss-plot svg')).toBeVisible();
});
