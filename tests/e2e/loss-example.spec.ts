import { expect, test, type Locator, type Page } from '@playwright/test';
import { lossExample } from '../../src/widgets/loss-example/model';
import { commit, expectClean, LANGS, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * The deck's example, live (loss-functions, #what-a-loss-measures) driven as a student would: the
 * deck's 500 against 350, the second example that cancels it, the scale question from a third, the
 * course's "make them cancel", typing values by keyboard, URL state through a reload, a mangled link,
 * junk typed, axe in every theme, and the demo page.
 */
const ID = 'loss-example';
const chapter = (lang: string, query = '') => `${lang === 'ko' ? '/ko' : ''}/loss-functions/${query}#what-a-loss-measures`;
const ADD = /^(Add example|예시 추가)$/;
const CANCEL = /^(Make them cancel|서로 지워지게 하기)/;

async function open(page: Page, lang: string = 'en', query = ''): Promise<Locator> {
  await page.goto(chapter(lang, query));
  return showWidget(page, ID);
}
const live = (frame: Locator, name: string) => frame.locator(`.live-formula [data-live-value="${name}"]`).first();
const yBox = (frame: Locator, i: number) => frame.getByRole('textbox', { name: new RegExp(`^y${'₀₁₂₃₄₅'[i]},`) });
const pBox = (frame: Locator, i: number) => frame.getByRole('textbox', { name: new RegExp(`^y${'₀₁₂₃₄₅'[i]}ᵖ,`) });
const foot = (frame: Locator, row: 'sum' | 'mean', col: number) => frame.locator(`.nn-lx-table tr.nn-lx-${row} td`).nth(col);

for (const lang of LANGS) {
  test(`${lang}: the deck's 500 − 350 = 150, then the second example cancels it while MAE and MSE stay`, async ({ page }) => {
    const errors = watchErrors(page);
    const frame = await open(page, lang);
    await expect(live(frame, 'd1')).toHaveText('150');
    await expect(live(frame, 'mae')).toHaveText('150.00');
    await expect(live(frame, 'mse')).toHaveText('22500.00');
    await expect(frame.locator('.nn-lx-table tbody tr:not([hidden])')).toHaveCount(1);
    await frame.getByRole('button', { name: ADD }).click();
    // +150 and −150: the signed sum is 0, Σ|·| = 300, Σ(·)² = 45000; MAE 150, MSE 22500.
    await expect(foot(frame, 'sum', 0)).toHaveText('0');
    await expect(foot(frame, 'sum', 0)).toHaveAttribute('data-cancels', 'yes');
    await expect(foot(frame, 'sum', 1)).toHaveText('300');
    await expect(foot(frame, 'sum', 2)).toHaveText('45000');
    await expect(live(frame, 'n')).toHaveText('2');
    await expect(live(frame, 'mae')).toHaveText('150.00');
    await expect(live(frame, 'mse')).toHaveText('22500.00');
    await expect(frame.locator('.nn-lx-cancel')).toHaveAttribute('data-cancels', 'yes');
    await expectClean(page, errors);
  });
}

test('the MAE section has its own copy on the worked example: 500/350, 300/310, 200/260, with its own URL state', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/loss-functions/#mae');
  const frame = await showWidget(page, `${ID}-mae`);
  await expect(frame.locator('.nn-lx-table tbody tr:not([hidden])')).toHaveCount(3);
  // d = 150, −10, −60: Σd = 80, Σ|d| = 220, Σd² = 22500 + 100 + 3600 = 26200; MAE = 220/3 = 73.33, MSE = 26200/3 = 8733.33.
  await expect(foot(frame, 'sum', 0)).toHaveText('80');
  await expect(foot(frame, 'sum', 1)).toHaveText('220');
  await expect(foot(frame, 'sum', 2)).toHaveText('26200');
  await expect(live(frame, 'mae')).toHaveText('73.33');
  await expect(live(frame, 'mse')).toHaveText('8733.33');
  // The chapter's table beside it, computed at build time, says the same.
  const table = page.locator('#mae ~ table').first();
  await expect(table.locator('tbody tr').last()).toHaveText(/80\s*220\s*26,200/);
  // Its own namespace: a change is written under loss-example-mae, and the first copy keeps the deck's one example.
  await commit(page, pBox(frame, 2), '300');
  await expect(page).toHaveURL(/loss-example-mae\.p2=300/);
  expect(page.url()).not.toMatch(/loss-example\.p2=/);
  const first = await showWidget(page, ID);
  await expect(first.locator('.nn-lx-table tbody tr:not([hidden])')).toHaveCount(1);
  await expectClean(page, errors);
});

