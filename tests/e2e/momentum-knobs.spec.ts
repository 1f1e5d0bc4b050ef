import { expect, test, type Locator, type Page } from '@playwright/test';
import { createOptimizer, momentumRate, raceValley } from '../../src/core';
import { formatLoss } from '../../src/widgets/kit/controls/transport-view';
import { formatSignificant } from '../../src/widgets/kit/format-significant';
import { commit, demoPath, expectClean, LANGS, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * Momentum's two knobs (optimizers, #momentum), driven as a reader would: the numbers shown are the
 * core's (the rate from src/core/momentum-rate.ts, the loss from the core's momentum optimizer), the
 * optimal button and its key, URL state and a hand-mangled URL, junk typed into a field, a diverging
 * run, axe, the demo pages.
 */
const ID = 'momentum-knobs';

async function open(page: Page, lang = 'en', query = ''): Promise<Locator> {
  await page.goto(demoPath(ID, lang, query));
  return showWidget(page, ID);
}

const live = (frame: Locator, name: string) => frame.locator(`[data-live-value="${name}"]`).first();
const field = (frame: Locator, symbol: string) => frame.getByRole('textbox', { name: new RegExp(`^${symbol}`) });
/** J after `steps` of the core's momentum on θ₁² + κθ₂² from (−4, 1). */
function lossAfter(steps: number, eta: number, gamma: number, kappa = 10): number {
  const J = raceValley(kappa);
  const theta = Float64Array.of(-4, 1);
  const g = new Float64Array(2);
  const m = createOptimizer('momentum', { lr: eta, gamma });
  for (let i = 0; i < steps; i++) m.step(theta, (p) => J.gradient(p, g));
  return J.value(theta);
}

for (const lang of LANGS) {
  test(`${lang}: opens on κ = 10, η = 0.01, γ = 0.9 with the core's rate √0.9; three steps give the core's J`, async ({ page }) => {
    const errors = watchErrors(page);
    const frame = await open(page, lang);
    // λ = 2 and 20; both ends have complex roots, |μ| = √0.9 = 0.9487.
    await expect(live(frame, 'rate')).toHaveText(formatSignificant(momentumRate(0.01, 0.9, 2, 20)));
    await expect(live(frame, 'rate')).toHaveText('0.9487');
    await expect(live(frame, 'rateGd')).toHaveText('0.8182');
    await expect(frame.locator('.nn-mk-verdict')).toHaveAttribute('data-kind', 'stable');
    const step = frame.locator('.nn-transport button').nth(1);
    for (let i = 0; i < 3; i++) await step.click();
    await expect(frame.locator('.nn-step-count')).toHaveText(lang === 'en' ? 'Step 3' : '3단계');
    await expect(frame.locator('.nn-transport')).toContainText(formatLoss(lossAfter(3, 0.01, 0.9)));
    await expect(frame.locator('.nn-mk-heat canvas')).toHaveCount(1);
    await expectClean(page, errors);
  });
}

test('the optimal button and the key O set η* and γ*; the rate shown is the core’s for the pair set', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  await frame.getByRole('button', { name: 'Optimal η and γ' }).click();
  // η* = 4/(22 + 2√40) = 0.115443 → 0.1154; γ* = 0.269874 → 0.2699 (four decimals in the URL).
  await expect(field(frame, 'η')).toHaveValue('0.1154');
  await expect(field(frame, 'γ')).toHaveValue('0.2699');
  await expect(live(frame, 'rate')).toHaveText(formatSignificant(momentumRate(0.1154, 0.2699, 2, 20)));
  await expect(live(frame, 'rateBest')).toHaveText('0.5195');
  // κ = 100 by keyboard (typed), then O: η* = (2/(√200 + √2))² = (2/15.5563)² = 0.016529, γ* = (9/11)² = 0.669421.
  await commit(page, field(frame, 'κ'), '100');
  await frame.getByRole('button', { name: 'The chapter’s η and γ' }).focus();
  await page.keyboard.press('o');
  await expect(field(frame, 'η')).toHaveValue('0.0165');
  await expect(field(frame, 'γ')).toHaveValue('0.6694');
  await expect(page).toHaveURL(/momentum-knobs\.kappa=100/);
  await expectClean(page, errors);
});

