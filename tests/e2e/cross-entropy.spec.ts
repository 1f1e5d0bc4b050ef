import { expect, test, type Locator, type Page } from '@playwright/test';
import { oneExample, severalClasses } from '../../src/widgets/cross-entropy/model';
import { commit, demoPath, expectClean, LANGS, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * The cross-entropy demo (loss-functions, #cross-entropy) driven as a student would: the published
 * −ln p values from the presets, the point on the plot by keyboard, the three classes' terms against
 * the core, URL state through a reload, a mangled link, junk typed, axe in every theme, the demo page;
 * and the "Since then" additions on the demo page: the focal loss's γ and label smoothing's ε.
 */
const ID = 'cross-entropy';

async function open(page: Page, lang: string = 'en', query = ''): Promise<Locator> {
  await page.goto(demoPath(ID, lang, query));
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

// ——— Since then: focal loss γ and label smoothing ε (beyond the seminar) ———
const demo = async (page: Page, query = ''): Promise<Locator> => {
  await page.goto(demoPath(ID, 'en', query));
  return showWidget(page, ID);
};
const focalValue = (frame: Locator) => frame.locator('.nn-ce-focal .nn-ce-focal-value');
const targets = (frame: Locator) => frame.locator('.nn-ce-table tbody tr td:nth-child(2)');

test('focal γ = 2 from the URL: the readout gives the published FL(0.9) = 0.0011 and FL(0.1) = 1.8651', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await demo(page, `?${ID}.gamma=2`);
  const readout = frame.locator('.nn-ce-focal');
  await expect(readout).toBeVisible();
  // (1 − 0.9)² = 0.01; 0.01 × −ln 0.9 = 0.01 × 0.1054 = 0.00105 → 0.0011
  await frame.getByRole('button', { name: 'p = 0.9' }).click();
  await expect(focalValue(frame)).toHaveText('0.0011');
  await expect(readout).toContainText('0.0100 × 0.1054');
  // (1 − 0.1)² = 0.81; 0.81 × −ln 0.1 = 0.81 × 2.3026 = 1.8651
  await frame.getByRole('button', { name: 'p = 0.1' }).click();
  await expect(focalValue(frame)).toHaveText('1.8651');
  await expect(readout).toContainText('0.8100 × 2.3026');
  // The focal curve is drawn, and the key names it.
  await expect(frame.locator('.nn-ce-plot .nn-legend li')).toHaveCount(4);
  await expectClean(page, errors);
});

test('label smoothing ε = 0.1 on the default logits: target 0.9333/0.0333/0.0333, each term uses it, total 0.5137', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await demo(page, `?${ID}.eps=0.1`);
  // Target: 0.9 × 1 + 0.1/3 = 0.9333, 0.9 × 0 + 0.1/3 = 0.0333. The default logits (2, 1, 0.1) give
  // ŷ = (0.6590, 0.2424, 0.0986), not the chapter's (0.7, 0.2, 0.1). With −ln ŷ⁽ᵏ⁾ = LSE − z_k and
  // LSE = ln(e² + e + e^0.1) = 2.41703: L = 0.93333 × 0.41703 + 0.03333 × 1.41703 + 0.03333 × 2.31703
  // = 0.38923 + 0.04723 + 0.07723 = 0.51370 (one-hot it was 0.4170).
  await expect(targets(frame)).toHaveText(['0.9333', '0.0333', '0.0333']);
  await expect(frame.locator('.nn-ce-table tbody tr td:nth-child(5)')).toHaveText(['0.3892', '0.0472', '0.0772']);
  await expect(frame.locator('.nn-ce-table tfoot td')).toHaveText('0.5137');
  await expect(live(frame, 'L')).toHaveText('0.5137');
  await expect(live(frame, 'y1')).toHaveText('0.9333');
  await expect(frame.locator('.nn-ce-table tbody tr').first()).toHaveAttribute('data-true', 'yes');
  // No focal readout at γ = 0.
  await expect(frame.locator('.nn-ce-focal')).toBeHidden();
  await expectClean(page, errors);
});

test('keyboard reaches γ and ε: Tab from the last preset to γ, from z₃ to ε; arrows step them', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await demo(page);
  await expect(frame.locator('.nn-ce-focal')).toBeHidden();
  await frame.getByRole('button', { name: 'p = 0.1' }).focus();
  await page.keyboard.press('Tab');
  const gamma = frame.getByRole('slider', { name: /γ/ });
  await expect(gamma).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight'); // 4 × 0.5 = 2
  await expect(frame.getByRole('textbox', { name: /γ/ })).toHaveValue('2');
  // At the default p = 0.7: (1 − 0.7)² × −ln 0.7 = 0.09 × 0.35667 = 0.03210
  await expect(focalValue(frame)).toHaveText('0.0321');
  await expect.poll(() => page.url()).toContain(`${ID}.gamma=2`);

  await box(frame, /^z₃/).focus();
  await page.keyboard.press('Tab');
  const eps = frame.getByRole('slider', { name: /ε/ });
  await expect(eps).toBeFocused();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight'); // 10 × 0.01 = 0.1
  await expect(targets(frame)).toHaveText(['0.9333', '0.0333', '0.0333']);
  await expect(frame.locator('.nn-ce-table tfoot td')).toHaveText('0.5137');
  await expectClean(page, errors);
});

for (const query of [`?${ID}.gamma=abc`, `?${ID}.eps=9`]) {
  test(`a mangled ${query} shows the notice and falls back to plain cross-entropy`, async ({ page }) => {
    const errors = watchErrors(page);
    const frame = await demo(page, query);
    await expect(frame.locator('.widget-notice-box li')).toHaveCount(1);
    await expect(frame.locator('.nn-ce-focal')).toBeHidden();
    await expect(targets(frame)).toHaveText(['1', '0', '0']);
    await expect(live(frame, 'L')).toHaveText('0.4170');
    await expectClean(page, errors);
  });
}

axeInEveryTheme(ID, async (frame) => {
  await frame.getByRole('button', { name: 'p = 0.1' }).click();
});

demoPagesWork(ID, async (frame) => {
  await frame.getByRole('button', { name: 'p = 0.5' }).click();
  await expect(live(frame, 'nll')).toHaveText('0.6931');
});
