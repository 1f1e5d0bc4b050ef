import { expect, test, type Locator, type Page } from '@playwright/test';
import { formatLoss } from '../../src/widgets/kit/controls/transport-view';
import { createRace } from '../../src/widgets/same-network/model';
import { commit, demoPath, expectClean, LANGS, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * "Same network, each activation" (activation-functions, #vanishing-gradients) driven as a student
 * would: the five lanes' numbers against the core's run, a whole XOR run, the 20-seed run's counts,
 * keyboard only, URL state through a reload, a mangled URL, junk typed into the fields, axe in every
 * theme, the demo pages.
 */
const ID = 'same-network';
const DEFAULTS = { data: 'xor', depth: '1', width: 2, eta: 2, seed: 4 } as const;

async function open(page: Page, lang: string = 'en', query = ''): Promise<Locator> {
  await page.goto(demoPath(ID, lang, query));
  return showWidget(page, ID);
}
const lane = (frame: Locator, activation: string) => frame.locator(`.nn-same-lane[data-activation="${activation}"]`);
const field = (frame: Locator, name: RegExp) => frame.getByRole('textbox', { name });

for (const lang of LANGS) {
  test(`${lang}: five maps, and after three steps each lane shows the core's E for its activation`, async ({ page }) => {
    const errors = watchErrors(page);
    const frame = await open(page, lang);
    await expect(frame.locator('.nn-same-lane')).toHaveCount(5);
    await expect(frame.locator('.nn-same-lane canvas')).toHaveCount(5);
    for (let k = 0; k < 3; k++) await frame.locator('.nn-step').click();
    const race = createRace(DEFAULTS);
    for (let k = 0; k < 3; k++) race.step();
    for (const l of race.lanes) {
      // The lane shows the loss of the last step (measured before its update), as the chart does.
      await expect(lane(frame, l.activation).locator('.nn-same-stats')).toContainText(`E = ${formatLoss(l.losses[2])}`);
    }
    await expectClean(page, errors);
  });
}

test('a whole XOR run at 1024 epochs/s stops at epoch 1000; tanh gets all four points, the step network’s hidden weights never moved', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page, 'en', `?${ID}.speed=1024`);
  await frame.locator('.nn-play').click();
  await expect(frame.locator('.nn-step')).toBeDisabled({ timeout: 30_000 });
  await expect(frame.locator('.nn-step-count')).toContainText('1000');
  const race = createRace(DEFAULTS);
  for (let k = 0; k < 1000; k++) race.step();
  for (const l of race.lanes) {
    await expect(lane(frame, l.activation).locator('.nn-same-stats')).toContainText(`${Math.round(l.accuracy() * 100)}% right`);
  }
  await expect(lane(frame, 'tanh').locator('.nn-same-stats')).toContainText('100% right');
  await expect(frame.locator('.nn-same-note')).toContainText('moved by 0.');
  await expectClean(page, errors);
});

test('“Run 20 seeds” runs in slices with its progress and ends with the counts under the maps', async ({ page }) => {
  test.slow();
  const errors = watchErrors(page);
  const frame = await open(page);
  await frame.getByRole('button', { name: 'Run 20 seeds' }).click();
  await expect(frame.locator('.nn-same-progress')).toHaveAttribute('data-state', /running|done/);
  await expect(frame.locator('.nn-same-progress')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  // The counts tests/unit/widgets/same-network/model.test.ts pins for XOR, 2 hidden units, η = 2.
  await expect(lane(frame, 'step').locator('.nn-same-seeds')).toHaveText('solved 0/20');
  await expect(lane(frame, 'tanh').locator('.nn-same-seeds')).toHaveText('solved 13/20');
  await expect(lane(frame, 'relu').locator('.nn-same-seeds')).toHaveText('solved 6/20');
  // Another setting makes the counts stale: they go.
  await commit(page, field(frame, /^Units/), '3');
  await expect(frame.locator('.nn-same-seeds').filter({ hasText: /\S/ })).toHaveCount(0);
  await expectClean(page, errors);
});

test('keyboard only: type the width, leave the field, S steps, K plays and pauses, R resets', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  const width = field(frame, /^Units/);
  await width.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  // Out of the fields (η and the seed come next) to the "New seed" button: keys go to the widget.
  for (let k = 0; k < 3; k++) await page.keyboard.press('Tab');
  await expect(frame.getByRole('button', { name: 'New seed' })).toBeFocused();
  await page.keyboard.press('s');
  await page.keyboard.press('s');
  await expect(frame.locator('.nn-step-count')).toContainText('Step 2');
  await expect(lane(frame, 'relu').locator('.nn-same-stats')).toContainText('/4');
  await page.keyboard.press('k');
  await expect(frame.locator('.nn-play')).toHaveAttribute('data-state', 'playing');
  await page.keyboard.press('k');
  await expect(frame.locator('.nn-play')).toHaveAttribute('data-state', 'paused');
  await page.keyboard.press('r');
  await expect(frame.locator('.nn-step-count')).toContainText('Step 0');
  await expect.poll(() => page.url()).toContain(`${ID}.width=4`);
  await expectClean(page, errors);
});

test('choosing a dataset brings its network and η; the state survives a reload; a mangled link shows the notice', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page);
  await frame.getByRole('combobox', { name: 'Dataset' }).selectOption('circles');
  await expect(field(frame, /^Units/)).toHaveValue('4');
  await expect.poll(() => page.url()).toContain(`${ID}.data=circles`);
  await expect.poll(() => page.url()).toContain(`${ID}.width=4`);
  await page.reload();
  frame = await showWidget(page, ID);
  await expect(frame.getByRole('combobox', { name: 'Dataset' })).toHaveValue('circles');
  await expect(field(frame, /^Units/)).toHaveValue('4');
  await expect(lane(frame, 'relu').locator('.nn-same-stats')).toContainText('/4');

  frame = await open(page, 'en', `?${ID}.width=99&${ID}.data=moons&${ID}.eta=abc`);
  await expect(frame.locator('.widget-notice-box li')).toHaveCount(3);
  await expect(frame.locator('.widget-notice-box')).toContainText(`${ID}.data`);
  await expect(field(frame, /^Units/)).toHaveValue('2');
  await expect(field(frame, /^η/)).toHaveValue('2');
  await expect(frame.locator('.nn-same-lane canvas')).toHaveCount(5);
  await expectClean(page, errors);
});

test('junk typed into the width and η gets a message and never reaches the core', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  const width = field(frame, /^Units/);
  for (const bad of ['abc', '0', '2.5', '', '99', '1e999']) {
    await commit(page, width, bad);
    await expect(frame.locator('.nn-field-message').filter({ hasText: /\S/ }).first()).toBeVisible();
    const value = Number(await width.inputValue());
    expect(Number.isInteger(value) && value >= 1 && value <= 8).toBe(true);
  }
  await commit(page, field(frame, /^η/), '-1');
  await expect(frame.locator('.nn-field-message').filter({ hasText: /\S/ }).first()).toBeVisible();
  await frame.locator('.nn-step').click();
  await expect(lane(frame, 'tanh').locator('.nn-same-stats')).toContainText(/E = \d/);
  await expectClean(page, errors);
});

axeInEveryTheme(ID, async (frame) => {
  for (let k = 0; k < 3; k++) await frame.locator('.nn-step').click();
});

demoPagesWork(ID, async (frame) => {
  await frame.locator('.nn-step').click();
  await expect(frame.locator('.nn-step-count')).toContainText('1');
});
