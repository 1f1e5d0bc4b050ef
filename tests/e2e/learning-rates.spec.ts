import { expect, test, type Locator, type Page } from '@playwright/test';
import { commit, expectClean, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * The seminar's three learning rates, live (optimizers, #gradient-descent). On J = θ₁² + κθ₂² from
 * (−4, 1), gradient descent gives θ_t = ((1 − 2η)^t·(−4), (1 − 2κη)^t), so J_t = 16(1 − 2η)^{2t} +
 * κ(1 − 2κη)^{2t}; every expected number below is that formula (or the limits 2/λ_max, 2(1 + γ)/λ_max
 * with λ_max = 2κ) worked by hand.
 */
const ID = 'learning-rates';

async function open(page: Page, lang = 'en', query = ''): Promise<Locator> {
  await page.goto(`${lang === 'ko' ? '/ko' : ''}/optimizers/${query}`);
  return showWidget(page, ID);
}

const panel = (frame: Locator, k: number) => frame.locator('.nn-lr-panel').nth(k);
const status = (frame: Locator, k: number) => panel(frame, k).locator('.nn-lr-status');
const live = (frame: Locator, name: string) => frame.locator(`[data-live-value="${name}"]`).first();
const etaBox = (frame: Locator) => frame.getByRole('textbox', { name: /^Your η/ });
const kappaBox = (frame: Locator) => frame.getByRole('textbox', { name: /^κ/ });

test('the deck’s three pictures at step 50 show the chapter’s numbers, and the limits 0.1 and 0.19', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  // η = 0.01: 16·0.98¹⁰⁰ + 10·0.8¹⁰⁰ = 2.12; η = 0.03: 16·0.94¹⁰⁰ + 10·0.4¹⁰⁰ = 0.0329 (the chapter's table).
  await expect(status(frame, 0)).toHaveText('step 50: J = 2.12');
  await expect(status(frame, 1)).toHaveText('step 50: J = 0.0329');
  // η = 0.13: θ₂ × −1.6 a step, J ≈ 10·2.56ᵗ passes 10⁶·26 at t = 16 (2.56¹⁶ ≈ 3.4 × 10⁶).
  await expect(status(frame, 2)).toHaveText('diverged at step 16 (J = 3.4 × 10⁷)');
  await expect(panel(frame, 2)).toHaveAttribute('data-diverged', 'true');
  // Your η = 0.09: 16·0.82¹⁰⁰ + 10·0.8¹⁰⁰ = 4.05 × 10⁻⁸ (the chapter's "4.1 × 10⁻⁸").
  await expect(status(frame, 3)).toHaveText('step 50: J = 4.05 × 10⁻⁸');
  // λ_max = 20: 2/20 = 0.1; 2(1 + 0.9)/20 = 0.19.
  await expect(live(frame, 'lmax')).toHaveText('20');
  await expect(live(frame, 'gdlim')).toHaveText('0.1');
  await expect(live(frame, 'momlim')).toHaveText('0.19');
  await expect(frame.locator('.nn-lr-limits')).toContainText('η < 2/λ_max = 0.1');
  await expect(frame.locator('.nn-lr-yours')).toContainText('gradient descent J = 4.05 × 10⁻⁸ (stable)');
  // Nothing NaN drawn or written.
  await expect(frame).not.toContainText('NaN');
  for (const d of await frame.locator('path').evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? ''))) expect(d).not.toContain('NaN');
  await expectClean(page, errors);
});

test('keyboard: Home goes to step 0, → steps all four panels together; the point on the curve moves η', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  await frame.getByRole('button', { name: 'First', exact: true }).focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/learning-rates\.t=0/);
  await expect(status(frame, 0)).toHaveText('step 0: J = 26');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/learning-rates\.t=1/);
  // One step: η = 0.03 → (−3.76, 0.4), J = 14.1376 + 1.6 = 15.7; η = 0.13 → (−2.96, −1.6), J = 8.7616 + 25.6 = 34.4.
  await expect(status(frame, 1)).toHaveText('step 1: J = 15.7');
  await expect(status(frame, 2)).toHaveText('step 1: J = 34.4');
  await expect(frame.locator('.nn-step-counter')).toHaveText('Step 1 of 50');
  // The point: → moves log₁₀ η by 0.05 on its grid, from log₁₀ 0.09 ≈ −1.046 to −1: η = 0.1, exactly the limit.
  const point = frame.getByRole('slider', { name: 'Your η on the gradient-descent curve' });
  await point.focus();
  await page.keyboard.press('ArrowRight');
  await expect(etaBox(frame)).toHaveValue('0.1');
  await expect(panel(frame, 3).locator('.nn-lr-name')).toHaveText('your η = 0.1');
  // |1 − 20·0.1| = 1: not below 1, so not stable (θ₂ flips sign forever).
  await expect(frame.locator('.nn-lr-yours')).toContainText('(past its limit)');
  await expectClean(page, errors);
});

