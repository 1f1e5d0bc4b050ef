import { expect, test, type Locator, type Page } from '@playwright/test';
import { createOptimizer, raceSurface, stepsToSettle } from '../../src/core';
import { commit, demoPath, expectClean, LANGS, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * The optimizer race (optimizers, #what-an-optimizer-does), driven as a reader would. Expected numbers
 * are derived by hand in the comments or computed with the core (stepsToSettle) in the test: the
 * leaderboard, divergence of some while the rest race on, the start moved by keyboard, URL state and
 * a hand-mangled URL, junk typed into fields, SGD sampling mini-batches on the line fit.
 */
const ID = 'optimizer-race';

async function open(page: Page, lang = 'en', query = ''): Promise<Locator> {
  await page.goto(demoPath(ID, lang, query));
  return showWidget(page, ID);
}

/** The leaderboard's cells of one optimizer: rank, (name), steps to settle, J − J* now. */
const result = (frame: Locator, name: string) => frame.locator(`tr[data-name="${name}"] td`).nth(1);
const gapNow = (frame: Locator, name: string) => frame.locator(`tr[data-name="${name}"] td`).nth(2);
const stepButton = (frame: Locator) => frame.locator('.nn-transport').getByRole('button', { name: /^(Step|한 단계)$/ });
async function steps(frame: Locator, count: number): Promise<void> {
  for (let k = 0; k < count; k++) await stepButton(frame).click();
  await expect(frame.locator('.nn-step-count')).toHaveText(new RegExp(`^(Step ${count}|${count}단계)$`));
}

for (const lang of LANGS) {
  test(`${lang}: the valley with one shared η = 0.05: GD settles below 1e-3 at step 46, and every count equals core stepsToSettle`, async ({ page }) => {
    const errors = watchErrors(page);
    const frame = await open(page, lang, `?${ID}.speed=512`);
    await expect(frame.locator('tbody tr')).toHaveCount(8);
    // GD on θ₁² + 10θ₂² from (−4, 1), η = 0.05: θ₂ ← (1 − 20η)θ₂ = 0 after one step, θ₁ ← 0.9θ₁, so
    // J_t = 16·0.81ᵗ: J_45 = 1.22e-3, J_46 = 9.9e-4 — it stays below 1e-3 from step 46. SGD is GD here.
    await frame.locator('.nn-transport').getByRole('button', { name: /^(Play|재생)$/ }).click();
    await expect(result(frame, 'gd')).toHaveText('46', { timeout: 15_000 });
    await expect(result(frame, 'sgd')).toHaveText('46');
    await frame.locator('.nn-transport').getByRole('button', { name: /^(Pause|일시 정지)$/ }).click();
    const shown = Number((await frame.locator('.nn-step-count').textContent())!.match(/\d+/)![0]);
    const surface = raceSurface('valley', 10);
    for (const name of ['gd', 'momentum', 'nag', 'adagrad', 'rmsprop', 'adadelta', 'adam'] as const) {
      const hyper = name === 'adadelta' ? {} : { lr: 0.05 };
      const count = stepsToSettle(surface, createOptimizer(name, hyper), surface.start, 1e-3, shown);
      await expect(result(frame, name), name).toHaveText(count === null ? (lang === 'en' ? 'not yet' : '아직') : String(count));
    }
    await expectClean(page, errors);
  });
}

test('η = 0.2: GD and SGD leave the box at step 4 and say so; momentum and NAG follow; the adaptive four race on', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page, 'en', `?${ID}.eta=0.2`);
  // θ₂ ← (1 − 20·0.2)θ₂ = −3θ₂: |θ₂| = 27 at step 3, 81 at step 4 — past the box, 10 × 4 = 40 from the centre.
  // Momentum is stable only for ηλ < 2(1 + γ) = 3.8, and ηλ = 0.2 · 20 = 4.
  await steps(frame, 30);
  await expect(result(frame, 'gd')).toHaveText('diverged at step 4');
  await expect(result(frame, 'sgd')).toHaveText('diverged at step 4');
  await expect(gapNow(frame, 'gd')).toHaveText('—');
  await expect(result(frame, 'momentum')).toContainText('diverged at step');
  for (const name of ['adagrad', 'rmsprop', 'adadelta', 'adam']) await expect(gapNow(frame, name)).not.toHaveText('—');
  await expect(frame.locator('.nn-or-loss path.nn-line')).toHaveCount(8);
  await expect(frame.locator('.nn-or-plot path.nn-line')).toHaveCount(8);
  await expectClean(page, errors);
});

