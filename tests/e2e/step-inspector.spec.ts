import { expect, test, type Locator, type Page } from '@playwright/test';
import { createAdam, createOptimizer, valleySurface, type Optimizer } from '../../src/core';
import { formatSignificant } from '../../src/widgets/kit/format-significant';
import { commit, expectClean, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * The step inspector (optimizers chapter, one per method's section: inspect-nag … inspect-adam), driven
 * as a reader would. The numbers expected are the core optimizer's, run here on the same valley from the
 * same start, and written as the widget writes them (four significant digits).
 */
const METHODS = ['nag', 'adagrad', 'rmsprop', 'adadelta', 'adam'] as const;

async function open(page: Page, method: string, query = '', lang = 'en'): Promise<Locator> {
  await page.goto(`${lang === 'ko' ? '/ko' : ''}/optimizers/${query}#${method}`);
  return showWidget(page, `inspect-${method}`);
}

const live = (frame: Locator, name: string) => frame.locator(`[data-live-value="${name}"]`).first();
const counter = (frame: Locator) => frame.locator('.nn-step-counter');
const next = (frame: Locator) => frame.getByRole('button', { name: /^(Next|다음)$/ });

/** θ and the optimizer's state after `steps` updates on J = θ₁² + 10θ₂² from θ₀ = (−4, 1). */
function coreAfter(optimizer: Optimizer, steps: number) {
  const J = valleySurface();
  const theta = Float64Array.of(-4, 1);
  const g = new Float64Array(2);
  for (let k = 0; k < steps; k++) optimizer.step(theta, (p) => J.gradient(p, g));
  return { theta, state: optimizer.state() };
}
const show = (x: number) => formatSignificant(x);

test('Adagrad: two steps give the chapter’s G and θ, equal to the core’s', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page, 'adagrad');
  await expect(live(frame, 'g1')).toHaveText('–');
  await next(frame).click();
  await next(frame).click();
  await expect(counter(frame)).toHaveText('Step 2 of 50');
  const { theta, state } = coreAfter(createOptimizer('adagrad', { lr: 0.1 }), 2);
  const G = state.G as Float64Array;
  // The chapter: G₂ = (124.84, 724), θ₂ = (−3.8302, 0.8331).
  await expect(live(frame, 'G1')).toHaveText(show(G[0]));
  await expect(live(frame, 'G1')).toHaveText('124.8');
  await expect(live(frame, 'G2')).toHaveText('724');
  await expect(live(frame, 'n1')).toHaveText(show(theta[0]));
  await expect(live(frame, 'n2')).toHaveText(show(theta[1]));
  await expect(frame.locator('.nn-si-plot .nn-series-arrow')).toHaveCount(2);
  await expectClean(page, errors);
});

test('NAG by keyboard: → steps, the look-ahead point is the core’s; End and Home reach 50 and 0', async ({ page }) => {
  const frame = await open(page, 'nag');
  await next(frame).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(counter(frame)).toHaveText('Step 2 of 50');
  const { state } = coreAfter(createOptimizer('nag'), 2);
  const lookAhead = state.lookAhead as Float64Array;
  // By hand: θ₁ − γv₁ = (−3.92 + 0.072, 0.8 − 0.18) = (−3.848, 0.62).
  await expect(live(frame, 'a1')).toHaveText(show(lookAhead[0]));
  await expect(live(frame, 'a2')).toHaveText('0.62');
  await expect(frame.locator('.nn-si-plot .nn-series-arrow')).toHaveCount(3);
  await page.keyboard.press('End');
  await expect(counter(frame)).toHaveText('Step 50 of 50');
  await page.keyboard.press('Home');
  await expect(counter(frame)).toHaveText('Step 0 of 50');
  await expect(live(frame, 'v1')).toHaveText('–');
});

test('Adam: the bias correction makes step 1 η in size; off, ≈ 3.16η; the switch is in the URL', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page, 'adam');
  await next(frame).click();
  const corrected = coreAfter(createAdam({ lr: 0.1 }), 1).theta;
  await expect(live(frame, 'n1')).toHaveText(show(corrected[0]));
  await expect(frame.locator('.nn-si-first')).toContainText('1 × η');
  await frame.getByRole('checkbox', { name: /Bias correction/ }).uncheck();
  const raw = coreAfter(createAdam({ lr: 0.1 }, { biasCorrection: false }), 1).theta;
  await expect(live(frame, 'n1')).toHaveText(show(raw[0]));
  await expect(live(frame, 'c1')).toHaveText('1');
  await expect(frame.locator('.nn-si-first')).toContainText('3.162 × η');
  await expect(page).toHaveURL(/inspect-adam\.bias=0/);
  await expect(page).toHaveURL(/inspect-adam\.t=1/);
  await page.reload();
  const again = await showWidget(page, 'inspect-adam');
  await expect(again.getByRole('checkbox', { name: /Bias correction/ })).not.toBeChecked();
  await expect(live(again, 'n1')).toHaveText(show(raw[0]));
  await expectClean(page, errors);
});

test('a hand-mangled URL gets the notice and the defaults; typed junk gets a message and never reaches the core', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page, 'rmsprop', '?inspect-rmsprop.lr=abc&inspect-rmsprop.gamma=2&inspect-rmsprop.zzz=1&inspect-rmsprop.t=7');
  const notice = frame.locator('[data-nn-notice]');
  await expect(notice).toContainText('inspect-rmsprop.lr');
  await expect(notice).toContainText('inspect-rmsprop.gamma');
  await expect(notice).toContainText('inspect-rmsprop.zzz');
  const eta = frame.getByRole('textbox', { name: /^η/ });
  await expect(eta).toHaveValue('0.1');
  await expect(counter(frame)).toHaveText('Step 7 of 50');
  for (const bad of ['abc', '5', '']) {
    await commit(page, eta, bad);
    await expect(frame.locator('.nn-field-message').filter({ hasText: /\S/ }).first()).toBeVisible();
    await expect(live(frame, 'n1')).not.toHaveText(/NaN/);
  }
  const value = Number(await eta.inputValue());
  expect(value).toBeGreaterThanOrEqual(1e-4);
  expect(value).toBeLessThanOrEqual(1);
  await expectClean(page, errors);
});

test('NAG with η = 1 diverges: the widget says so, stops at the last finite step, and draws no NaN', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page, 'nag', '?inspect-nag.lr=1');
  await expect(frame.locator('.nn-si-stop')).toContainText(/Diverged at step \d+/);
  await frame.getByRole('button', { name: /^Last$/ }).click();
  await expect(counter(frame)).not.toHaveText('Step 50 of 50');
  await expect(frame.locator('.nn-si-formulas')).not.toContainText('NaN');
  await expect(frame.locator('.nn-si-formulas')).not.toContainText('∞');
  await expectClean(page, errors);
});

axeInEveryTheme(
  'inspect-adam',
  async (frame) => {
    for (let k = 0; k < 3; k++) await next(frame).click();
    await expect(counter(frame)).toHaveText('Step 3 of 50');
  },
);

for (const method of METHODS) {
  demoPagesWork(`inspect-${method}`, async (frame) => {
    await next(frame).click();
    await expect(counter(frame)).toContainText(/1/);
    await expect(live(frame, 'n1')).not.toHaveText('–');
  });
}
