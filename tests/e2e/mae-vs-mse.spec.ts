import { expect, test, type Locator, type Page } from '@playwright/test';
import { constantFit } from '../../src/widgets/mae-vs-mse/model';
import { axeViolations, commit, demoPath, expectClean, LANGS, setTheme, showWidget, THEMES, watchErrors } from './widget-helpers';

/**
 * The MAE-vs-MSE demo (loss-functions, end of #mse) driven as a student would: the chapter's numbers
 * from the presets (mean 750, median 400 with the outlier), points and the line c moved by keyboard
 * against the core, URL state through a reload, a mangled link, junk typed; the line predictor chosen
 * by keyboard with its best lines (hand-derived) and a mangled slope; axe in every theme, the demo page.
 */
const ID = 'mae-vs-mse';

async function open(page: Page, lang: string = 'en', query = ''): Promise<Locator> {
  await page.goto(demoPath(ID, lang, query));
  return showWidget(page, ID);
}
const live = (frame: Locator, name: string) => frame.locator(`.live-formula [data-live-value="${name}"]`).first();
/** The buttons in their order: chapter, outlier, add, remove; then c = median, c = mean. */
const button = (frame: Locator, k: number) => frame.locator('.nn-mvm-buttons button').nth(k);
const cBox = (frame: Locator) => frame.locator('.nn-mvm-c-group input[type="text"]');

for (const lang of LANGS) {
  test(`${lang}: opens on the chapter's 500, 300, 200; with the outlier 2000 the best c are median 400 and mean 750`, async ({ page }) => {
    const errors = watchErrors(page);
    const frame = await open(page, lang);
    // c = 350: Σ|r| = 150 + 50 + 150 = 350 → 116.67; Σr² = 47500 → 15833.33; (2 − 1)/3 = 0.3333
    await expect(live(frame, 'mae')).toHaveText('116.67');
    await expect(live(frame, 'mse')).toHaveText('15833.33');
    await expect(live(frame, 'gmae')).toHaveText('0.3333');
    await button(frame, 1).click();
    await expect(live(frame, 'n')).toHaveText('4');
    await expect(live(frame, 'mean')).toHaveText('750.00');
    await button(frame, 4).click(); // c = median
    await expect(live(frame, 'c')).toHaveText('400');
    await expect(live(frame, 'gmae')).toHaveText('0.0000');
    // MAE(400) = (100 + 100 + 200 + 1600)/4 = 500
    await expect(live(frame, 'mae')).toHaveText('500.00');
    await button(frame, 5).click(); // c = mean
    await expect(live(frame, 'c')).toHaveText('750');
    await expect(live(frame, 'gmse')).toHaveText('0.00');
    await expect(frame.locator('.nn-mvm-verdict')).toContainText('400.00');
    await expectClean(page, errors);
  });
}

test('points and the line move by keyboard; the numbers follow the core; points can be added and removed', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  await frame.locator('.nn-mvm-point[data-index="0"]').focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  // y₁ = 520: Σ|r| = 170 + 50 + 150 = 370 → MAE 123.33
  await expect(live(frame, 'sa')).toHaveText('370');
  await expect(live(frame, 'mae')).toHaveText('123.33');
  await frame.locator('.nn-mvm-c').focus();
  await page.keyboard.press('PageUp');
  // c = 450: residuals 70, −150, −250
  let fit = constantFit([520, 300, 200], 450);
  await expect(live(frame, 'c')).toHaveText('450');
  await expect(live(frame, 'mse')).toHaveText(fit.mse.toFixed(2));
  await expect(live(frame, 'gmse')).toHaveText(fit.gradMse.toFixed(2));
  // The point on the MSE plot moves the same c.
  await frame.locator('.nn-mvm-loss-mse .nn-handle').focus();
  await page.keyboard.press('ArrowLeft');
  fit = constantFit([520, 300, 200], 440);
  await expect(live(frame, 'c')).toHaveText('440');
  await expect(live(frame, 'mae')).toHaveText(fit.mae.toFixed(2));

  await expect(button(frame, 3)).toBeDisabled(); // three points is the least
  await button(frame, 2).click();
  await expect(frame.locator('.nn-mvm-point')).toHaveCount(4);
  fit = constantFit([520, 300, 200, 400], 440);
  await expect(live(frame, 'mae')).toHaveText(fit.mae.toFixed(2));
  await button(frame, 3).click();
  await expect(frame.locator('.nn-mvm-point')).toHaveCount(3);
  await expectClean(page, errors);
});

