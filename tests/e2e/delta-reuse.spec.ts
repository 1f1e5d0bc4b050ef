import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoPath, expectClean, LANGS, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * δ as a message passed back (backpropagation, #delta-notation), driven as a reader would; every
 * expected number derived by hand in the comments.
 *
 * The chain 1–1–1 is the chapter's: x = 1, w₁ = 0.5, w₂ = −0.3, y′ = 1.
 *   h = sig(0.5) = 0.622459, y = sig(−0.186738) = 0.453451
 *   δ_y = (0.453451 − 1)·0.453451·0.546549 = −0.135453;  ∂E/∂w₂ = δ_y·h = −0.084314
 *   δ_h = δ_y·(−0.3)·0.622459·0.377541 = 0.0095496;     ∂E/∂w₁ = δ_h·1 = 0.0095496
 * Multiplications (slope a(1 − a) = 1, each product = 1): δ_y 2 + its gradient 1 = 3, the long way
 * (y − y′)·y(1 − y)·h = 3; then δ_h 3 + 1 = 4 against (y − y′)·y(1 − y)·w₂·h(1 − h)·x = 6. Totals 7 : 9.
 * 2–3–3–1: 44 : 225; 3–4–4–2: 80 : 1,080 (derivations in tests/unit/core/delta-reuse.test.ts).
 */
const ID = 'delta-reuse';

async function open(page: Page, lang = 'en', query = ''): Promise<Locator> {
  await page.goto(demoPath(ID, lang, query));
  return showWidget(page, ID);
}

const count = (frame: Locator, kind: 'reuse' | 'naive') => frame.locator(`.nn-dr-count[data-kind="${kind}"] .nn-dr-count-value`);
const total = (frame: Locator, kind: 'reuse' | 'naive') => frame.locator(`.nn-dr-count[data-kind="${kind}"] .nn-dr-count-total`);
/** '−6.32 × 10⁻⁵' or MathML's '−6.32×10−5' → −0.0000632. */
function number(text: string): number {
  const plain = text.replace(/[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (c) => '-0123456789'['⁻⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)]).replace(/[−–]/g, '-').replace(/[^0-9.×-]/g, '');
  const [mantissa, exponent] = plain.split('×10');
  return Number(mantissa) * 10 ** Number(exponent ?? 0);
}
const rows = (frame: Locator) => frame.locator('.nn-dr-grads tbody tr');

for (const lang of LANGS) {
  const L = lang === 'en' ? { next: 'Next', back: 'Back', shape: /^Network/, unit: 'Unit 1 of 2' } : { next: '다음', back: '이전', shape: /^신경망/, unit: '유닛 1 / 2' };

  test(`${lang}: the section's chain: δ_y then δ_h reading it, the gradients, their checks and the counts 3 : 3, 7 : 9`, async ({ page }) => {
    const errors = watchErrors(page);
    const frame = await open(page, lang);
    await frame.getByRole('combobox', { name: L.shape }).selectOption('1-1-1');
    await expect(count(frame, 'reuse')).toHaveText('0');
    await expect(frame.locator('.nn-dr-formula')).toBeHidden();
    await frame.getByRole('button', { name: L.next }).click();
    await expect(frame.locator('.nn-step-bar')).toContainText(L.unit);
    // δ_y = −0.135453 → 4 significant digits; its gradient −0.084314, and the same by central difference.
    await expect(frame.locator('.nn-dr-formula')).toContainText('0.1355');
    await expect(rows(frame)).toHaveCount(1);
    await expect(rows(frame).first().locator('td').nth(1)).toHaveText('−0.08431');
    await expect(count(frame, 'reuse')).toHaveText('3');
    await expect(count(frame, 'naive')).toHaveText('3');
    // The output unit reads nothing: no arrows yet; its one weight is lit.
    await expect(frame.locator('.nn-edge.nn-dr-back')).toHaveCount(0);
    await expect(frame.locator('.nn-edge.nn-dr-new')).toHaveCount(1);
    // The δ under y, to 3 digits.
    await expect(frame.locator('.nn-unit[data-id="u2.0"] .nn-unit-value')).toHaveText('−0.135');

    await frame.getByRole('button', { name: L.next }).click();
    // δ_h = 0.0095496 reads δ_y along w₂ (one arrow), lights w₁ with ∂E/∂w₁ = 0.0095496·1.
    await expect(frame.locator('.nn-dr-formula')).toContainText('0.00955');
    await expect(frame.locator('.nn-edge.nn-dr-back')).toHaveCount(1);
    await expect(frame.locator('.nn-edge.nn-dr-back')).toHaveAttribute('data-id', 'e2.0.0');
    await expect(rows(frame).first().locator('td').nth(1)).toHaveText('0.00955');
    await expect(count(frame, 'reuse')).toHaveText('7');
    await expect(count(frame, 'naive')).toHaveText('9');
    await expect(frame.locator('.nn-dr-notation')).toBeVisible();
    await expect(frame.locator('.nn-dr-saved')).toContainText('2');
    await expectClean(page, errors);
  });
}

test('2–3–3–1 (the default): a first-layer unit reads three δ’s; at the end 44 against 225', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page, 'en', `?${ID}.step=5`);
  // Unit 5 in backward order: y₁, h₁⁽²⁾, h₂⁽²⁾, h₃⁽²⁾, then h₁⁽¹⁾, which reads the three δ's of layer 2.
  await expect(frame.locator('.nn-dr-now')).toContainText('h₁⁽¹⁾ reads the δ’s of 3 units');
  await expect(frame.locator('.nn-edge.nn-dr-back')).toHaveCount(3);
  await expect(frame.locator('.nn-unit.nn-dr-read')).toHaveCount(3);
  await expect(rows(frame)).toHaveCount(2);
  // So far: y (2 + 3 | 3·3 = 9), three of layer 2 (3 + 3 | 3·6 = 18 each), h₁⁽¹⁾ (5 + 2 | 2·3·9 = 54).
  // 5 + 3·6 + 7 = 30 against 9 + 54 + 54 = 117.
  await expect(count(frame, 'reuse')).toHaveText('30');
  await expect(count(frame, 'naive')).toHaveText('117');
  await frame.getByRole('button', { name: 'Last' }).click();
  await expect(count(frame, 'reuse')).toHaveText('44');
  await expect(count(frame, 'naive')).toHaveText('225');
  await expect(total(frame, 'naive')).toHaveText('of 225');
  await expect(frame.locator('.nn-dr-now')).toContainText('All 7 δ’s are known and all 18 gradients');
  await expect(frame.locator('.nn-edge.nn-dr-idle')).toHaveCount(0);
  await expectClean(page, errors);
});

test('every gradient shown agrees with its central difference', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page, 'en', `?${ID}.shape=3-4-4-2`);
  for (let k = 0; k < 10; k++) {
    await frame.getByRole('button', { name: 'Next' }).click();
    const shown = rows(frame);
    await expect(frame.locator('.nn-step-bar')).toContainText(`Unit ${k + 1} of 10`);
    for (let r = 0; r < (await shown.count()); r++) {
      const row = shown.nth(r);
      // The product's value (after its last '=') and the central difference agree to 4 digits.
      const product = number((await row.locator('td').first().textContent())!.split('=').pop()!);
      const check = number((await row.locator('td').nth(1).textContent())!);
      expect(Math.abs(product - check)).toBeLessThanOrEqual(Math.abs(check) * 1e-3);
    }
  }
  await expect(frame.locator('.nn-dr-check')).toContainText('largest relative error');
  await expectClean(page, errors);
});

