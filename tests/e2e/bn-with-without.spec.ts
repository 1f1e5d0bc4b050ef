import { expect, test, type Locator, type Page } from '@playwright/test';
import { commit, demoPath, expectClean, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * With and without batch normalization (batch-normalization, #internal-covariate-shift): the story at
 * the defaults (the plain network stalls at chance, the BN network learns — the figures of
 * tests/unit/widgets/bn-with-without/model.test.ts), stepping, the layer and view selects, URL state
 * through a reload, a mangled URL, keyboard, axe in every theme, the demo pages.
 */
const ID = 'bn-with-without';

async function open(page: Page, query = ''): Promise<Locator> {
  await page.goto(demoPath(ID, 'en', query));
  return showWidget(page, ID);
}
const stats = (frame: Locator, net: 'plain' | 'bn') => frame.locator(`.nn-bnw-stats[data-net="${net}"]`);

test('the defaults tell the story: after 2000 steps at η = 10 the plain network is at chance (50%), the BN one ≥ 95%', async ({ page }) => {
  test.slow();
  const errors = watchErrors(page);
  const frame = await open(page, `?${ID}.speed=800`);
  await frame.getByRole('button', { name: 'Play' }).click();
  await expect(frame.locator('.nn-bnw')).toHaveAttribute('data-stop', 'done', { timeout: 90_000 });
  // The unit test's figures for seed 1: plain accuracy 0.50, BN 0.98.
  await expect(stats(frame, 'plain')).toContainText('accuracy 50%');
  await expect(stats(frame, 'bn')).toContainText(/accuracy (9[5-9]|100)%/);
  await expectClean(page, errors);
});

test('Step takes one step of both networks; the layer and view selects relabel the percentile charts', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  const step = frame.getByRole('button', { name: 'Step' });
  await step.click();
  await step.click();
  await expect(frame.locator('.nn-bnw-head').first()).toHaveText('Plain, layer 5, unit 1: net = Wu + b');
  await frame.getByLabel('Hidden layer shown').selectOption('2');
  await expect(frame.locator('.nn-bnw-head').first()).toHaveText('Plain, layer 2, unit 1: net = Wu + b');
  await frame.getByLabel('BN network: show').selectOption('before');
  await expect(frame.locator('.nn-bnw-head').nth(1)).toHaveText('With BN, layer 2, unit 1: x = Wu + b (before BN)');
  await expect(page).toHaveURL(/bn-with-without\.layer=2/);
  await expectClean(page, errors);
});

test('URL state: η and the layer survive a reload; a mangled η shows the notice and keeps the default', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page);
  await commit(page, frame.getByRole('textbox', { name: /η/ }), '0.3');
  await expect(page).toHaveURL(/bn-with-without\.eta=0\.3/);
  await page.reload();
  frame = await showWidget(page, ID);
  await expect(frame.getByRole('textbox', { name: /η/ })).toHaveValue('0.3');

  frame = await open(page, `?${ID}.eta=abc&${ID}.layer=9`);
  await expect(frame.locator('.widget-notice-box li')).toHaveCount(2);
  await expect(frame.locator('.widget-notice-box')).toContainText('abc');
  await expect(frame.getByRole('textbox', { name: /η/ })).toHaveValue('10');
  await expect(frame.locator('.nn-bnw-head').first()).toContainText('layer 5');
  await expectClean(page, errors);
});

test('keyboard: Tab reaches Step, Enter takes a step', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  const step = frame.getByRole('button', { name: 'Step' });
  await step.focus();
  await page.keyboard.press('Enter');
  await expect(frame.locator('.nn-transport, .nn-layout')).not.toHaveCount(0);
  await expect(frame).toContainText(/Step 1\b/);
  await expectClean(page, errors);
});

axeInEveryTheme(ID, async (frame) => {
  await frame.getByRole('button', { name: 'Step' }).click();
});

demoPagesWork(ID, async (frame) => {
  await frame.getByRole('button', { name: /^(Step|한 단계)$/ }).click();
  await expect(frame.locator('.nn-bnw-stats')).toHaveCount(2);
});
