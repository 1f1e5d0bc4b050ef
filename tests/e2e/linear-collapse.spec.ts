import { expect, test, type Locator, type Page } from '@playwright/test';
import { createCollapse } from '../../src/widgets/linear-collapse/model';
import { formulaValues } from '../../src/widgets/linear-collapse/formula';
import { DEFAULT_ETA, DEFAULT_SEED, type HiddenActivation } from '../../src/widgets/linear-collapse/state';
import { commit, demoPath, expectClean, LANGS, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * Linear collapse (activation-functions, #why-nonlinearity) driven as a student would: the live
 * formula's A = W₂W₁ against the core's model, training with linear units (stuck at ≤ 3 of 4) and with
 * tanh (solved), keyboard only, URL state through a reload, a hand-mangled URL, junk in the fields,
 * axe in every theme, the demo pages.
 */
const ID = 'linear-collapse';

async function open(page: Page, lang: string = 'en', query = ''): Promise<Locator> {
  await page.goto(demoPath(ID, lang, query));
  return showWidget(page, ID);
}

const live = (frame: Locator, name: string) => frame.locator(`.live-formula [data-live-value="${name}"]`).first();
const field = (frame: Locator, name: RegExp) => frame.getByRole('textbox', { name });
/** A live number as the formula prints it (typeset minus). */
const shown = (value: number, digits: number) => value.toFixed(digits).replace('-', '−');
/** The model the widget builds, after `epochs` steps. */
function modelAfter(act: HiddenActivation, epochs: number, seed = DEFAULT_SEED, eta = DEFAULT_ETA) {
  const model = createCollapse({ act, seed, eta });
  for (let k = 0; k < epochs; k++) model.step();
  return model;
}

for (const lang of LANGS) {
  test(`${lang}: the formula shows A = W₂W₁ of the core's weights, and after three steps the core's new ones`, async ({ page }) => {
    const errors = watchErrors(page);
    const frame = await open(page, lang);
    for (const epochs of [0, 3]) {
      if (epochs) for (let k = 0; k < epochs; k++) await frame.locator('.nn-step').click();
      const v = formulaValues(modelAfter('linear', epochs), [1, 1]);
      for (const name of ['a1', 'a2', 'c', 'w11', 'v2']) await expect(live(frame, name)).toHaveText(shown(v[name], 2));
      await expect(live(frame, 'z')).toHaveText(shown(v.z, 3));
      // f linear: the network's own W₂h + b₂ is Ax + c.
      await expect(live(frame, 'za')).toHaveText(shown(v.z, 3));
    }
    await expect(frame.locator('.nn-lc-verdict')).toHaveAttribute('data-kind', 'linear');
    await expectClean(page, errors);
  });
}

test('linear units never get past 3 of 4 points; tanh from the same seed solves XOR', async ({ page }) => {
  test.slow();
  const errors = watchErrors(page);
  const frame = await open(page, 'en', `?${ID}.speed=300`);
  await frame.locator('.nn-play').click();
  await expect(frame.locator('.nn-step-count')).toContainText(/Step (1\d{3}|[2-9]\d{2})/, { timeout: 20_000 });
  await frame.locator('.nn-play').click();
  expect(Number(await frame.locator('.nn-lc-status').getAttribute('data-correct'))).toBeLessThanOrEqual(3);

  await frame.getByRole('combobox', { name: /Hidden activation/ }).selectOption('tanh');
  await expect.poll(() => page.url()).toContain(`${ID}.act=tanh`);
  await frame.locator('.nn-play').click();
  await expect(frame.locator('.nn-lc-status')).toHaveAttribute('data-correct', '4', { timeout: 20_000 });
  await expect(frame.locator('.nn-lc-status')).toContainText('XOR is solved');
  await frame.locator('.nn-play').click();
  await expect(frame.locator('.nn-lc-verdict')).toHaveAttribute('data-kind', 'bent');
  // Bent: the formula no longer equates the network's W₂h + b₂ with Ax + c.
  expect(await live(frame, 'z').textContent()).not.toBe(await live(frame, 'za').textContent());
  await expectClean(page, errors);
});

test('keyboard only: pick ReLU, type x₁, S steps, K plays and pauses, R resets', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  const select = frame.getByRole('combobox', { name: /Hidden activation/ });
  await select.focus();
  await select.selectOption('relu');
  const x1 = field(frame, /^x₁/);
  await x1.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('0.5');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab'); // to x₂
  await page.keyboard.press('Tab'); // out of the fields: keys go to the widget
  await page.keyboard.press('s');
  await page.keyboard.press('s');
  await expect(frame.locator('.nn-step-count')).toContainText('2');
  const v = formulaValues(modelAfter('relu', 2), [0.5, 1]);
  await expect(live(frame, 'z')).toHaveText(shown(v.z, 3));
  await expect(live(frame, 'x1')).toHaveText('0.50');
  await page.keyboard.press('k');
  await expect(frame.locator('.nn-play')).toHaveAttribute('data-state', 'playing');
  await page.keyboard.press('k');
  await expect(frame.locator('.nn-play')).toHaveAttribute('data-state', 'paused');
  await page.keyboard.press('r');
  await expect(frame.locator('.nn-step-count')).toContainText('0');
  await expect.poll(() => page.url()).toContain(`${ID}.act=relu`);
  expect(page.url()).toContain(`${ID}.x1=0.5`);
  await expectClean(page, errors);
});

test('URL state survives a reload; a mangled link shows the notice and falls back', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page, 'en', `?${ID}.act=tanh&${ID}.seed=7&${ID}.x2=0`);
  await page.reload();
  frame = await showWidget(page, ID);
  await expect(frame.getByRole('combobox', { name: /Hidden activation/ })).toHaveValue('tanh');
  await expect(field(frame, /^x₂/)).toHaveValue('0');
  const v = formulaValues(modelAfter('tanh', 0, 7), [1, 0]);
  await expect(live(frame, 'a1')).toHaveText(shown(v.a1, 2));
  await expect(live(frame, 'z')).toHaveText(shown(v.z, 3));

  frame = await open(page, 'en', `?${ID}.act=cubic&${ID}.eta=99&${ID}.x1=abc`);
  await expect(frame.locator('.widget-notice-box li')).toHaveCount(3);
  await expect(frame.locator('.widget-notice-box')).toContainText(`${ID}.act`);
  await expect(frame.getByRole('combobox', { name: /Hidden activation/ })).toHaveValue('linear');
  await expect(field(frame, /^η/)).toHaveValue('2');
  await expect(field(frame, /^x₁/)).toHaveValue('1');
  await expectClean(page, errors);
});

test('junk typed into x₁ and η gets a message and never reaches the core', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  const x1 = field(frame, /^x₁/);
  for (const bad of ['abc', '1e999', '', '50', '2,5']) {
    await commit(page, x1, bad);
    await expect(frame.locator('.nn-field-message').filter({ hasText: /\S/ }).first()).toBeVisible();
    const value = Number((await x1.inputValue()).replace('−', '-'));
    expect(value).toBeGreaterThanOrEqual(-2);
    expect(value).toBeLessThanOrEqual(3);
    await expect(live(frame, 'z')).toHaveText(/^−?\d+\.\d{3}$/);
  }
  await commit(page, field(frame, /^η/), '-1');
  await expect(frame.locator('.nn-field-message').filter({ hasText: /\S/ }).first()).toBeVisible();
  await frame.locator('.nn-step').click();
  await expect(live(frame, 'a1')).toHaveText(/^−?\d+\.\d{2}$/);
  await expectClean(page, errors);
});

axeInEveryTheme(ID, async (frame) => {
  for (let k = 0; k < 3; k++) await frame.locator('.nn-step').click();
});

demoPagesWork(ID, async (frame) => {
  await frame.locator('.nn-step').click();
  await expect(frame.locator('.nn-step-count')).toContainText('1');
});
