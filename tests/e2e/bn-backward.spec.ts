import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoPath, expectClean, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * The backward pass through batch normalization (batch-normalization, #in-a-network): the chapter's
 * worked example by hand, the bias that changes x and nothing else, another ∂ℓ/∂y by hand, the chosen
 * i, URL restore, junk URLs and the keyboard.
 *
 * By hand (the worked example, x = 2·(1, 2, 3, 4) = (2, 4, 6, 8), γ = 1.5, g = ∂ℓ/∂y = (0.1, −0.2, 0.3, 0)):
 * μ_B = 5, σ²_B = 5, x̂ = (x − 5)/√5; Σg = 0.2, Σ g x̂ = 0.2/√5, and
 * ∂ℓ/∂x_i = γ/(m√5) · (m g_i − Σg − x̂_i Σ g x̂) = 1.5/(4√5) · (0.32, −0.96, 0.96, −0.32)
 *         = (0.053666, −0.160997, 0.160997, −0.053666).
 */
const ID = 'bn-backward';
async function open(page: Page, query = ''): Promise<Locator> {
  await page.goto(demoPath(ID, 'en', query));
  return showWidget(page, ID);
}
const live = (frame: Locator, name: string) => frame.locator(`.nn-bnb-page [data-live-value="${name}"]`).first();
const column = (frame: Locator, col: string) => frame.locator(`.nn-bnb-table tbody [data-col="${col}"]`);
const dyBox = (frame: Locator) => frame.getByRole('textbox', { name: /^∂ℓ\/∂y from above/ });
const HAND_DX = ['0.053666', '−0.160997', '0.160997', '−0.053666'];

test('the worked example: ∂ℓ/∂x by backprop and numerically equal the hand-derived values; the six lines for i = 1', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  await expect(column(frame, 'x')).toHaveText(['2.0000', '4.0000', '6.0000', '8.0000']);
  await expect(column(frame, 'dx')).toHaveText(HAND_DX);
  await expect(column(frame, 'num')).toHaveText(HAND_DX);
  // ∂ℓ/∂x̂₁ = 0.1 · 1.5; Σ ∂ℓ/∂x̂_i (x_i − μ_B) = 0.15·(−3) − 0.3·(−1) + 0.45·1 = 0.3;
  // ∂ℓ/∂σ² = 0.3 · (−½) · 5^(−3/2) = −0.0134; ∂ℓ/∂μ = 0.3 · (−1/√5) = −0.1342;
  // ∂ℓ/∂γ = Σ g x̂ = 0.2/√5 = 0.0894, ∂ℓ/∂β = Σ g = 0.2.
  await expect(live(frame, 'dxhati')).toHaveText('0.1500');
  await expect(live(frame, 'sumdevs')).toHaveText('0.3000');
  await expect(live(frame, 'dv')).toHaveText('−0.0134');
  await expect(live(frame, 'dm')).toHaveText('−0.1342');
  await expect(live(frame, 'dxi')).toHaveText('0.0537');
  await expect(live(frame, 'dg')).toHaveText('0.0894');
  await expect(live(frame, 'db')).toHaveText('0.2000');
  // The three paths for i = 1: 0.15/√5 = 0.0671, −0.0134 · 2(−3)/4 = 0.0201, −0.1342/4 = −0.0335.
  await expect(live(frame, 't1')).toHaveText('0.0671');
  await expect(live(frame, 't2')).toHaveText('0.0201');
  await expect(live(frame, 't3')).toHaveText('(−0.0335)');
  await expect(frame.locator('.nn-bnb-sums')).toContainText('Σᵢ ∂ℓ/∂xᵢ = 0');
  await expectClean(page, errors);
});

