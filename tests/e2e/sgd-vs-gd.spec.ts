import { expect, test, type Locator, type Page } from '@playwright/test';
import { formatSignificant, formatSignificantLive } from '../../src/widgets/kit/format-significant';
import { defaults } from '../../src/widgets/kit/url-state';
import { createRace } from '../../src/widgets/sgd-vs-gd/model';
import { SGD_TABLE } from '../../src/widgets/sgd-vs-gd/state';
import { commit, demoPath, expectClean, LANGS, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * SGD against gradient descent (optimizers, #sgd), driven as a reader would. The expected numbers come
 * from the widget's model run in Node on the same seed (the core's lineFitLoss, gd, sgd and the seeded
 * epoch batches): the counts of examples, J − J*, the true gradient and the spread in the formula;
 * |B| = N making SGD gradient descent; keyboard; URL state and a hand-mangled URL; junk typed into the
 * fields; a diverging η that stops the run with nothing non-finite drawn; axe; the demo pages.
 */
const ID = 'sgd-vs-gd';

async function open(page: Page, lang = 'en', query = ''): Promise<Locator> {
  await page.goto(demoPath(ID, lang, query));
  return showWidget(page, ID);
}

const live = (frame: Locator, name: string) => frame.locator(`[data-live-value="${name}"]`).first();
const counts = (frame: Locator) => frame.locator('.nn-sgd-counts');
const stepButton = (frame: Locator) => frame.locator('.nn-transport button').nth(1);
const eta = (frame: Locator) => frame.getByRole('textbox', { name: /^η/ });
const batch = (frame: Locator) => frame.getByRole('textbox', { name: /\|B\|/ });

for (const lang of LANGS) {
  test(`${lang}: three steps show the core's numbers — examples seen, J − J*, the true gradient and the spread at SGD's point`, async ({ page }) => {
    const errors = watchErrors(page);
    const frame = await open(page, lang);
    const race = createRace(defaults(SGD_TABLE));
    for (let k = 0; k < 3; k++) {
      race.step();
      await stepButton(frame).click();
    }
    // Gradient descent: 3 · 40 = 120 examples; SGD: 3 · 4 = 12.
    await expect(counts(frame)).toContainText('120');
    await expect(counts(frame)).toContainText(formatSignificant(race.gd.gaps[3]));
    await expect(counts(frame)).toContainText(formatSignificant(race.sgd.gaps[3]));
    const s = race.scatter();
    await expect(live(frame, 'tw')).toHaveText(formatSignificantLive('tw', s.exact.mean[0], 3, false));
    await expect(live(frame, 'tb')).toHaveText(formatSignificantLive('tb', s.exact.mean[1], 3, false));
    await expect(live(frame, 'sw')).toHaveText(formatSignificantLive('sw', s.exact.sdWithoutReplacement[0], 3, false));
    // The scatter: 120 mini-batch gradients and the true one.
    await expect(frame.locator('.nn-sgd-scatter circle.nn-mark')).toHaveCount(121);
    await expectClean(page, errors);
  });
}

test('|B| = N makes SGD gradient descent; keyboard S steps and R resets; the loss chart switches to examples seen', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  await commit(page, batch(frame), '40');
  await expect(frame.locator('.nn-sgd-clamp')).toContainText('|B| = N');
  await page.keyboard.press('Tab');
  await page.keyboard.press('s');
  await page.keyboard.press('s');
  await expect(frame.locator('.nn-transport')).toContainText('Step 2');
  const race = createRace({ ...defaults(SGD_TABLE), batch: 40 });
  race.step();
  race.step();
  // Both lanes at the same J − J* (the same examples, summed in another order).
  const gap = formatSignificant(race.gd.gaps[2]);
  await expect(counts(frame)).toContainText(`gradient descent ${gap}, SGD ${gap}`);
  await page.keyboard.press('r');
  await expect(frame.locator('.nn-transport')).toContainText('Step 0');
  await frame.getByRole('combobox', { name: /^Loss against/ }).selectOption('examples');
  await expect(frame.locator('.nn-sgd-chart')).toContainText('examples seen');
  await expect(page).toHaveURL(/sgd-vs-gd\.axis=examples/);
  await expectClean(page, errors);
});

test('the URL keeps η and |B| through a reload; a hand-mangled URL gets the notice and the defaults', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page);
  await commit(page, eta(frame), '0.5');
  await commit(page, batch(frame), '1');
  await expect(page).toHaveURL(/sgd-vs-gd\.eta=0\.5/);
  await expect(page).toHaveURL(/sgd-vs-gd\.batch=1/);
  await page.reload();
  frame = await showWidget(page, ID);
  await expect(eta(frame)).toHaveValue('0.5');
  await expect(batch(frame)).toHaveValue('1');

  frame = await open(page, 'en', `?${ID}.eta=abc&${ID}.batch=0&${ID}.axis=time`);
  await expect(frame.locator('.widget-notice-box li')).toHaveCount(3);
  await expect(frame.locator('.widget-notice-box')).toContainText('abc');
  await expect(eta(frame)).toHaveValue('0.3');
  await expect(batch(frame)).toHaveValue('4');
  await expectClean(page, errors);
});

test('junk typed into η and |B| gets a message and never reaches the core', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  for (const [field, bad, lo, hi] of [
    [eta(frame), 'abc', 0.01, 3],
    [eta(frame), '9', 0.01, 3],
    [batch(frame), '2.5', 1, 100],
    [batch(frame), '-3', 1, 100],
  ] as const) {
    await commit(page, field, bad);
    await expect(frame.locator('.nn-field-message').filter({ hasText: /\S/ }).first()).toBeVisible();
    const value = Number((await field.inputValue()).replace('−', '-'));
    expect(value).toBeGreaterThanOrEqual(lo);
    expect(value).toBeLessThanOrEqual(hi);
  }
  await stepButton(frame).click();
  await expect(counts(frame)).not.toContainText('NaN');
  await expectClean(page, errors);
});

test('η = 3 (above 2/λ_max) diverges: the run stops with the message, nothing non-finite is drawn, reset recovers', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page, 'en', `?${ID}.eta=3&${ID}.speed=30`);
  await frame.locator('.nn-transport button').first().click();
  const stop = frame.locator('.nn-transport-stop');
  await expect(stop).toBeVisible({ timeout: 20_000 });
  await expect(stop).toContainText(/Diverged at step \d+/);
  await expect(frame.locator('svg [d*="NaN"], svg [cx="NaN"], svg [x1="NaN"]')).toHaveCount(0);
  await frame.getByRole('button', { name: 'Reset' }).last().click();
  await expect(stop).toBeHidden();
  await expect(frame.locator('.nn-transport')).toContainText('Step 0');
  await expectClean(page, errors);
});

axeInEveryTheme(
  ID,
  async (frame) => {
    for (let k = 0; k < 3; k++) await stepButton(frame).click();
    await expect(frame.locator('.nn-transport')).toContainText('Step 3');
  },
);

demoPagesWork(ID, async (frame) => {
  await stepButton(frame).click();
  // One step of |B| = 4.
  await expect(counts(frame)).toContainText(/\b4\b/);
});
