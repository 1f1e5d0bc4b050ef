import { expect, test, type Locator, type Page } from '@playwright/test';
import { oneExample, severalClasses } from '../../src/widgets/cross-entropy/model';
import { commit, expectClean, LANGS, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * The cross-entropy demo (loss-functions, #cross-entropy) driven as a student would: the published
 * −ln p values from the presets, the point on the plot by keyboard, the three classes' terms against
 * the core, URL state through a reload, a mangled link, junk typed, axe in every theme, the demo page.
 */
const ID = 'cross-entropy';
const chapter = (lang: string, query = '') => `${lang === 'ko' ? '/ko' : ''}/loss-functions/${query}#cross-entropy`;

async function open(page: Page, lang: string = 'en', query = ''): Promise<Locator> {
  await page.goto(chapter(lang, query));
  return showWidget(page, ID);
}
const live = (frame: Locator, name: string) => frame.locator(`.live-formula [data-live-value="${name}"]`).first();
const box = (frame: Locator, name: RegExp) => frame.getByRole('textbox', { name });

for (const lang of LANGS) {
  test(`${lang}: the presets give the published −ln 0.9 = 0.1054, −ln 0.5 = 0.6931, −ln 0.1 = 2.3026`, async ({ page }) => {
    const errors = watchErrors(page);
    const frame = await open(page, lang);
    for (const [p, nll] of [
      ['0.9', '0.1054'],
      ['0.5', '0.6931'],
      ['0.1', '2.3026'],
    ]) {
      await frame.getByRole('button', { name: `p = ${p}` }).click();
      await expect(live(frame, 'nll')).toHaveText(nll);
      await expect(live(frame, 'sq')).toHaveText(oneExample(Number(p)).squared.toFixed(4));
    }
    await expect(frame.locator('.nn-ce-verdict')).toContainText('2.3026');
    await expectClean(page, errors);
  });
}

test('the point on the plot moves p by keyboard; the three classes follow the logits and the true class', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  const point = frame.getByRole('slider', { name: /^p$/ }).last();
  await point.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(live(frame, 'p')).toHaveText('0.68');
  await expect(live(frame, 'nll')).toHaveText(oneExample(0.68).crossEntropy.toFixed(4));

  // Default logits (2, 1, 0.1), true class 1: L = −ln 0.6590 = 0.4170.
  await expect(live(frame, 'L')).toHaveText('0.4170');
  await frame.getByRole('combobox').selectOption('3');
  const expected = severalClasses([2, 1, 0.1], 2);
  await expect(live(frame, 'L')).toHaveText(expected.loss.toFixed(4));
  await expect(frame.locator('.nn-ce-table tbody tr').nth(2)).toHaveAttribute('data-true', 'yes');
  await commit(page, box(frame, /^z₁/), '-3');
  const after = severalClasses([-3, 1, 0.1], 2);
  await expect(live(frame, 'q1')).toHaveText(after.predicted[0].toFixed(3));
  await expect(frame.locator('.nn-ce-table tfoot td')).toHaveText(after.loss.toFixed(4));
  await expectClean(page, errors);
});

test('URL state: p, the logits and the class survive a reload; a mangled link shows the notice and falls back', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page, 'en', `?${ID}.p=0.2&${ID}.z2=3&${ID}.c=2`);
  await expect(live(frame, 'nll')).toHaveText('1.6094'); // the chapter's −ln 0.2
  await frame.getByRole('button', { name: 'p = 0.9' }).click();
  await expect.poll(() => page.url()).toContain(`${ID}.p=0.9`);
  await page.reload();
  frame = await showWidget(page, ID);
  await expect(live(frame, 'nll')).toHaveText('0.1054');
  await expect(frame.getByRole('combobox')).toHaveValue('2');

  frame = await open(page, 'en', `?${ID}.p=0&${ID}.z1=abc&${ID}.c=7`);
  await expect(frame.locator('.widget-notice-box li')).toHaveCount(3);
  await expect(live(frame, 'p')).toHaveText('0.70');
  await expect(live(frame, 'L')).toHaveText('0.4170');
  await expectClean(page, errors);
});

test('junk typed into p and a logit gets a message and never reaches the core', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  const p = box(frame, /^p,/);
  for (const bad of ['abc', '0', '-1', '', '1e999', '0,5']) {
    await commit(page, p, bad);
    await expect(frame.locator('.nn-field-message').filter({ hasText: /\S/ }).first()).toBeVisible();
    await expect(live(frame, 'nll')).toHaveText(/^\d\.\d{4}$/);
  }
  await commit(page, box(frame, /^z₂/), '99');
  await expect(frame.locator('.nn-field-message').filter({ hasText: /\S/ }).first()).toBeVisible();
  await expect(live(frame, 'L')).toHaveText(/^\d\.\d{4}$/);
  await expectClean(page, errors);
});

axeInEveryTheme(ID, open, async (frame) => {
  await frame.getByRole('button', { name: 'p = 0.1' }).click();
});

demoPagesWork(ID, async (frame) => {
  await frame.getByRole('button', { name: 'p = 0.5' }).click();
  await expect(live(frame, 'nll')).toHaveText('0.6931');
});
