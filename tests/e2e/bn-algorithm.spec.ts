import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoPath, expectClean, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * Batch normalization step by step (batch-normalization, #algorithm): the worked example's numbers
 * derived by hand, one value (x̂ = 0), the identity button, dragging and keyboard on the x dots,
 * URL restore and a junk URL.
 */
const ID = 'bn-algorithm';
async function open(page: Page, query = ''): Promise<Locator> {
  await page.goto(demoPath(ID, 'en', query));
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

/** The screen point of value v on the x number line (viewBox: from 40 at −10 to 580 at 10, the line at y = 35). */
async function xPoint(frame: Locator, v: number): Promise<{ x: number; y: number }> {
  return frame.locator('svg.nn-bna-strips').evaluate((svg, value) => {
    const p = new DOMPoint(40 + ((value + 10) / 20) * 540, 35).matrixTransform((svg as SVGSVGElement).getScreenCTM()!);
    return { x: p.x, y: p.y };
  }, v);
}
const dot = (frame: Locator, name: string) => frame.getByRole('slider', { name: new RegExp(`^${name},`) });

test('dragging x₁ from 2 to −4: the numbers follow while it moves, the URL takes the batch when it lets go', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  const from = await xPoint(frame, 2);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const to = await xPoint(frame, -4);
  await page.mouse.move((from.x + to.x) / 2, to.y, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 3 });
  // Batch (−4, 4, 6, 8): μ_B = 14/4 = 3.5; deviations −7.5, 0.5, 2.5, 4.5, squares 56.25 + 0.25 + 6.25 + 20.25 = 83, σ²_B = 83/4 = 20.75.
  await expect(live(frame, 'mu')).toHaveText('3.5000');
  await expect(live(frame, 'var')).toHaveText('20.7500');
  await expect(list(frame)).toHaveValue('−4, 4, 6, 8');
  expect(page.url()).not.toContain('x=-4');
  await page.mouse.up();
  await expect(page).toHaveURL(/bn-algorithm\.x=-4_4_6_8/);
  await expect(dot(frame, 'x₁')).toHaveAttribute('aria-valuenow', '-4');
  // x̂₁ = −7.5/√20.75001 = −7.5/4.555217 = −1.6465.
  await expect(live(frame, 'xhat')).toHaveText('−1.6465');
  // Past the line's end the dot stops at 10: batch (10, 4, 6, 8), μ_B = 28/4 = 7.
  const start = await xPoint(frame, -4);
  const beyond = await xPoint(frame, 14);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(beyond.x, beyond.y, { steps: 4 });
  await page.mouse.up();
  await expect(live(frame, 'mu')).toHaveText('7.0000');
  await expect(page).toHaveURL(/bn-algorithm\.x=10_4_6_8/);
  await page.reload();
  const again = await showWidget(page, ID);
  await expect(live(again, 'mu')).toHaveText('7.0000');
  await expectClean(page, errors);
});

test('keyboard: Shift+→ moves x₁ by 1, ↑ picks x₂, End sends it to 10, Delete removes it; the buttons add and remove', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  const x1 = dot(frame, 'x₁');
  await x1.focus();
  await page.keyboard.press('Shift+ArrowRight');
  // (3, 4, 6, 8): μ_B = 21/4 = 5.25.
  await expect(live(frame, 'mu')).toHaveText('5.2500');
  await page.keyboard.press('ArrowRight');
  // (3.1, 4, 6, 8): μ_B = 21.1/4 = 5.275.
  await expect(live(frame, 'mu')).toHaveText('5.2750');
  await page.keyboard.press('ArrowUp');
  await expect(dot(frame, 'x₂')).toBeFocused();
  await expect(live(frame, 'i')).toHaveText('2');
  await page.keyboard.press('End');
  // (3.1, 10, 6, 8): μ_B = 27.1/4 = 6.775; the summary says it.
  await expect(live(frame, 'mu')).toHaveText('6.7750');
  await expect(dot(frame, 'x₂')).toHaveAttribute('aria-valuetext', '10');
  await expect(frame.locator('[aria-live]').filter({ hasText: 'x₂ = 10' })).toHaveCount(1);
  await page.keyboard.press('Delete');
  // (3.1, 6, 8): m = 3, μ_B = 17.1/3 = 5.7.
  await expect(live(frame, 'm').first()).toHaveText('3');
  await expect(live(frame, 'mu')).toHaveText('5.7000');
  await expect(dot(frame, 'x₂')).toBeFocused();
  await frame.getByRole('button', { name: 'Add a value' }).click();
  // Added at μ_B = 5.7: (3.1, 6, 8, 5.7), μ_B still 22.8/4 = 5.7, m = 4, i = 4.
  await expect(list(frame)).toHaveValue('3.1, 6, 8, 5.7');
  await expect(live(frame, 'i')).toHaveText('4');
  await frame.getByRole('button', { name: 'Remove x₄' }).click();
  await expect(list(frame)).toHaveValue('3.1, 6, 8');
  await expect(page).toHaveURL(/bn-algorithm\.x=3\.1_6_8/);
  await expectClean(page, errors);
});

test('a junk batch in the URL shows the notice and the worked example', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page, `?${ID}.x=1_zz`);
  await expect(frame.locator('.widget-notice-box li')).toHaveCount(1);
  await expect(live(frame, 'mu')).toHaveText('5.0000');
  await expectClean(page, errors);
});

axeInEveryTheme(ID, async (frame) => {
  await frame.getByRole('button', { name: 'γ = √(σ²_B + ε), β = μ_B' }).click();
});
demoPagesWork(ID, async (frame) => {
  await expect(live(frame, 'mu')).toHaveText('5.0000');
});
