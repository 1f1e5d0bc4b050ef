import { expect, test, type Locator, type Page } from '@playwright/test';
import { huberGradient, huberLoss } from '../../src/core';
import { commit, demoPath, expectClean, LANGS, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * The Huber loss (loss-functions, #since-then; until the chapter places it, its demo page) driven as
 * a student would: the default against the core, the chapter's residuals pressed one by one against
 * the costs derived by hand, δ and the point moved by keyboard across the case boundary, URL state
 * through a reload, a hand-mangled URL, axe in every theme, the demo pages.
 */
const ID = 'huber';

async function open(page: Page, lang = 'en', query = ''): Promise<Locator> {
  await page.goto(demoPath(ID, lang, query));
  return showWidget(page, ID);
}

/** A live number of the formula of the case that applies. */
const live = (frame: Locator, name: string) => frame.locator(`.nn-hu-formula:not([hidden]) [data-live-value="${name}"]`).first();
const caseLine = (frame: Locator) => frame.locator('.nn-hu-case');
const residual = (frame: Locator, text: string) => frame.getByRole('button', { name: text, exact: true });

for (const lang of LANGS) {
  const L = lang === 'en' ? { r: /^Residual r/, delta: /^Threshold δ/, point: 'r on the plot' } : { r: /^잔차 r/, delta: /^문턱값 δ/, point: '그림 위의 r' };
  const box = (frame: Locator, name: RegExp) => frame.getByRole('textbox', { name });

  test(`${lang}: the default r = 150, δ = 100 shows the core's numbers in the linear case`, async ({ page }) => {
    const errors = watchErrors(page);
    const frame = await open(page, lang);
    // 100 · (150 − ½ · 100) = 10,000, from the core; the slope held at δ = 100.
    expect(huberLoss(150, 100)).toBe(10_000);
    await expect(live(frame, 'loss')).toHaveText('10,000');
    await expect(live(frame, 'grad')).toHaveText(String(huberGradient(150, 100)));
    await expect(frame.locator('.nn-hu-formula[data-case="quadratic"]')).toBeHidden();
    await expect(caseLine(frame)).toHaveAttribute('data-case', 'linear');
    await expect(caseLine(frame)).toContainText('10,000');
    await expect(caseLine(frame)).toContainText('11,250'); // ½ · 150² = 11,250, what MSE's term would charge
    // The table's sums: 10,000 + 50 + 1,800 + 165,000 = 176,850; ½r²: 11,250 + 50 + 1,800 + 1,445,000 = 1,458,100.
    await expect(frame.locator('.nn-hu-table tfoot td')).toHaveText(['1,458,100', '176,850']);
    await expectClean(page, errors);
  });

  test(`${lang}: the chapter's residuals cost 10,000, 50, 1,800 and 165,000 at δ = 100`, async ({ page }) => {
    const errors = watchErrors(page);
    const frame = await open(page, lang);
    // By hand: 150 > 100 → 100 · (150 − 50) = 10,000; |−10| ≤ 100 → ½ · 100 = 50;
    // |−60| ≤ 100 → ½ · 3,600 = 1,800; 1700 > 100 → 100 · (1700 − 50) = 165,000.
    const hand: ReadonlyArray<readonly [string, string, string, 'linear' | 'quadratic']> = [
      ['−10', '-10', '50', 'quadratic'],
      ['−60', '-60', '1,800', 'quadratic'],
      ['1,700', '1700', '165,000', 'linear'],
      ['150', '150', '10,000', 'linear'],
    ];
    for (const [button, typed, cost, which] of hand) {
      await residual(frame, button).click();
      await expect(residual(frame, button)).toHaveAttribute('aria-pressed', 'true');
      await expect(box(frame, L.r)).toHaveValue(typed);
      await expect(live(frame, 'loss')).toHaveText(cost);
      await expect(caseLine(frame)).toContainText(cost);
      await expect(caseLine(frame)).toHaveAttribute('data-case', which);
    }
    await expectClean(page, errors);
  });

  test(`${lang}: δ by keyboard changes the case; the point moves by keyboard`, async ({ page }) => {
    const errors = watchErrors(page);
    const frame = await open(page, lang);
    const delta = frame.getByRole('slider', { name: L.delta });
    await delta.focus();
    await page.keyboard.press('End'); // δ = 1000 ≥ 150: the quadratic case, ½ · 150² = 11,250
    await expect(box(frame, L.delta)).toHaveValue('1000');
    await expect(caseLine(frame)).toHaveAttribute('data-case', 'quadratic');
    await expect(frame.locator('.nn-hu-formula[data-case="linear"]')).toBeHidden();
    await expect(live(frame, 'loss')).toHaveText('11,250');
    await expect(live(frame, 'grad')).toHaveText('150');
    await page.keyboard.press('Home'); // δ = 1: 1 · (150 − ½) = 149.5, slope 1
    await expect(caseLine(frame)).toHaveAttribute('data-case', 'linear');
    await expect(live(frame, 'loss')).toHaveText('149.5');
    await expect(live(frame, 'grad')).toHaveText('1');

    const point = frame.getByRole('slider', { name: L.point });
    await point.focus();
    await page.keyboard.press('ArrowLeft'); // r = 150 − 10 = 140: 1 · (140 − ½) = 139.5
    await expect(box(frame, L.r)).toHaveValue('140');
    await expect(live(frame, 'loss')).toHaveText('139.5');
    await page.keyboard.press('Home'); // r = −2000: 1 · (2000 − ½) = 1,999.5, slope −1
    await expect(live(frame, 'loss')).toHaveText('1,999.5');
    await expect(live(frame, 'grad')).toHaveText('−1');
    await expectClean(page, errors);
  });
}

test('URL state: r and δ survive a reload; a mangled δ shows the notice, keeps the default, no console error', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page);
  await commit(page, frame.getByRole('textbox', { name: /^Threshold δ/ }), '60');
  await frame.getByRole('button', { name: '−60', exact: true }).click();
  await expect(page).toHaveURL(/huber\.r=-60/);
  await expect(page).toHaveURL(/huber\.delta=60/);
  await page.reload();
  frame = await showWidget(page, ID);
  // |−60| ≤ 60, the boundary: ½ · 3,600 = 1,800 = 60 · (60 − 30) from either piece.
  await expect(live(frame, 'loss')).toHaveText('1,800');
  await expect(caseLine(frame)).toHaveAttribute('data-case', 'quadratic');

  frame = await open(page, 'en', `?${ID}.delta=abc`);
  await expect(frame.locator('.widget-notice-box li')).toHaveCount(1);
  await expect(frame.locator('.widget-notice-box')).toContainText('abc');
  await expect(frame.getByRole('textbox', { name: /^Threshold δ/ })).toHaveValue('100');
  await expect(live(frame, 'loss')).toHaveText('10,000');
  await expectClean(page, errors);
});

axeInEveryTheme(
  ID,
  async (frame) => {
    await frame.getByRole('button', { name: '1,700', exact: true }).click();
    await expect(live(frame, 'loss')).toHaveText('165,000');
  },
);

demoPagesWork(ID, async (frame) => {
  await frame.getByRole('button', { name: '−60', exact: true }).click();
  await expect(live(frame, 'loss')).toHaveText('1,800');
});
