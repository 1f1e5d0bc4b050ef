import { expect, test, type Page } from '@playwright/test';
import { softmaxWithTemperature } from '../../src/core';
import { axeViolations, commit, expectClean, LANGS, setTheme, showWidget, THEMES, watchErrors } from './widget-helpers';

/**
 * The softmax lab (chapter 3, #softmax) driven as a student would: the table and the formulas against
 * the core, the temperature, adding a logit, the "large logits" shift that overflows the literal form
 * (NaN) but not the max-subtracted one, keyboard and pointer, URL state, junk input, axe in each theme.
 */
const chapter = (lang: string, query = '') => `${lang === 'ko' ? '/ko' : ''}/activation-functions/${query}#softmax`;
const open = (page: Page, lang = 'en', query = '') => page.goto(chapter(lang, query)).then(() => showWidget(page, 'softmax-lab'));
/** The text of column `col` (0 = k) of the table's body rows. */
const column = (page: Page, col: number) => page.locator(`#widget-softmax-lab .sm-table tbody tr > :nth-child(${col + 1})`).allTextContents();
const four = (values: ArrayLike<number>) => Array.from(values, (v) => v.toFixed(4));
const box = (page: Page, name: RegExp) => page.locator('#widget-softmax-lab').getByRole('textbox', { name });

for (const lang of LANGS) {
  test(`${lang}: the table and formulas give the core's softmax; T and a 4th logit recompute it`, async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, lang);
    await expect.poll(() => column(page, 5)).toEqual(four(softmaxWithTemperature([2, 1, 0.1], 1)));
    await expect.poll(() => column(page, 3)).toEqual(four(softmaxWithTemperature([2, 1, 0.1], 1)));
    await expect(page.locator('#widget-softmax-lab [data-live-value="sy"]').first()).toHaveText('0.6590');
    await expect(page.locator('#widget-softmax-lab [data-live-value="ssum"]').first()).toHaveText('1.5174');

    await commit(page, box(page, /^T/), '0.5');
    await expect.poll(() => column(page, 5)).toEqual(four(softmaxWithTemperature([2, 1, 0.1], 0.5)));
    await page.locator('#widget-softmax-lab .sm-add').click();
    await expect(page.locator('#widget-softmax-lab .sm-table tbody tr')).toHaveCount(4);
    await expect.poll(() => column(page, 5)).toEqual(four(softmaxWithTemperature([2, 1, 0.1, -1], 0.5)));
    await expect(page).toHaveURL(/softmax-lab\.k=4/);
    await expectClean(page, errors);
  });

  test(`${lang}: large logits (c = 1000): the literal form is NaN, the max-subtracted one unchanged`, async ({ page }) => {
    const errors = watchErrors(page);
    const widget = await open(page, lang);
    await widget.locator('.sm-large').click();
    await expect(page).toHaveURL(/softmax-lab\.c=1000/);
    await expect.poll(() => column(page, 1)).toEqual(['1002', '1001', '1000.1']);
    await expect.poll(() => column(page, 2)).toEqual(['∞', '∞', '∞']);
    await expect.poll(() => column(page, 3)).toEqual(['NaN', 'NaN', 'NaN']);
    await expect.poll(() => column(page, 5)).toEqual(four(softmaxWithTemperature([2, 1, 0.1], 1)));
    await expect(widget.locator('.sm-overflow')).toHaveAttribute('data-kind', 'bad');
    await expect(widget.locator('.sm-overflow')).toContainText('709.78');
    await expect(widget.locator('[data-live-value="ny"]').first()).toHaveText('NaN');
    await expect(widget.locator('[data-live-value="sy"]').first()).toHaveText('0.6590');
    await expect(widget.locator('.sm-shift')).toContainText('1000');
    await widget.locator('.sm-zero').click();
    await expect.poll(() => column(page, 3)).toEqual(four(softmaxWithTemperature([2, 1, 0.1], 1)));
    await expectClean(page, errors);
  });
}

