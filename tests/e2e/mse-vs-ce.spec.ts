import { expect, test, type Locator, type Page } from '@playwright/test';
import { SATURATED_NEURON_EXAMPLE, neuronRun } from '../../src/core';
import { commit, demoPath, expectClean, LANGS, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * "Why not MSE for classification" (loss-functions, #choosing) driven as a student would: the live
 * formula's numbers against the core's run, a whole run to the end, keyboard only, URL state through a
 * reload, a hand-mangled URL, junk typed into the fields, axe in every theme, the demo page.
 */
const ID = 'mse-vs-ce';
const { example, start, eta, epochs } = SATURATED_NEURON_EXAMPLE;

async function open(page: Page, lang: string = 'en', query = ''): Promise<Locator> {
  await page.goto(demoPath(ID, lang, query));
  return showWidget(page, ID);
}

/** The text of a live number in the frame's formula. */
const live = (frame: Locator, name: string) => frame.locator(`.live-formula [data-live-value="${name}"]`).first();
const field = (frame: Locator, name: RegExp) => frame.getByRole('textbox', { name });

for (const lang of LANGS) {
  test(`${lang}: the formula starts at sig(4) and after three steps shows the core's numbers for both neurons`, async ({ page }) => {
    const errors = watchErrors(page);
    const frame = await open(page, lang);
    await expect(live(frame, 'ym')).toHaveText('0.982');
    await expect(live(frame, 'sm')).toHaveText('0.0177');
    await expect(live(frame, 'gm')).toHaveText('0.0173');
    await expect(live(frame, 'gc')).toHaveText('0.9820');
    for (let k = 0; k < 3; k++) await frame.locator('.nn-step').click();
    const mse = neuronRun('half-squared-error', start, example, eta, 3)[3];
    const ce = neuronRun('cross-entropy', start, example, eta, 3)[3];
    await expect(live(frame, 'ym')).toHaveText(mse.y.toFixed(3));
    await expect(live(frame, 'sm')).toHaveText(mse.slope.toFixed(4));
    await expect(live(frame, 'gm')).toHaveText(mse.dw.toFixed(4));
    await expect(live(frame, 'yc')).toHaveText(ce.y.toFixed(3));
    await expect(live(frame, 'gc')).toHaveText(ce.dw.toFixed(4));
    await expect(frame.locator('.nn-mce-now')).toContainText(ce.loss.toFixed(3));
    await expect(frame.locator('.nn-mce-verdict')).toHaveAttribute('data-kind', 'saturated');
    await expectClean(page, errors);
  });
}

test('a whole run at 300 epochs/s ends at epoch 300 with cross-entropy’s output far below MSE’s', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page, 'en', `?${ID}.speed=300`);
  await frame.locator('.nn-play').click();
  await expect(frame.locator('.nn-mce-verdict')).toContainText('Finished: 300 epochs', { timeout: 20_000 });
  const mse = neuronRun('half-squared-error', start, example, eta, epochs)[epochs];
  const ce = neuronRun('cross-entropy', start, example, eta, epochs)[epochs];
  await expect(live(frame, 'ym')).toHaveText(mse.y.toFixed(3));
  await expect(live(frame, 'yc')).toHaveText(ce.y.toFixed(3));
  expect(ce.y).toBeLessThan(mse.y);
  await expect(frame.locator('.nn-step')).toBeDisabled();
  await expectClean(page, errors);
});

test('keyboard only: type η, leave the field, S steps, K plays and pauses, R resets', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  const etaField = field(frame, /^η/);
  await etaField.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('0.5');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab'); // out of the field: keys go to the widget
  await page.keyboard.press('s');
  await page.keyboard.press('s');
  await expect(frame.locator('.nn-step-count')).toContainText('Step 2');
  const mse = neuronRun('half-squared-error', start, example, 0.5, 2)[2];
  await expect(live(frame, 'ym')).toHaveText(mse.y.toFixed(3));
  await page.keyboard.press('k');
  await expect(frame.locator('.nn-play')).toHaveAttribute('data-state', 'playing');
  await page.keyboard.press('k');
  await expect(frame.locator('.nn-play')).toHaveAttribute('data-state', 'paused');
  await page.keyboard.press('r');
  await expect(frame.locator('.nn-step-count')).toContainText('Step 0');
  await expect.poll(() => page.url()).toContain(`${ID}.eta=0.5`);
  await expectClean(page, errors);
});

test('URL state: the (0.6, 0.9) start survives a reload; a mangled link shows the notice and falls back', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page);
  await frame.getByRole('button', { name: '(0.6, 0.9)' }).click();
  await expect.poll(() => page.url()).toContain(`${ID}.w0=0.6`);
  expect(page.url()).toContain(`${ID}.b0=0.9`);
  // Published: sig(0.6 + 0.9) = sig(1.5) = 0.8176.
  await expect(live(frame, 'ym')).toHaveText('0.818');
  await page.reload();
  frame = await showWidget(page, ID);
  await expect(field(frame, /^w₀/)).toHaveValue('0.6');
  await expect(field(frame, /^b₀/)).toHaveValue('0.9');
  await expect(frame.locator('.nn-mce-verdict')).not.toHaveAttribute('data-kind', 'saturated');

  frame = await open(page, 'en', `?${ID}.w0=abc&${ID}.eta=99&${ID}.speed=7`);
  await expect(frame.locator('.widget-notice-box li')).toHaveCount(3);
  await expect(frame.locator('.widget-notice-box')).toContainText(`${ID}.w0`);
  await expect(field(frame, /^w₀/)).toHaveValue('2');
  await expect(field(frame, /^η/)).toHaveValue('0.15');
  await expect(live(frame, 'ym')).toHaveText('0.982');
  await expectClean(page, errors);
});

test('junk typed into w₀ and η gets a message and never reaches the core', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  const w0 = field(frame, /^w₀/);
  for (const bad of ['abc', '1e999', '', '7', '2,5']) {
    await commit(page, w0, bad);
    await expect(frame.locator('.nn-field-message').filter({ hasText: /\S/ }).first()).toBeVisible();
    const value = Number((await w0.inputValue()).replace('−', '-'));
    expect(value).toBeGreaterThanOrEqual(-6);
    expect(value).toBeLessThanOrEqual(6);
    await expect(live(frame, 'ym')).toHaveText(/^\d\.\d{3}$/);
  }
  await commit(page, field(frame, /^η/), '-1');
  await expect(frame.locator('.nn-field-message').filter({ hasText: /\S/ }).first()).toBeVisible();
  await frame.locator('.nn-step').click();
  await expect(live(frame, 'gc')).toHaveText(/^\d\.\d{4}$/);
  await expectClean(page, errors);
});

axeInEveryTheme(ID, async (frame) => {
  for (let k = 0; k < 3; k++) await frame.locator('.nn-step').click();
});

demoPagesWork(ID, async (frame) => {
  await frame.locator('.nn-step').click();
  await expect(frame.locator('.nn-step-count')).toContainText('1');
});
