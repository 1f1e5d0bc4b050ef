import { expect, test, type Locator, type Page } from '@playwright/test';
import { commit, demoPath, expectClean, LANGS, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * Why scale? (dropout, #test-time) driven as a student would: the defaults against the hand-derived
 * numbers of the chapter's example (Σ w_j y_j = 1.33, E[z] = 0.665, Var[z] = 0.133125), the three
 * modes moving the test-time line, p by keyboard, resampling, URL state through a reload, a mangled
 * URL, axe in every theme, the demo pages.
 */
const ID = 'dropout-scale';

async function open(page: Page, lang = 'en', query = ''): Promise<Locator> {
  await page.goto(demoPath(ID, lang, query));
  return showWidget(page, ID);
}

const live = (frame: Locator, name: string) => frame.locator(`.nn-ds-formula:not([hidden]) [data-live-value="${name}"]`).first();
const cell = (frame: Locator, row: string, col: number) => frame.locator(`.nn-ds-table tr[data-row="${row}"] td`).nth(col);
const verdict = (frame: Locator) => frame.locator('.nn-ds-verdict');

for (const lang of LANGS) {
  const L = lang === 'en' ? { mode: /^Scaling/, p: /^Drop probability p/ } : { mode: /^보정 방식/, p: /^드롭 확률 p/ };

  test(`${lang}: the defaults show the chapter's numbers: test z = (1 − 0.5) · 1.33 = 0.665 = E[z]`, async ({ page }) => {
    const errors = watchErrors(page);
    const frame = await open(page, lang);
    // w ⊙ y = (0.4, −0.1, 0.4, 0.27, 0.36): Σ = 1.33, Σ squares = 0.5325.
    await expect(live(frame, 'full')).toHaveText('1.330');
    await expect(live(frame, 'test')).toHaveText('0.665');
    await expect(live(frame, 'mean')).toHaveText('0.665');
    // Var = 0.5 · 0.5 · 0.5325 = 0.133125 → 0.133; SD √0.133125 = 0.365.
    await expect(live(frame, 'variance')).toHaveText('0.133');
    await expect(cell(frame, 'mean', 0)).toHaveText('0.665');
    await expect(cell(frame, 'variance', 0)).toHaveText('0.133');
    await expect(cell(frame, 'sd', 0)).toHaveText('0.365');
    // The sample mean of 1,000 masks: within 4 standard errors (4 · 0.0115 = 0.046) of 0.665.
    const sample = Number(await cell(frame, 'mean', 1).textContent());
    expect(Math.abs(sample - 0.665)).toBeLessThan(0.046);
    await expect(verdict(frame)).toHaveAttribute('data-kind', 'match');
    await expect(frame.locator('.nn-ds-histogram rect.nn-bar')).toHaveCount(40);
    await expectClean(page, errors);
  });

  test(`${lang}: inverted puts the test line at 1.33; forgetting the factor moves it p · 1.33 = 0.665 away`, async ({ page }) => {
    const errors = watchErrors(page);
    const frame = await open(page, lang);
    const mode = frame.getByRole('combobox', { name: L.mode });
    await mode.selectOption('inverted');
    await expect(live(frame, 'test')).toHaveText('1.330');
    // Var = p/(1 − p) · 0.5325 = 0.5325 at p = 0.5.
    await expect(live(frame, 'variance')).toHaveText('0.533');
    await mode.selectOption('unscaled');
    await expect(live(frame, 'test')).toHaveText('1.330');
    await expect(live(frame, 'mean')).toHaveText('0.665');
    await expect(live(frame, 'shift')).toHaveText('0.665');
    await expect(verdict(frame)).toHaveAttribute('data-kind', 'shift');
    await expect(verdict(frame)).toContainText('0.665');
    // p by keyboard: one step up, p = 0.55: shift 0.55 · 1.33 = 0.7315 → 0.732 (or 0.731 by rounding of 0.73150…)
    await frame.getByRole('slider', { name: L.p }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(live(frame, 'p').first()).toHaveText('0.55');
    await expect(live(frame, 'shift')).toHaveText(/^0\.73[12]$/);
    await expectClean(page, errors);
  });
}

test('resample draws other masks (the exact numbers stay); the state survives a reload; a mangled URL gives a notice', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page);
  const before = await cell(frame, 'mean', 1).textContent();
  const variance = await cell(frame, 'variance', 1).textContent();
  await frame.getByRole('button', { name: 'Draw new masks' }).click();
  await expect(page).toHaveURL(/dropout-scale\.seed=/);
  await expect(cell(frame, 'mean', 0)).toHaveText('0.665');
  const after = [await cell(frame, 'mean', 1).textContent(), await cell(frame, 'variance', 1).textContent()];
  expect(after).not.toEqual([before, variance]);
  await frame.getByRole('combobox', { name: /^Scaling/ }).selectOption('unscaled');
  await commit(page, frame.getByRole('textbox', { name: /^Number of masks N/ }), '5000');
  await expect(page).toHaveURL(/dropout-scale\.mode=unscaled/);
  await expect(page).toHaveURL(/dropout-scale\.masks=5000/);
  await expect(frame.locator('.nn-ds-table thead th').nth(1)).toHaveText('5,000 masks');
  const drawn = await cell(frame, 'mean', 1).textContent();
  await page.reload();
  frame = await showWidget(page, ID);
  await expect(live(frame, 'shift')).toHaveText('0.665');
  await expect(frame.locator('.nn-ds-table thead th').nth(1)).toHaveText('5,000 masks');
  await expect(cell(frame, 'mean', 1)).toHaveText(drawn ?? 'missing');

  frame = await open(page, 'en', `?${ID}.p=1.5&${ID}.mode=bogus`);
  await expect(frame.locator('.widget-notice-box li')).toHaveCount(2);
  await expect(frame.locator('.widget-notice-box')).toContainText('1.5');
  await expect(live(frame, 'test')).toHaveText('0.665');
  await expectClean(page, errors);
});

test('a random layer of 20 units: y and w listed, E[z] still equals the test-time z in the original form', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page, 'en', `?${ID}.layer=random&${ID}.n=20`);
  await expect(frame.locator('.nn-ds-values')).toContainText('y = (');
  const values = await frame.locator('.nn-ds-values').textContent();
  expect(values?.split('w = (')[1]?.split(',').length).toBe(20);
  await expect(cell(frame, 'mean', 0)).toHaveText((await live(frame, 'test').textContent()) ?? 'missing');
  await expectClean(page, errors);
});

axeInEveryTheme(ID, async (frame) => {
  await frame.getByRole('combobox', { name: /^Scaling/ }).selectOption('unscaled');
  await expect(verdict(frame)).toHaveAttribute('data-kind', 'shift');
});

demoPagesWork(ID, async (frame) => {
  await frame.getByRole('combobox').first().selectOption('inverted');
  await expect(live(frame, 'test')).toHaveText('1.330');
});