test('descend: MSE steps settle on the mean, MAE steps keep the same size and jump across the median', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  // MSE, η = ¼: c ← c − ½(c − mean) = 350 − ½(350 − 333.33) = 341.67, then 337.50
  await button(frame, 7).click();
  await expect(live(frame, 'gmse')).toHaveText(constantFit([500, 300, 200], 350 - 0.5 * (350 - 1000 / 3)).gradMse.toFixed(2));
  await button(frame, 0).click(); // the chapter's points again (c stays)
  await cBox(frame).fill('350');
  await cBox(frame).press('Enter');
  // MAE, η = 100: 350 → 316.67 → 283.33 → 316.67 (two below and one above, then one below and two above)
  const cs = [350 - 100 / 3, 350 - 200 / 3, 350 - 100 / 3];
  for (const c of cs) {
    await button(frame, 6).click();
    await expect(live(frame, 'mae')).toHaveText(constantFit([500, 300, 200], c).mae.toFixed(2));
  }
  await expectClean(page, errors);
});

test('URL state: points and c survive a reload; a mangled link shows the notice and falls back', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page, 'en', `?${ID}.n=4&${ID}.y4=2000&${ID}.c=400`);
  // 500, 300, 200, 2000 at c = 400: (100 + 100 + 200 + 1600)/4 = 500
  await expect(live(frame, 'mae')).toHaveText('500.00');
  await frame.locator('.nn-mvm-c').focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.url()).toContain(`${ID}.c=390`);
  await page.reload();
  frame = await showWidget(page, ID);
  await expect(live(frame, 'c')).toHaveText('390');
  await expect(frame.locator('.nn-mvm-point')).toHaveCount(4);

  frame = await open(page, 'en', `?${ID}.n=9&${ID}.y1=abc&${ID}.c=-5`);
  await expect(frame.locator('.widget-notice-box li')).toHaveCount(3);
  await expect(live(frame, 'mae')).toHaveText('116.67');
  await expect(frame.locator('.nn-mvm-point')).toHaveCount(3);
  await expectClean(page, errors);
});

test('junk typed into c gets a message and never reaches the core', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  for (const bad of ['abc', '-1', '99999', '', '1e999', '3,5']) {
    await commit(page, cBox(frame), bad);
    await expect(frame.locator('.nn-field-message').filter({ hasText: /\S/ }).first()).toBeVisible();
    await expect(live(frame, 'mae')).toHaveText(/^\d+\.\d{2}$/);
  }
  await commit(page, cBox(frame), '200');
  // A good value still goes through: MAE(200) = (300 + 100 + 0)/3 = 133.33
  await expect(live(frame, 'mae')).toHaveText('133.33');
  await expectClean(page, errors);
});

/** The line predictor's controls and its formula block (the constant's block is hidden then). */
const fitSelect = (frame: Locator) => frame.locator('.nn-mvm-line-group select');
const lineLive = (frame: Locator, name: string) => frame.locator(`.nn-mvm-formula [data-fit="line"] [data-live-value="${name}"]`).first();
const bestLine = (frame: Locator, loss: 'MAE' | 'MSE') => frame.getByRole('button', { name: `Best line for ${loss}` });