test('the bias b moves every x and μ_B but no x̂, y or gradient; the link keeps it', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  const xhat = await column(frame, 'xhat').allTextContents();
  const y = await column(frame, 'y').allTextContents();
  const b = frame.getByRole('textbox', { name: /Bias b/ });
  await b.fill('3');
  await b.press('Enter');
  await expect(column(frame, 'x')).toHaveText(['5.0000', '7.0000', '9.0000', '11.0000']);
  await expect(frame.locator('.nn-bnb-bias')).toContainText('μ_B = 8.0000');
  await expect(column(frame, 'xhat')).toHaveText(xhat);
  await expect(column(frame, 'y')).toHaveText(y);
  await expect(column(frame, 'dx')).toHaveText(HAND_DX);
  await expect(column(frame, 'num')).toHaveText(HAND_DX);
  await expect.poll(() => page.url()).toContain(`${ID}.b=3`);
  await page.reload();
  const again = await showWidget(page, ID);
  await expect(column(again, 'x').first()).toHaveText('5.0000');
  await expectClean(page, errors);
});

test('another ∂ℓ/∂y by hand, the lines for i = 2, and a typed list that is not 4 numbers', async ({ page }) => {
  const errors = watchErrors(page);
  // ε = 10⁻⁸, so that the closed form for ε → 0 holds to six decimals (at 10⁻⁵ the first value is 0.201247).
  const frame = await open(page, `?${ID}.eps=1e-8`);
  // g = (1, 0, 0, 0): Σg = 1, Σ g x̂ = x̂₁ = −3/√5, so x̂_i Σ g x̂ = −0.6 (x_i − μ_B), and
  // ∂ℓ/∂x_i = 1.5/(4√5) · (4g_i − 1 + 0.6(x_i − μ_B)) = 1.5/(4√5) · (1.2, −1.6, −0.4, 0.8).
  await dyBox(frame).fill('1, 0, 0, 0');
  await dyBox(frame).press('Enter');
  await expect(column(frame, 'dx')).toHaveText(['0.201246', '−0.268328', '−0.067082', '0.134164']);
  await expect(column(frame, 'num')).toHaveText(['0.201246', '−0.268328', '−0.067082', '0.134164']);
  const i = frame.getByRole('textbox', { name: /Show the lines for i/ });
  await i.fill('2');
  await i.press('Enter');
  await expect(live(frame, 'dyi')).toHaveText('0.0000');
  await expect(live(frame, 'dxi')).toHaveText('−0.2683');
  await expect(frame.locator('.nn-bnb-table tbody tr').nth(1)).toHaveClass(/nn-bnb-sel/);
  await expect.poll(() => page.url()).toContain(`${ID}.dy=1_0_0_0`);
  await dyBox(frame).fill('1, 2');
  await dyBox(frame).press('Enter');
  await expect(frame.locator('.nn-bnb-dy-field .nn-field-message')).toContainText('exactly 4');
  await dyBox(frame).fill('1, 2, x, 4');
  await dyBox(frame).press('Enter');
  await expect(frame.locator('.nn-bnb-dy-field .nn-field-message')).toContainText('“x”');
  await expect(column(frame, 'dx').first()).toHaveText('0.201246');
  await expectClean(page, errors);
});

test('junk in the URL: ∂ℓ/∂y of the wrong length, a non-number, an out-of-range b — notices and the defaults', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page, `?${ID}.dy=1_2_3&${ID}.gamma=abc&${ID}.b=99`);
  await expect(frame.locator('.widget-notice-box li')).toHaveCount(3);
  await expect(column(frame, 'x')).toHaveText(['2.0000', '4.0000', '6.0000', '8.0000']);
  await expect(column(frame, 'dx')).toHaveText(HAND_DX);
  await expectClean(page, errors);
});

test('keyboard: arrows on the bias slider move x and leave ∂ℓ/∂x', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  await frame.getByRole('slider', { name: /Bias b/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(column(frame, 'x').first()).toHaveText('2.1000');
  await expect(column(frame, 'dx')).toHaveText(HAND_DX);
  await expect(frame.locator('[data-nn-live]').first()).toContainText('∂ℓ/∂x = 0.053666');
  await expectClean(page, errors);
});

axeInEveryTheme(ID, async (frame) => {
  await dyBox(frame).fill('1, 2');
  await dyBox(frame).press('Enter');
});
demoPagesWork(ID, async (frame) => {
  await expect(column(frame, 'dx').first()).toHaveText('0.053666');
});
