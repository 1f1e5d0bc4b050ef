import { expect, test, type Locator, type Page } from '@playwright/test';
import { commit, demoPath, expectClean, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * Mask and scale (dropout, #how-it-works) driven as a student would: the chapter's example and its
 * hand-derived z in each mode and form, a unit dropped by keyboard, p = 0 and p = 1, junk p typed,
 * URL state through a reload, a mangled URL, axe in every theme, the demo pages.
 */
const ID = 'dropout-mask';

async function open(page: Page, lang = 'en', query = ''): Promise<Locator> {
  await page.goto(demoPath(ID, lang, query));
  return showWidget(page, ID);
}

const live = (frame: Locator, name: string) => frame.locator(`.nn-dm-formula:not([hidden]) [data-live-value="${name}"]`).first();
const pBox = (frame: Locator) => frame.getByRole('textbox', { name: /^p \(/ });

test('the chapter’s example: z = 1.07 in training, 2.14 inverted, 0.665 and 1.33 at inference', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  // 0.5·0.8 + 0.8·0.5 + 0.3·0.9 = 0.4 + 0.4 + 0.27 = 1.07 (units 2 and 5 dropped)
  await expect(live(frame, 'z')).toHaveText('1.07');
  await expect(live(frame, 't4')).toHaveText('0.27');
  await expect(frame.locator('.nn-dm-now')).toContainText('z = 1.07');
  // The 2 × 2 table: inverted training 1.07 / 0.5 = 2.14; original inference 0.5 · 1.33 = 0.665; inverted inference 1.33.
  await expect(frame.locator('.nn-dm-where td')).toHaveText(['× 1 → z = 1.07', '× 0.5 → z = 0.665', '÷ 0.5 → z = 2.14', '× 1 → z = 1.33']);
  await frame.getByRole('combobox', { name: 'Form' }).selectOption('inverted');
  await expect(live(frame, 'z')).toHaveText('2.14');
  await expect(live(frame, 'v4')).toHaveText('1.8'); // 0.9 / 0.5
  await frame.getByRole('combobox', { name: 'Mode' }).selectOption('inference');
  await expect(live(frame, 'z')).toHaveText('1.33');
  await frame.getByRole('combobox', { name: 'Form' }).selectOption('deck');
  await expect(live(frame, 'z')).toHaveText('0.665');
  await expectClean(page, errors);
});

test('a unit dropped and kept by keyboard; a drawn mask; p = 0, p = 1 and junk p', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  const unit2 = frame.getByRole('button', { name: 'Keep unit 2' });
  await unit2.focus();
  await page.keyboard.press('Enter');
  await expect(unit2).toHaveAttribute('aria-pressed', 'true');
  // 1.07 + (−1.0)·0.1 = 0.97
  await expect(live(frame, 'z')).toHaveText('0.97');
  await expect(page).toHaveURL(/dropout-mask\.r2=1/);
  await frame.getByRole('button', { name: 'Draw a new mask' }).click();
  await expect(frame.locator('.nn-dm-mask-line')).toContainText('0.03125');

  await commit(page, pBox(frame), '0');
  await expect(frame.locator('.nn-dm-note[data-note="noDropout"]')).toBeVisible();
  await commit(page, pBox(frame), '1');
  await frame.getByRole('combobox', { name: 'Form' }).selectOption('inverted');
  await expect(frame.locator('.nn-dm-note[data-note="inverseUndefined"]')).toBeVisible();
  await expect(live(frame, 'z')).toHaveText('?');
  await commit(page, pBox(frame), 'abc');
  await expect(frame.locator('.nn-field-message').first()).not.toBeEmpty();
  await expect(pBox(frame)).toHaveValue('1');
  await commit(page, pBox(frame), '1.5');
  await expect(pBox(frame)).toHaveValue('1');
  await expectClean(page, errors);
});

test('URL state: a reload restores the mask and mode; a mangled p shows the notice and keeps 0.5', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page, 'en', `?${ID}.r5=1&${ID}.mode=inference&${ID}.form=inverted`);
  await expect(live(frame, 'z')).toHaveText('1.33');
  await page.reload();
  frame = await showWidget(page, ID);
  await expect(frame.getByRole('button', { name: 'Keep unit 5' })).toHaveAttribute('aria-pressed', 'true');
  frame = await open(page, 'en', `?${ID}.p=2&${ID}.r1=7`);
  await expect(frame.locator('.widget-notice-box li')).toHaveCount(2);
  await expect(pBox(frame)).toHaveValue('0.5');
  await expect(live(frame, 'z')).toHaveText('1.07');
  await expectClean(page, errors);
});

axeInEveryTheme(
  ID,
  async (frame) => {
    await frame.getByRole('button', { name: 'Keep unit 5' }).click();
    // 1.07 + 1.2·0.3 = 1.43
    await expect(live(frame, 'z')).toHaveText('1.43');
  },
);

demoPagesWork(ID, async (frame) => {
  await frame.getByRole('button', { name: /Keep unit 2|2번 유닛 유지/ }).click();
  await expect(live(frame, 'z')).toHaveText('0.97');
});