test('line mode by keyboard: the URL carries it, m moves by keyboard, the best-line buttons give the hand-derived lines, the outlier tilts only the MSE line', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page);
  await expect(frame.locator('.nn-mvm-formula [data-fit="line"]')).toBeHidden();
  await fitSelect(frame).focus();
  await page.keyboard.press('ArrowDown'); // constant → line
  await expect.poll(() => page.url()).toContain(`${ID}.fit=line`);
  await expect(frame.locator('.nn-mvm-formula [data-fit="line"]')).toBeVisible();
  await expect(frame.locator('.nn-mvm-formula [data-fit="constant"]')).toBeHidden();
  await expect(frame.locator('.nn-mvm-best')).toHaveCount(2);

  // The slope's slider, one step left: m = −10. At c = 350, x̄ = 2: ŷ = 360, 350, 340;
  // residuals 140, −50, −140 → Σ|r| = 330, MAE 110; ∂MAE/∂m = (1/3)(−1·(−1) + 1·0 + 1·1) = 0.6667
  await frame.locator('.nn-mvm-line-group input[type="range"]').focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => page.url()).toContain(`${ID}.m=-10`);
  await expect(lineLive(frame, 'm')).toHaveText('(−10.00)');
  await expect(lineLive(frame, 'mae')).toHaveText('110.00');
  await expect(lineLive(frame, 'gmaem')).toHaveText('0.6667');
  await page.reload();
  frame = await showWidget(page, ID);
  await expect(lineLive(frame, 'm')).toHaveText('(−10.00)');

  // 500, 300, 200: least squares x̄ = 2, ȳ = 333.33, m = (−166.67 − 133.33)/2 = −150; residuals 16.67, −33.33, 16.67 →
  // MSE = 15000/9/3 = 555.56. Least absolute deviations: the line through points 1 and 3 (Σ|r| 50 against 100, 100):
  // c = 350, m = −150, MAE 50/3 = 16.67.
  await bestLine(frame, 'MSE').click();
  await expect(lineLive(frame, 'c')).toHaveText('333.33');
  await expect(lineLive(frame, 'm')).toHaveText('(−150.00)');
  await expect(lineLive(frame, 'mse')).toHaveText('555.56');
  await expect(lineLive(frame, 'gmsem')).toHaveText('0');
  await bestLine(frame, 'MAE').click();
  await expect(lineLive(frame, 'c')).toHaveText('350.00');
  await expect(lineLive(frame, 'mae')).toHaveText('16.67');

  // With the outlier (4, 2000): least squares x̄ = 2.5, ȳ = 750, m = 2200/5 = 440. LAD: four pair lines tie at
  // Σ|r| = 2000; the flattest, through points 2 and 3: m = −100, c = 300 − 100·0.5 = 250, MAE 500.
  await button(frame, 1).click();
  await bestLine(frame, 'MSE').click();
  await expect(lineLive(frame, 'c')).toHaveText('750.00');
  await expect(lineLive(frame, 'm')).toHaveText('440.00');
  await bestLine(frame, 'MAE').click();
  await expect(lineLive(frame, 'c')).toHaveText('250.00');
  await expect(lineLive(frame, 'm')).toHaveText('(−100.00)');
  await expect(lineLive(frame, 'mae')).toHaveText('500.00');
  const verdict = frame.locator('.nn-mvm-verdict');
  await expect(verdict).toContainText('c = 250.00, m = −100.00');
  await expect(verdict).toContainText('c = 750.00, m = 440.00');

  // The outlier down to 1000 (ten PageDowns of 100): least squares m = 0.3·1000 − 160 = 140, ȳ = 500; LAD unchanged.
  await frame.locator('.nn-mvm-point[data-index="3"]').focus();
  for (let k = 0; k < 10; k++) await page.keyboard.press('PageDown');
  await expect(verdict).toContainText('c = 500.00, m = 140.00');
  await expect(verdict).toContainText('c = 250.00, m = −100.00');
  await expectClean(page, errors);
});

test('a mangled slope or predictor in the URL: the kit’s notice, the defaults, no console error', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page, 'en', `?${ID}.fit=line&${ID}.m=abc`);
  await expect(frame.locator('.widget-notice-box li')).toHaveCount(1);
  await expect(frame.locator('.widget-notice-box li')).toContainText(`${ID}.m`);
  // Line mode with m = 0 at c = 350 is the chapter's constant: MAE 116.67
  await expect(lineLive(frame, 'mae')).toHaveText('116.67');
  await expect(frame.locator('.nn-mvm-best')).toHaveCount(2);

  frame = await open(page, 'en', `?${ID}.fit=lines&${ID}.m=5000`);
  await expect(frame.locator('.widget-notice-box li')).toHaveCount(2);
  await expect(frame.locator('.widget-notice-box')).toContainText(/[−-]2000/);
  await expect(frame.locator('.nn-mvm-formula [data-fit="constant"]')).toBeVisible();
  await expect(live(frame, 'mae')).toHaveText('116.67');
  await expectClean(page, errors);
});

for (const theme of THEMES) {
  test(`axe finds nothing in the widget on the chapter in the ${theme} theme, with a constant and with a line`, async ({ page }) => {
    test.slow();
    const errors = watchErrors(page);
    await setTheme(page, theme);
    const frame = await open(page);
    await button(frame, 1).click();
    expect(await axeViolations(page, [`#widget-${ID}`])).toEqual([]);
    await fitSelect(frame).selectOption('line');
    await bestLine(frame, 'MSE').click();
    await expect(frame.locator('.nn-mvm-best')).toHaveCount(2);
    expect(await axeViolations(page, [`#widget-${ID}`])).toEqual([]);
    await expectClean(page, errors);
  });
}

test('the demo page /demos/mae-vs-mse/ (and /ko/) loads clean and is axe-clean', async ({ page }) => {
  test.slow();
  const errors = watchErrors(page);
  for (const path of [`/demos/${ID}/`, `/ko/demos/${ID}/`]) {
    await page.goto(path);
    const frame = await showWidget(page, ID);
    await button(frame, 1).click();
    await expect(live(frame, 'mean')).toHaveText('750.00');
    expect(await axeViolations(page)).toEqual([]);
  }
  await expectClean(page, errors);
});
