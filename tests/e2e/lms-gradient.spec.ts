import { expect, test, type Locator, type Page } from '@playwright/test';
import { chapterPath, commit, expectClean, LANGS, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * LMS beside the perceptron rule (perceptron, "Where gradient descent comes in"), driven as a reader
 * would from the chapter's start — AND, W = (0, 0), b = 0, α = 0.1, examples in the order (0,0), (0,1),
 * (1,0), (1,1) — every expected number derived by hand in the comments.
 */
const ID = 'lms-gradient';

async function open(page: Page, lang = 'en', query = ''): Promise<Locator> {
  await page.goto(chapterPath(lang, query));
  return showWidget(page, ID);
}

const live = (frame: Locator, name: string) => frame.locator(`[data-live-value="${name}"]`).first();
const status = (frame: Locator) => frame.locator('.nn-lg-status');
/** Row k (w₁, w₂, b) of the table: slope, central difference, LMS Δ, perceptron Δ, through the step. */
const row = (frame: Locator, k: number) => frame.locator('.nn-lg-table tbody tr').nth(k).locator('td');

for (const lang of LANGS) {
  const next = lang === 'en' ? 'Next' : '다음';
  test(`${lang}: the start and three steps: on (1,1) both slopes are −1 and agree with the central differences`, async ({ page }) => {
    const errors = watchErrors(page);
    const frame = await open(page, lang);
    // θ = 0 on (0,0), d = 0: net = 0, E = 0. The perceptron: y = step(0) = 1, Δb = 0.1·(0 − 1) = −0.1;
    // its net sits on the jump, so the central difference through the step is (½ − 0)/(2·10⁻⁵) = 25000.
    await expect(status(frame)).toContainText('(0, 0)');
    await expect(live(frame, 'e')).toHaveText('0');
    await expect(live(frame, 'y')).toHaveText('1');
    await expect(row(frame, 2)).toHaveText(['0', '0', '0', '−0.1', '25000']);
    const button = frame.getByRole('button', { name: next, exact: true });
    for (let k = 0; k < 3; k++) await button.click();
    // LMS: (0,0), (0,1), (1,0) have net 0 = d, θ stays 0; on (1,1), d = 1: E = ½·1² = 0.5, ∂E/∂θ = −(1 − 0)·1 = −1,
    // LMS Δ = −0.1·(−1) = 0.1. Perceptron: b = −0.1 after (0,0); (0,1), (1,0) give net −0.1, y = 0 = d; on (1,1)
    // net = −0.1, y = 0, Δ = 0.1·(1 − 0)·1 = 0.1, and the error through the step is flat: 0.
    await expect(status(frame)).toContainText('(1, 1)');
    await expect(live(frame, 'e')).toHaveText('0.5');
    await expect(live(frame, 'slope')).toHaveText('(−1)');
    await expect(live(frame, 'pnet')).toHaveText('(−0.1)');
    for (const k of [0, 1, 2]) await expect(row(frame, k)).toHaveText(['−1', '−1', '0.1', '0.1', '0']);
    await expect(frame.locator('.nn-lg-step-note')).toContainText('−0.1');
    await expectClean(page, errors);
  });
}

test('keyboard: → steps, E runs to the end of the epoch; after epoch 1 LMS has θ = (0.1, 0.1, 0.1)', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  await frame.getByRole('button', { name: 'Next', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/lms-gradient\.t=1/);
  await page.keyboard.press('e');
  await expect(page).toHaveURL(/lms-gradient\.t=4/);
  // On (0,0) with θ = (0.1, 0.1, 0.1): net = 0.1, E = ½(0 − 0.1)² = 0.005, slope −(0 − 0.1) = 0.1 (x₁ = x₂ = 0).
  await expect(status(frame)).toContainText('Epoch 2');
  await expect(live(frame, 'net')).toHaveText('0.1');
  await expect(live(frame, 'e')).toHaveText('0.005');
  await expect(row(frame, 2)).toContainText(['0.1', '0.1', '−0.01']);
  await frame.getByRole('button', { name: 'One epoch' }).click();
  await expect(page).toHaveURL(/lms-gradient\.t=8/);
  await expectClean(page, errors);
});

test('at the end: the perceptron rule makes no mistake; LMS sits near w₁ = w₂ = 0.5, b = −0.25 and gets 4 corners at net ≥ ½, 2 at net ≥ 0', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  await frame.getByRole('button', { name: 'Last', exact: true }).click();
  await expect(status(frame)).toContainText('Both rules have stopped');
  // Normal equations for AND: XᵀX = [[2,1,2],[1,2,2],[2,2,4]], Xᵀd = (1,1,1) ⇒ w₁ = w₂ = ½, b = −¼; residuals ±¼,
  // Σ½(d − net)² = ½·4/16 = 0.125. Nets −¼, ¼, ¼, ¾: all four right at ½, two at 0.
  const lms = frame.locator('.nn-lg-lms');
  await expect(lms).toContainText('minimum is 0.125 at w₁ = 0.5, w₂ = 0.5, b = −0.25');
  await expect(lms).toContainText('gets 4 of 4');
  await expect(lms).toContainText('get 2');
  await expect(frame.locator('.nn-lg-perceptron')).toContainText('0 of 4 corners wrong');
  await expect(frame.getByRole('button', { name: 'One epoch' })).toBeDisabled();
  await expectClean(page, errors);
});

test('α = 1.2 is past the limit 1: a warning, and the LMS run stops as diverged', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  await commit(page, frame.getByRole('textbox', { name: /^Learning rate α/ }), '1.2');
  const warning = frame.locator('.nn-lg-warning');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('α = 1.2 is above 1');
  await frame.getByRole('button', { name: 'Last', exact: true }).click();
  await expect(warning).toContainText('LMS diverged');
  await expect(frame.locator('.nn-lg-lms')).toBeHidden();
  // Back under the limit, the warning goes.
  await commit(page, frame.getByRole('textbox', { name: /^Learning rate α/ }), '0.5');
  await expect(warning).toBeHidden();
  await expectClean(page, errors);
});

test('URL state survives a reload; a mangled α and an unknown gate give notices and the defaults', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page);
  await frame.getByRole('combobox', { name: /^Gate/ }).selectOption('or');
  for (let k = 0; k < 2; k++) await frame.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page).toHaveURL(/lms-gradient\.gate=or.*lms-gradient\.t=2/);
  await page.reload();
  frame = await showWidget(page, ID);
  // OR's (1,0) has d = 1; LMS after (0,0) (net 0 = d) and (0,1) (d − net = 1, θ = (0, 0.1, 0.1)): net = 0.1.
  await expect(status(frame)).toContainText('(1, 0), target d = 1');
  await expect(live(frame, 'net')).toHaveText('0.1');

  frame = await open(page, 'en', `?${ID}.alpha=abc&${ID}.gate=xor`);
  await expect(frame.locator('.widget-notice-box li')).toHaveCount(2);
  await expect(frame.locator('.widget-notice-box')).toContainText('abc');
  await expect(frame.getByRole('textbox', { name: /^Learning rate α/ })).toHaveValue('0.1');
  await expect(status(frame)).toContainText('(0, 0)');
  await expectClean(page, errors);
});

axeInEveryTheme(
  ID,
  async (frame) => {
    await frame.getByRole('button', { name: 'Last', exact: true }).click();
    await expect(status(frame)).toContainText('Both rules have stopped');
  },
);

demoPagesWork(ID, async (frame) => {
  await frame.locator('.nn-step-buttons button').nth(2).click();
  await expect(frame.locator('.nn-step-counter')).toHaveText(/\b1\D+1020/);
});