test('keyboard: arrows step, R resets, End goes to the last unit; a new shape starts over', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  await frame.getByRole('button', { name: 'Next' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowRight');
  await expect(frame.locator('.nn-step-bar')).toContainText('Unit 2 of 7');
  await page.keyboard.press('ArrowLeft');
  await expect(frame.locator('.nn-step-bar')).toContainText('Unit 1 of 7');
  await page.keyboard.press('End');
  await expect(count(frame, 'reuse')).toHaveText('44');
  await page.keyboard.press('r');
  await expect(count(frame, 'reuse')).toHaveText('0');
  await page.keyboard.press('ArrowRight');
  await frame.getByRole('combobox', { name: /^Network/ }).selectOption('3-4-4-2');
  await expect(count(frame, 'reuse')).toHaveText('0');
  await expect(total(frame, 'reuse')).toHaveText('of 80');
  await expect(total(frame, 'naive')).toHaveText('of 1,080');
  await expect(page).toHaveURL(/delta-reuse\.shape=3-4-4-2/);
  await expectClean(page, errors);
});

test('URL state survives a reload; junk gives notices and the defaults; a step past the shape’s end is moved back', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page, 'en', `?${ID}.shape=1-1-1&${ID}.step=2`);
  await expect(count(frame, 'naive')).toHaveText('9');
  await page.reload();
  frame = await showWidget(page, ID);
  await expect(count(frame, 'reuse')).toHaveText('7');

  frame = await open(page, 'en', `?${ID}.shape=9-9-9&${ID}.step=abc`);
  await expect(frame.locator('.widget-notice-box li')).toHaveCount(2);
  await expect(frame.locator('.widget-notice-box')).toContainText('9-9-9');
  await expect(frame.getByRole('combobox', { name: /^Network/ })).toHaveValue('2-3-3-1');
  await expect(count(frame, 'reuse')).toHaveText('0');

  // 1–1–1 has two units: step 8 (valid for 3–4–4–2, up to 10) is reported and the walk starts at 0.
  frame = await open(page, 'en', `?${ID}.shape=1-1-1&${ID}.step=8`);
  await expect(frame.locator('.widget-notice-box')).toContainText('past the last unit');
  await expect(frame.locator('.nn-step-bar')).toContainText('Unit 0 of 2');
  await expect(count(frame, 'reuse')).toHaveText('0');
  await expectClean(page, errors);
});

axeInEveryTheme(
  ID,
  async (frame) => {
    await frame.getByRole('button', { name: 'Next' }).click();
    await frame.getByRole('button', { name: 'Next' }).click();
    await expect(rows(frame)).toHaveCount(3);
  },
);

demoPagesWork(ID, async (frame) => {
  await frame.getByRole('button', { name: /^(Last|끝)$/ }).click();
  await expect(count(frame, 'naive')).toHaveText('225');
});
