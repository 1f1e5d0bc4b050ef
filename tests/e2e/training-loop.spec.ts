/**
 * The training-loop widget (chapter 1, #training-loop) driven as a student would: train XOR with the
 * default seed to the tolerance, find the stuck seed and read why, bad η and tolerance values, a huge η
 * (sigmoid networks saturate rather than diverge), keyboard only, URL state, both languages, the worst
 * axe in three themes, the demo page. (The worst animation frame while training is measured by
 * `npm run frames`, alone on the machine, not here beside other browsers.)
 */
import { expect, test, type Page } from '@playwright/test';
import { Trainer, createNetwork, createOptimizer, createRng, makeLogicGate } from '../../src/core';
import { axeViolations, chapterPath, commit, expectClean, LANGS, setTheme, THEMES, watchErrors } from './widget-helpers';

async function open(page: Page, lang = 'en', query = '') {
  await page.goto(chapterPath(lang, query));
  const widget = page.locator('nn-training-loop');
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.locator('.nn-loop-map canvas')).toBeAttached({ timeout: 15_000 }); // its code is fetched on demand (kit/lazy-define.ts)
  return widget;
}

/** The epoch at which the core, run directly, first has a loss within the tolerance. */
function coreEpochToTolerance(sizes: number[], seed: number, eta: number, tol: number): number {
  const trainer = new Trainer(createNetwork({ sizes, activations: 'sigmoid', rng: createRng(seed) }), makeLogicGate('xor'), createOptimizer('gd', { lr: eta }));
  for (let t = 1; t <= 20_000; t++) {
    trainer.step();
    if (trainer.stepLosses[t - 1] <= tol) return t;
  }
  return -1;
}

for (const lang of LANGS) {
  test(`${lang}: the default seed trains XOR to a loss under the tolerance and says at which epoch`, async ({ page }) => {
    const errors = watchErrors(page);
    const widget = await open(page, lang);
    const epoch = coreEpochToTolerance([2, 2, 1], 1, 2, 0.01);
    expect(epoch).toBe(846);
    await widget.locator('.nn-play').click();
    const message = widget.locator('.nn-loop-message');
    await expect(message).toHaveAttribute('data-kind', 'reached', { timeout: 20_000 });
    await expect(message).toContainText(lang === 'en' ? `Reached the tolerance at epoch ${epoch}` : `에포크 ${epoch}에서 허용 오차에 도달`);
    const loss = Number((await message.textContent())?.match(/E = ([\d.e−-]+)/)?.[1]);
    expect(loss).toBeLessThanOrEqual(0.01);
    await expect(widget.locator('.nn-play')).toBeDisabled();
    await expectClean(page, errors);
  });

  test(`${lang}: the stuck seed is found and explained`, async ({ page }) => {
    const errors = watchErrors(page);
    const widget = await open(page, lang);
    await widget.locator('.nn-loop-stuck-preset').click();
    await expect(widget.locator('.nn-seed-field input')).toHaveValue('2');
    await widget.locator('.nn-play').click();
    const message = widget.locator('.nn-loop-message');
    await expect(message).toHaveAttribute('data-kind', 'stuck', { timeout: 30_000 });
    await expect(message).toContainText(lang === 'en' ? 'looks stuck' : '갇힌 것으로');
    await expect(message).toContainText('(0,1)');
    await expect(message).toContainText('(1,1)');
    await expect(message).toContainText('0.50');
    // paused once, so the reader can read it
    await expect(widget.locator('.nn-play')).toHaveAttribute('data-state', 'paused');
    await expectClean(page, errors);
  });
}

test('bad η and tolerance values show messages and never reach the core', async ({ page }) => {
  const errors = watchErrors(page);
  const widget = await open(page);
  const [eta, tol] = [widget.locator('.nn-number-field input').nth(1), widget.locator('.nn-number-field input').nth(2)];
  const etaMessage = widget.locator('.nn-number-field .nn-field-message').nth(1);
  await commit(page, eta, 'abc');
  await expect(etaMessage).toContainText('“abc” is not a number; keeping 2');
  await commit(page, eta, '0');
  await expect(etaMessage).toContainText('0 is outside 0.01 to 10; using 0.01');
  await expect(eta).toHaveValue('0.01');
  await commit(page, eta, '1e999');
  await expect(etaMessage).toContainText('far outside');
  await expect(eta).toHaveValue('10');
  await commit(page, eta, '');
  await expect(etaMessage).toContainText('Enter a number');
  await commit(page, tol, '-1');
  await expect(widget.locator('.nn-number-field .nn-field-message').nth(2)).toContainText('outside');
  await widget.locator('.nn-step').click();
  await expect(widget.locator('.nn-loss')).toHaveText(/Loss \d/);
  await expectClean(page, errors);
});