test('the third example asks the scale question: 15 times by |·|, 225 times by (·)²', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  await frame.getByRole('button', { name: ADD }).click();
  await frame.getByRole('button', { name: ADD }).click();
  await expect(frame.locator('.nn-lx-scale')).toContainText('15 times as far');
  await expect(frame.locator('.nn-lx-scale')).toContainText('the square 225 times');
  // Rows 500/350, 350/500, 300/310: Σd = −10, Σ|d| = 310, Σd² = 45100 (hand: 22500 + 22500 + 100).
  await expect(foot(frame, 'sum', 0)).toHaveText('−10');
  await expect(foot(frame, 'sum', 1)).toHaveText('310');
  await expect(foot(frame, 'sum', 2)).toHaveText('45100');
  const expected = lossExample([{ y: 500, p: 350 }, { y: 350, p: 500 }, { y: 300, p: 310 }]);
  await expect(live(frame, 'mae')).toHaveText(expected.mae.toFixed(2));
  await expect(live(frame, 'mse')).toHaveText(expected.mse.toFixed(2));
  await expectClean(page, errors);
});

test('keyboard: typing a value and arrow keys change a row; "make them cancel" zeroes the signed sum', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  await commit(page, pBox(frame, 1), '400');
  await expect(live(frame, 'd1')).toHaveText('100');
  await pBox(frame, 1).press('ArrowUp'); // step 10
  await expect(live(frame, 'p1')).toHaveText('410');
  // Make them cancel from one row: the second row comes in and its prediction is set to
  // y₂ + d₁ = 350 + 90 = 440, so d₂ = −90.
  await frame.getByRole('button', { name: CANCEL }).focus();
  await page.keyboard.press('Enter');
  await expect(pBox(frame, 2)).toHaveValue('440');
  await expect(foot(frame, 'sum', 0)).toHaveText('0');
  // A request it cannot meet: y₁ = 1000, ŷ₁ = 0 would need ŷ₂ = 350 + 1000 > 1000 — a message, nothing changed.
  await commit(page, yBox(frame, 1), '1000');
  await commit(page, pBox(frame, 1), '0');
  await frame.getByRole('button', { name: CANCEL }).click();
  await expect(frame.locator('.nn-lx-note')).toContainText('1350');
  await expect(pBox(frame, 2)).toHaveValue('440');
  await frame.getByRole('button', { name: /^Remove last$/ }).click();
  await expect(frame.locator('.nn-lx-note')).toBeHidden();
  await expect(frame.getByRole('button', { name: /^Remove last$/ })).toBeDisabled();
  await expectClean(page, errors);
});

test('URL state: rows survive a reload; a mangled link shows the notice and falls back', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page, 'en', `?${ID}.n=2&${ID}.p2=450`);
  await expect(foot(frame, 'sum', 0)).toHaveText('50'); // 150 + (350 − 450)
  await commit(page, yBox(frame, 1), '600');
  await expect.poll(() => page.url()).toContain(`${ID}.y1=600`);
  await page.reload();
  frame = await showWidget(page, ID);
  await expect(yBox(frame, 1)).toHaveValue('600');
  await expect(foot(frame, 'sum', 0)).toHaveText('150');

  frame = await open(page, 'en', `?${ID}.n=9&${ID}.y1=abc&${ID}.p1=12.5&${ID}.zz=1`);
  await expect(frame.locator('.widget-notice-box li')).toHaveCount(4);
  await expect(live(frame, 'd1')).toHaveText('150');
  await expect(frame.locator('.nn-lx-table tbody tr:not([hidden])')).toHaveCount(1);
  await expectClean(page, errors);
});

test('junk typed into a value gets a message and never reaches the core', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  // Not a whole number at all: the message, and the last good value stays.
  for (const bad of ['abc', '', '35O', '1,000']) {
    await commit(page, yBox(frame, 1), bad);
    await expect(frame.locator('.nn-field-message').filter({ hasText: /\S/ }).first()).toBeVisible();
    await expect(live(frame, 'd1')).toHaveText('150');
    await expect(live(frame, 'mse')).toHaveText('22500.00');
  }
  // Out of 0 … 1000 or not whole: the kit's rule is the nearest allowed value, said in the message
  // (−5 → 0: d₁ = 0 − 350; 1001 and 1e999 → 1000: d₁ = 650; 3.5 → 4: d₁ = −346).
  for (const [bad, d] of [['-5', '−350'], ['1001', '650'], ['1e999', '650'], ['3.5', '−346']]) {
    await commit(page, yBox(frame, 1), bad);
    await expect(frame.locator('.nn-field-message').filter({ hasText: /\S/ }).first()).toBeVisible();
    await expect(live(frame, 'd1')).toHaveText(d);
  }
  await expectClean(page, errors);
});

test('the chapter’s table prints the core’s values: 150 and 22,500', async ({ page }) => {
  for (const lang of LANGS) {
    await page.goto(chapter(lang));
    // Built by components/LossNumber.astro from the core's mae and mse of [350] against [500].
    await expect(page.locator('table tr').filter({ hasText: /MAE/ }).first()).toContainText('150');
    await expect(page.locator('table tr').filter({ hasText: /MSE/ }).first()).toContainText('22,500');
  }
});

axeInEveryTheme(ID, async (frame) => {
  await frame.getByRole('button', { name: ADD }).click();
  await frame.getByRole('button', { name: ADD }).click();
});

demoPagesWork(ID, async (frame) => {
  await frame.getByRole('button', { name: ADD }).click();
  await expect(foot(frame, 'sum', 0)).toHaveText('0');
});