test('κ = 50: λ_max = 100, limits 0.02 and 0.038; η = 0.03 now diverges too', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  await commit(page, kappaBox(frame), '50');
  await expect(live(frame, 'lmax')).toHaveText('100');
  await expect(live(frame, 'gdlim')).toHaveText('0.02');
  await expect(live(frame, 'momlim')).toHaveText('0.038');
  // η = 0.01: factor 1 − 100·0.01 = 0 on θ₂; J₅₀ = 16·0.98¹⁰⁰ = 2.12. η = 0.03: factor −2, diverges.
  await expect(status(frame, 0)).toHaveText('step 50: J = 2.12');
  await expect(panel(frame, 1)).toHaveAttribute('data-diverged', 'true');
  await expect(status(frame, 1)).toContainText('diverged at step');
  await expectClean(page, errors);
});

test('your η = 0.5 diverges in its panel and stops there; the other panels go on; no NaN', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  await commit(page, etaBox(frame), '0.5');
  // θ₁ × (1 − 2·0.5) = 0, θ₂ × (1 − 20·0.5) = −9 a step: J_t = 10·81ᵗ; J₃ ≈ 5.3 × 10⁶ is below 10⁶·26,
  // J₄ = 10·81⁴ ≈ 4.3 × 10⁸ above it.
  await expect(status(frame, 3)).toHaveText('diverged at step 4 (J = 4.3 × 10⁸)');
  await expect(status(frame, 0)).toHaveText('step 50: J = 2.12');
  // Momentum: ηλ = 10 > 2(1 + 0.9) = 3.8.
  await expect(frame.locator('.nn-lr-yours')).toContainText(/momentum J = [^(]+\(past its limit\)/);
  await expect(frame).not.toContainText('NaN');
  await expectClean(page, errors);
});

test('junk in a field is refused next to it and never reaches the widget', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  const box = etaBox(frame);
  const message = async () => page.locator(`#${(await box.getAttribute('aria-describedby'))!.split(' ').pop()}`);
  await commit(page, box, 'abc');
  await expect(await message()).toContainText('not a number');
  await expect(box).toHaveValue('0.09');
  await expect(status(frame, 3)).toHaveText('step 50: J = 4.05 × 10⁻⁸');
  await commit(page, box, '7');
  await expect(box).toHaveValue('2');
  await expect(await message()).not.toBeEmpty();
  await commit(page, kappaBox(frame), '0');
  await expect(kappaBox(frame)).toHaveValue('1');
  await expect(frame).not.toContainText('NaN');
  await expectClean(page, errors);
});

test('URL state survives a reload; mangled values give notices and the defaults', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page);
  await commit(page, etaBox(frame), '0.05');
  await commit(page, frame.getByRole('textbox', { name: /^γ/ }), '0.5');
  await expect(page).toHaveURL(/learning-rates\.eta=0\.05/);
  await expect(page).toHaveURL(/learning-rates\.gamma=0\.5/);
  await page.reload();
  frame = await showWidget(page, ID);
  await expect(panel(frame, 3).locator('.nn-lr-name')).toHaveText('your η = 0.05');
  // 2(1 + 0.5)/20 = 0.15.
  await expect(live(frame, 'momlim')).toHaveText('0.15');

  frame = await open(page, 'en', `?${ID}.kappa=abc&${ID}.eta=99&${ID}.gamma=1&${ID}.t=-3`);
  await expect(frame.locator('.widget-notice-box li')).toHaveCount(4);
  await expect(frame.locator('.widget-notice-box')).toContainText('abc');
  await expect(kappaBox(frame)).toHaveValue('10');
  await expect(etaBox(frame)).toHaveValue('0.09');
  await expect(live(frame, 'momlim')).toHaveText('0.19');
  await expect(frame.locator('.nn-step-counter')).toHaveText('Step 50 of 50');
  await expectClean(page, errors);
});

axeInEveryTheme(
  ID,
  async (frame) => {
    await commit(frame.page(), etaBox(frame), '0.5');
    await expect(status(frame, 3)).toContainText('diverged');
  },
);

demoPagesWork(ID, async (frame) => {
  await frame.locator('.nn-step-buttons button').first().click();
  await expect(frame.locator('.nn-step-counter')).toHaveText(/\b0\D+50|50\D+0\b/);
  await expect(status(frame, 0)).toContainText('J = 26');
});