test('a huge η (10) on 2-4-4-1 does not diverge: the loss stays finite and no divergence is reported', async ({ page }) => {
  // Sigmoid outputs stay in (0, 1), so every gradient is bounded: with η = 10 (the field's maximum) the
  // weights only grow by a bounded step per epoch (seed 3 reaches E ≤ 1e-4 at epoch 1963 with every
  // |w| < 8), and the kit's divergence stop (NaN, ±∞, runaway loss) has nothing to catch.
  const errors = watchErrors(page);
  const widget = await open(page, 'en', '?training-loop.arch=2-4-4-1&training-loop.eta=10&training-loop.seed=3&training-loop.speed=1024&training-loop.tol=0.0001');
  await widget.locator('.nn-play').click();
  const epochs = async () => Number((await widget.locator('.nn-step-count').textContent())?.match(/\d+/)?.[0]);
  await expect
    .poll(async () => (await epochs()) > 2000 || (await widget.locator('.nn-play').isDisabled()), { timeout: 20_000 })
    .toBe(true);
  if (!(await widget.locator('.nn-play').isDisabled())) await widget.locator('.nn-play').click();
  await expect(widget.locator('.nn-loss')).toHaveText(/Loss \d/);
  await expect(widget.locator('.nn-transport-stop')).not.toContainText('Diverged');
  await expectClean(page, errors);
});

test('keyboard only: set the seed, step with S, play and pause with K, reset with R', async ({ page }) => {
  const errors = watchErrors(page);
  const widget = await open(page);
  await widget.locator('select').first().focus();
  await page.keyboard.press('ArrowDown'); // 2-3-1
  await expect(widget.locator('select').first()).toHaveValue('2-3-1');
  await page.keyboard.press('Tab');
  await expect(widget.locator('.nn-seed-field input')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab'); // New seed button: shortcuts reach the widget from here
  await page.keyboard.press('s');
  await page.keyboard.press('s');
  await expect(widget.locator('.nn-step-count')).toContainText('Step 2');
  await page.keyboard.press('k');
  await expect(widget.locator('.nn-play')).toHaveAttribute('data-state', 'playing');
  await page.waitForTimeout(500);
  await page.keyboard.press('k');
  await expect(widget.locator('.nn-play')).toHaveAttribute('data-state', 'paused');
  await page.keyboard.press('r');
  await expect(widget.locator('.nn-step-count')).toContainText('Step 0');
  await expect.poll(() => page.url()).toContain('training-loop.seed=5');
  expect(page.url()).toContain('training-loop.arch=2-3-1');
  await expectClean(page, errors);
});

test('URL state: a shared link is applied, a mangled value shows the notice and falls back', async ({ page }) => {
  const errors = watchErrors(page);
  let widget = await open(page, 'en', '?training-loop.arch=2-4-1&training-loop.seed=7&training-loop.eta=4&training-loop.tol=0.05&training-loop.speed=64');
  await expect(widget.locator('select').first()).toHaveValue('2-4-1');
  await expect(widget.locator('.nn-seed-field input')).toHaveValue('7');
  await expect(widget.locator('.nn-speed select')).toHaveValue('64');
  widget = await open(page, 'en', '?training-loop.eta=abc&training-loop.arch=9-9-9');
  await expect(page.locator('#widget-training-loop .widget-notice-box li')).toHaveCount(2);
  await expect(widget.locator('.nn-number-field input').nth(1)).toHaveValue('2');
  await expect(widget.locator('select').first()).toHaveValue('2-2-1');
  await expectClean(page, errors);
});

for (const theme of THEMES) {
  test(`axe finds nothing on the chapter with the training-loop widget in the ${theme} theme`, async ({ page }) => {
    test.slow(); // axe walks every KaTeX span of the chapter: ~13 s on a quiet machine, more under load
    const errors = watchErrors(page);
    await setTheme(page, theme);
    const widget = await open(page);
    await widget.locator('.nn-loop-stuck-preset').click();
    for (let k = 0; k < 3; k++) await widget.locator('.nn-step').click();
    expect(await axeViolations(page)).toEqual([]);
    await expectClean(page, errors);
  });
}

test('the demo page /demos/training-loop/ (and /ko/) loads clean and trains', async ({ page }) => {
  const errors = watchErrors(page);
  for (const path of ['/demos/training-loop/', '/ko/demos/training-loop/']) {
    await page.goto(path);
    const widget = page.locator('nn-training-loop');
    await expect(widget.locator('.nn-loop-map canvas')).toBeAttached({ timeout: 15_000 });
    await widget.locator('.nn-step').click();
    await expect(widget.locator('.nn-step-count')).toContainText('1');
    expect(await axeViolations(page)).toEqual([]);
  }
  await expectClean(page, errors);
});