test('keyboard: the arrow keys move a start cursor over the plot, Enter starts there; the surface’s start comes back', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  // The valley's view is θ₁ ∈ [−5, 5]: one arrow press moves 10/40 = 0.25. From (−4, 1), four presses → (−3, 1).
  await frame.locator('.nn-or-plot').focus();
  for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowRight');
  await expect(frame.locator('.nn-or-cursor')).toContainText('(−3, 1)');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/optimizer-race\.x0=-3/);
  await expect(page).toHaveURL(/optimizer-race\.custom=1/);
  // J(−3, 1) = 9 + 10 = 19, shown before any step.
  await expect(gapNow(frame, 'adam')).toHaveText('19');
  await frame.getByRole('button', { name: 'Surface’s own start' }).press('Enter');
  await expect(gapNow(frame, 'adam')).toHaveText('26');
  await expect(frame.getByRole('textbox', { name: /^Start θ₁/ })).toHaveValue('-4');
  // Switch Adam off by keyboard: seven rows.
  await frame.getByRole('checkbox', { name: 'Adam' }).press('Space');
  await expect(frame.locator('tbody tr')).toHaveCount(7);
  await expect(page).toHaveURL(/optimizer-race\.on-adam=0/);
  await expectClean(page, errors);
});

test('a shared link restores the race; a hand-mangled one gets the notice and the defaults', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page, 'en', `?${ID}.surface=rosenbrock&${ID}.mode=own&${ID}.adam-lr=0.02`);
  await expect(frame.getByRole('combobox', { name: /^Surface/ })).toHaveValue('rosenbrock');
  await expect(frame.getByRole('group', { name: 'Adam' }).getByRole('textbox', { name: /^η/ })).toHaveValue('0.02');
  // Rosenbrock from (−1.5, 2): J = (1 + 1.5)² + 100(2 − 2.25)² = 6.25 + 6.25 = 12.5.
  await expect(gapNow(frame, 'gd')).toHaveText('12.5');
  frame = await open(page, 'en', `?${ID}.surface=banana&${ID}.eta=abc&${ID}.adam-beta1=2`);
  await expect(frame.locator('.widget-notice-box li')).toHaveCount(3);
  await expect(frame.locator('.widget-notice-box')).toContainText('abc');
  await expect(frame.getByRole('combobox', { name: /^Surface/ })).toHaveValue('valley');
  await expect(gapNow(frame, 'gd')).toHaveText('26');
  await expectClean(page, errors);
});

test('junk typed into a field gets a message beside it and never reaches the race', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  const eta = frame.getByRole('textbox', { name: /^Shared η/ });
  await commit(page, eta, 'abc');
  await expect(frame.locator('.nn-or-shared .nn-field-message')).not.toBeEmpty();
  await commit(page, frame.getByRole('textbox', { name: /^Threshold/ }), '-1');
  await expect(frame.locator('.nn-field-message:not(:empty)')).not.toHaveCount(0);
  await steps(frame, 1);
  // Still η = 0.05: GD's J after one step is 16 · 0.81 = 12.96.
  await expect(gapNow(frame, 'gd')).toHaveText('12.96');
  await expect(page).not.toHaveURL(/optimizer-race\.eta=/);
  await expectClean(page, errors);
});

test('the line fit: SGD samples 1 of the 40 points a step and wanders off GD’s path; B = N makes it GD again', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page, 'en', `?${ID}.surface=line-fit&${ID}.batch=1`);
  await expect(frame.locator('.nn-or-note')).toContainText('1 of the 40 points');
  await steps(frame, 5);
  expect(await gapNow(frame, 'sgd').textContent()).not.toEqual(await gapNow(frame, 'gd').textContent());
  frame = await open(page, 'en', `?${ID}.surface=line-fit&${ID}.batch=40`);
  await steps(frame, 5);
  expect(await gapNow(frame, 'sgd').textContent()).toEqual(await gapNow(frame, 'gd').textContent());
  await expectClean(page, errors);
});

axeInEveryTheme(
  ID,
  async (frame) => {
    await steps(frame, 6);
    await expect(result(frame, 'gd')).toHaveText('diverged at step 4');
  },
  `?${ID}.eta=0.2`,
);

demoPagesWork(ID, async (frame) => {
  await steps(frame, 1);
  // GD from (−4, 1) with η = 0.05: J = 16 · 0.81 = 12.96 after one step.
  await expect(gapNow(frame, 'gd')).toHaveText('12.96');
});