test('keyboard only: S steps, R resets; a slider moves with the arrow keys', async ({ page }) => {
  const frame = await open(page);
  const gamma = frame.getByRole('slider', { name: /^γ/ });
  await gamma.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(field(frame, 'γ')).toHaveValue('0.89');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('s');
  await page.keyboard.press('s');
  await expect(frame.locator('.nn-step-count')).toHaveText('Step 2');
  await page.keyboard.press('r');
  await expect(frame.locator('.nn-step-count')).toHaveText('Step 0');
});

test('the URL keeps κ, η and γ through a reload; a mangled URL shows the notice and the defaults', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page);
  await commit(page, field(frame, 'η'), '0.05');
  await commit(page, field(frame, 'γ'), '0.5');
  await expect(page).toHaveURL(/momentum-knobs\.eta=0\.05/);
  await expect(page).toHaveURL(/momentum-knobs\.gamma=0\.5/);
  await page.reload();
  frame = await showWidget(page, ID);
  await expect(field(frame, 'η')).toHaveValue('0.05');
  await expect(live(frame, 'rate')).toHaveText(formatSignificant(momentumRate(0.05, 0.5, 2, 20)));

  frame = await open(page, 'en', `?${ID}.eta=abc&${ID}.gamma=1.5&${ID}.kappa=0&${ID}.colour=red`);
  await expect(frame.locator('.widget-notice-box li')).toHaveCount(4);
  await expect(frame.locator('.widget-notice-box')).toContainText('abc');
  await expect(field(frame, 'η')).toHaveValue('0.01');
  await expect(field(frame, 'γ')).toHaveValue('0.9');
  await expect(live(frame, 'rate')).toHaveText('0.9487');
  await expectClean(page, errors);
});

test('junk typed into η or γ gets a message and never reaches the core; out of range is clamped', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  for (const [symbol, bad] of [['η', 'abc'], ['η', ''], ['γ', 'x'], ['κ', '-']] as const) {
    await commit(page, field(frame, symbol), bad);
    await expect(frame.locator('.nn-field-message').filter({ hasText: /\S/ }).first()).toBeVisible();
    await expect(live(frame, 'rate')).toHaveText('0.9487');
  }
  // Out of range (1e999 too): η → 1 (its maximum), γ = 1 → 0.99; the rate is the core's for the clamped pair.
  await commit(page, field(frame, 'η'), '1e999');
  await commit(page, field(frame, 'γ'), '1');
  await expect(field(frame, 'η')).toHaveValue('1');
  await expect(field(frame, 'γ')).toHaveValue('0.99');
  await expect(frame.locator('.nn-field-message').filter({ hasText: /\S/ }).first()).toBeVisible();
  await expect(live(frame, 'rate')).toHaveText(formatSignificant(momentumRate(1, 0.99, 2, 20)));
  await expect(frame.locator('.nn-mk-verdict')).toHaveAttribute('data-kind', 'unstable');
  await expectClean(page, errors);
});

test('η past 2(1 + γ)/λ_max: the verdict says so before the run, the run stops with the message, reset recovers', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  // γ = 0.5: the edge is η = 3/20 = 0.15; η = 0.2 gives ηλ_max = 4 > 3, ρ = (2.5 + √4.25)/2 = 2.2808.
  await commit(page, field(frame, 'γ'), '0.5');
  await commit(page, field(frame, 'η'), '0.2');
  await expect(frame.locator('.nn-mk-verdict')).toHaveAttribute('data-kind', 'unstable');
  await expect(live(frame, 'rate')).toHaveText('2.281');
  await frame.locator('.nn-transport button').first().click();
  const stop = frame.locator('.nn-transport-stop');
  await expect(stop).toBeVisible({ timeout: 15_000 });
  await expect(stop).toContainText(/Diverged at step \d+/);
  await frame.getByRole('button', { name: 'Reset' }).first().click();
  await expect(stop).toBeHidden();
  await expect(frame.locator('.nn-step-count')).toHaveText('Step 0');
  await expectClean(page, errors);
});

axeInEveryTheme(
  ID,
  async (frame) => {
    const step = frame.locator('.nn-transport button').nth(1);
    for (let i = 0; i < 5; i++) await step.click();
    await expect(frame.locator('.nn-step-count')).toContainText('5');
  },
);

demoPagesWork(ID, async (frame) => {
  await frame.locator('.nn-mk-optimal').click();
  await expect(live(frame, 'rateBest')).toHaveText('0.5195');
  await expect(frame.locator('.nn-mk-heat canvas')).toHaveCount(1);
});