test('keyboard only: arrow keys move a logit, + adds one, l pushes the logits to 1000, r resets', async ({ page }) => {
  const widget = await open(page);
  const slider = widget.getByRole('slider', { name: 'z₁' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(box(page, /^z₁/)).toHaveValue('2.1');
  await expect.poll(() => column(page, 5)).toEqual(four(softmaxWithTemperature([2.1, 1, 0.1], 1)));
  // Shortcuts are for the widget, not for a field: from a button of the widget, + adds a logit.
  await widget.locator('.sm-reset').focus();
  await page.keyboard.press('+');
  await expect(widget.locator('.sm-table tbody tr')).toHaveCount(4);
  await page.keyboard.press('l');
  await expect.poll(async () => (await column(page, 3))[0]).toBe('NaN');
  await page.keyboard.press('r');
  await expect(widget.locator('.sm-table tbody tr')).toHaveCount(3);
  await expect(box(page, /^z₁/)).toHaveValue('2');
  await expect(page).not.toHaveURL(/softmax-lab\./);
});

test('dragging a handle up raises that logit', async ({ page }) => {
  const widget = await open(page);
  const handle = widget.locator('.nn-logit-column[data-k="2"] .nn-handle-dot');
  await handle.scrollIntoViewIfNeeded();
  const at = await handle.boundingBox();
  if (!at) throw new Error('no handle');
  await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
  await page.mouse.down();
  await page.mouse.move(at.x + at.width / 2, at.y - 60, { steps: 5 });
  await page.mouse.up();
  const z2 = Number(await box(page, /^z₂/).inputValue());
  expect(z2).toBeGreaterThan(1.5);
  await expect.poll(() => column(page, 5)).toEqual(four(softmaxWithTemperature([2, z2, 0.1], 1)));
});

test('the URL keeps K, z and T through a reload; a mangled URL gets a notice and the defaults', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, 'en', '?softmax-lab.k=5&softmax-lab.z1=1&softmax-lab.z2=2&softmax-lab.z3=3&softmax-lab.t=2');
  await expect.poll(() => column(page, 5)).toEqual(four(softmaxWithTemperature([1, 2, 3, -1, 0.5], 2)));
  await commit(page, box(page, /^T/), '0.5');
  await expect(page).toHaveURL(/softmax-lab\.t=0\.5/);
  await page.reload();
  await showWidget(page, 'softmax-lab');
  await expect.poll(() => column(page, 5)).toEqual(four(softmaxWithTemperature([1, 2, 3, -1, 0.5], 0.5)));

  await open(page, 'en', '?softmax-lab.k=9&softmax-lab.t=abc&softmax-lab.c=1e999&softmax-lab.zz=1');
  const notice = page.locator('#widget-softmax-lab [data-nn-notice]');
  for (const key of ['softmax-lab.k', 'softmax-lab.t', 'softmax-lab.c', 'softmax-lab.zz']) await expect(notice).toContainText(key);
  await expect.poll(() => column(page, 5)).toEqual(four(softmaxWithTemperature([2, 1, 0.1], 1)));
  await expectClean(page, errors);
});

test('junk typed into a logit or T gets a message and never reaches the core', async ({ page }) => {
  const errors = watchErrors(page);
  const widget = await open(page);
  for (const [name, bad] of [[/^z₁/, 'abc'], [/^z₁/, '1e999'], [/^z₁/, ''], [/^z₁/, '99'], [/^T/, '0'], [/^T/, '-1']] as const) {
    await commit(page, box(page, name), bad);
    await expect(widget.locator('.nn-field-message').filter({ hasText: /\S/ }).first()).toBeVisible();
    // Every probability still a number (tiny ones are written m×10ⁿ), none NaN or ∞.
    for (const p of await column(page, 5)) expect(p).toMatch(/^\d\.\d+(×10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)?$/);
  }
  await expectClean(page, errors);
});

for (const theme of THEMES) {
  test(`axe finds nothing in the softmax lab in the ${theme} theme, also with the literal form at NaN`, async ({ page }) => {
    test.slow();
    const errors = watchErrors(page);
    await setTheme(page, theme);
    const widget = await open(page);
    expect(await axeViolations(page, ['#widget-softmax-lab'])).toEqual([]);
    await widget.locator('.sm-large').click();
    expect(await axeViolations(page, ['#widget-softmax-lab'])).toEqual([]);
    await expectClean(page, errors);
  });
}

test('on a phone (375 px) the lab is axe-clean on its demo page and in the chapter; wide parts scroll by keyboard', async ({ page }) => {
  test.slow();
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/demos/softmax-lab/');
  await expect(page.locator('nn-softmax-lab .sm-table tbody tr')).toHaveCount(3);
  expect(await axeViolations(page, ['#widget-softmax-lab'])).toEqual([]);
  await open(page, 'ko');
  expect(await axeViolations(page, ['#widget-softmax-lab'])).toEqual([]);
  await expectClean(page, errors);
});

test('the demo pages /demos/softmax-lab/ and /ko/demos/softmax-lab/ load clean and work', async ({ page }) => {
  const errors = watchErrors(page);
  for (const path of ['/demos/softmax-lab/', '/ko/demos/softmax-lab/']) {
    await page.goto(path);
    const widget = page.locator('nn-softmax-lab');
    await expect(widget.locator('.sm-table tbody tr')).toHaveCount(3);
    await widget.locator('.sm-add').click();
    await expect(widget.locator('.sm-table tbody tr')).toHaveCount(4);
  }
  await expectClean(page, errors);
});
