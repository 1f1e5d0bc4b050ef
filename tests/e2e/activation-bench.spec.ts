import { expect, test, type Locator, type Page } from '@playwright/test';
import { sigmoid, tanh } from '../../src/core';
import { axeViolations, commit, expectClean, LANGS, setTheme, showWidget, THEMES, watchErrors } from './widget-helpers';

/**
 * The activation bench (chapter 3, #kinds) driven as a student would: the numbers in the live
 * formula against the core and against values derived by hand, the point moved by keyboard, the
 * steepness w, ReLU′(0), Leaky ReLU's slope, the product of L slopes, URL state through a reload, a
 * hand-mangled URL and junk typed into a box, axe in every theme, the demo page.
 */
const ID = 'activation-bench';
const chapter = (lang: string, query = '') => `${lang === 'ko' ? '/ko' : ''}/activation-functions/${query}#kinds`;
const four = (v: number) => (v < 0 ? `−${Math.abs(v).toFixed(4)}` : v.toFixed(4));

async function open(page: Page, lang: string, query = ''): Promise<Locator> {
  await page.goto(chapter(lang, query));
  return showWidget(page, ID);
}

/** A live number of the chosen function's formulas (the first where it appears). */
const live = (widget: Locator, name: string) => widget.locator(`.nn-ab-formula:not([hidden]) [data-live-value="${name}"]`).first();
const box = (widget: Locator, label: RegExp) => widget.getByRole('textbox', { name: label });

for (const lang of LANGS) {
  const L = lang === 'en' ? { fn: 'Function', x: /^Input x/, w: /^Steepness w/, slope: /^Slope for x/, depth: /^Depth L/, point: 'x on the plot' } : { fn: '함수', x: /^입력 x/, w: /^가파르기 w/, slope: /^x < 0의 미분값/, depth: /^깊이 L/, point: '그림 위의 x' };

  test(`${lang}: the sigmoid at x = 1 shows the core's f and f′; the point moves by keyboard; tanh switches the formula`, async ({ page }) => {
    const errors = watchErrors(page);
    const widget = await open(page, lang);
    await expect(live(widget, 'f')).toHaveText(four(sigmoid(1)));
    // sigmoid′(1) = sigmoid(1)(1 − sigmoid(1)) = 0.7311 · 0.2689 = 0.1966 (the chapter's table).
    await expect(live(widget, 'df')).toHaveText('0.1966');

    const point = widget.getByRole('slider', { name: L.point });
    await point.focus();
    await page.keyboard.press('ArrowRight'); // x = 1 + 0.1
    await expect(box(widget, L.x)).toHaveValue('1.1');
    await expect(live(widget, 'f')).toHaveText(four(sigmoid(1.1)));
    await page.keyboard.press('Home'); // x = −5
    await expect(box(widget, L.x)).toHaveValue('-5');
    await expect(live(widget, 'x').first()).toHaveText('(−5.00)');

    await widget.getByRole('combobox', { name: L.fn }).selectOption('tanh');
    await commit(page, box(widget, L.x), '1');
    // tanh(1) = (e² − 1)/(e² + 1) = 0.7616, tanh′(1) = 1 − 0.7616² = 0.4200.
    await expect(live(widget, 'f')).toHaveText(four(tanh(1)));
    await expect(live(widget, 'df')).toHaveText('0.4200');
    await expect(widget.locator('.nn-ab-formula[data-fn="sigmoid"]')).toBeHidden();
    await expectClean(page, errors);
  });

  test(`${lang}: w = 10 at x = 0.1 gives sigmoid(1) = 0.7311 with slope 1.9661; the URL keeps it through a reload`, async ({ page }) => {
    const widget = await open(page, lang);
    await commit(page, box(widget, L.w), '10');
    await commit(page, box(widget, L.x), '0.1');
    // 10 · 0.1 = 1: e/(e + 1) = 0.7311; slope 10 · 0.7311 · 0.2689 = 1.9661.
    await expect(live(widget, 'f')).toHaveText('0.7311');
    await expect(live(widget, 'df')).toHaveText('1.9661');
    // The slope is at least 0.01 only for |x| < ln(998.0)/10 = 0.69.
    await expect(widget.locator('.nn-ab-note summary')).toContainText('0.69');
    await expect(page).toHaveURL(/activation-bench\.x=0\.1/);
    await expect(page).toHaveURL(/activation-bench\.w=10/);
    await page.reload();
    const again = await showWidget(page, ID);
    await expect(box(again, L.w)).toHaveValue('10');
    await expect(live(again, 'df')).toHaveText('1.9661');
  });

  test(`${lang}: ReLU′(0) = 1 is the course's convention; Leaky ReLU with Keras's 0.3 gives −0.9 at x = −3`, async ({ page }) => {
    const widget = await open(page, lang, `?${ID}.fn=relu&${ID}.x=0`);
    await expect(live(widget, 'df')).toHaveText('1');
    await expect(widget.locator('.nn-ab-note summary')).toContainText('ReLU′(0) = 1');
    await expect(box(widget, L.slope)).toBeHidden();

    await widget.getByRole('combobox', { name: L.fn }).selectOption('leaky-relu');
    await expect(box(widget, L.slope)).toHaveValue('0.01');
    await commit(page, box(widget, L.x), '-3');
    await expect(live(widget, 'f')).toHaveText('−0.0300');
    await commit(page, box(widget, L.slope), '0.3');
    await expect(live(widget, 'f')).toHaveText('−0.9000');
    await expect(live(widget, 'df')).toHaveText('0.300');
  });

  test(`${lang}: the product of L slopes: 0.25³ = 0.0156 for the sigmoid, 1 for tanh, 0.25¹⁰ = 9.54 × 10⁻⁷`, async ({ page }) => {
    const widget = await open(page, lang, `?${ID}.x=0`);
    const product = (row: string) => widget.locator(`.nn-ab-depth tr[data-row="${row}"] td`).nth(2);
    await expect(product('sigmoid')).toHaveText('0.0156');
    await expect(product('tanh')).toHaveText('1');
    await expect(product('relu-inactive')).toHaveText('0');
    await expect(product('here')).toHaveText('0.0156');
    await commit(page, box(widget, L.depth), '10');
    await expect(product('sigmoid')).toHaveText('9.54 × 10⁻⁷');
    await expect(widget.locator('.nn-ab-depth')).toContainText('4¹⁰ = 1.05 × 10⁶');
  });

  test(`${lang}: each function's section has its own bench, opening on that function, with its own URL state`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(chapter(lang).replace('#kinds', '#relu'));
    const relu = await showWidget(page, `${ID}-relu`);
    await expect(relu.getByRole('combobox', { name: L.fn })).toHaveValue('relu');
    // ReLU(1) = 1; at exactly 0 the course's ReLU′(0) = 1; below 0 both are 0.
    await expect(live(relu, 'f')).toHaveText(/^1(\.0+)?$/);
    await commit(page, box(relu, L.x), '0');
    await expect(live(relu, 'df')).toHaveText(/^1(\.0+)?$/);
    await commit(page, box(relu, L.x), '-2');
    await expect(live(relu, 'f')).toHaveText(/^0(\.0+)?$/);
    await expect(live(relu, 'df')).toHaveText(/^0(\.0+)?$/);
    // Its own namespace: the x is written under activation-bench-relu, its function (its own default) not at all.
    await expect(page).toHaveURL(/activation-bench-relu\.x=-2/);
    expect(page.url()).not.toMatch(/activation-bench-relu\.fn=/);
    expect(page.url()).not.toMatch(/activation-bench\.x=/);
    // The bench in #kinds still opens on its own default, the sigmoid at x = 1.
    const kinds = await showWidget(page, ID);
    await expect(kinds.getByRole('combobox', { name: L.fn })).toHaveValue('sigmoid');
    await expect(live(kinds, 'f')).toHaveText(four(sigmoid(1)));
    await page.reload();
    const again = await showWidget(page, `${ID}-relu`);
    await expect(box(again, L.x)).toHaveValue('-2');
    for (const fn of ['step', 'sigmoid', 'tanh', 'leaky-relu']) {
      const bench = await showWidget(page, `${ID}-${fn}`);
      await expect(bench.getByRole('combobox', { name: L.fn })).toHaveValue(fn);
    }
    await expectClean(page, errors);
  });
}

test('a hand-mangled URL shows a notice, falls back to the defaults, and nothing breaks', async ({ page }) => {
  const errors = watchErrors(page);
  const widget = await open(page, 'en', `?${ID}.fn=gelu&${ID}.x=abc&${ID}.L=2.5&${ID}.w=0`);
  await expect(page.locator(`#widget-${ID} .widget-notice-box li`)).toHaveCount(4);
  await expect(widget.getByRole('combobox', { name: 'Function' })).toHaveValue('sigmoid');
  await expect(box(widget, /^Input x/)).toHaveValue('1');
  await expect(live(widget, 'f')).toHaveText(four(sigmoid(1)));
  await expectClean(page, errors);
});

test('junk typed into x never reaches the core: abc and empty keep x with a message; 1e999 and 9 are brought to the end of the range, 5', async ({ page }) => {
  const errors = watchErrors(page);
  const widget = await open(page, 'en');
  const x = box(widget, /^Input x/);
  const message = widget.locator('.nn-field-message').filter({ hasText: /\S/ }).first();
  const cases: [string, number][] = [['abc', 1], ['', 1], ['1e999', 5], ['-3', -3], ['9', 5]];
  for (const [typed, kept] of cases) {
    await commit(page, x, typed);
    if (typed !== '-3') await expect(message).toBeVisible();
    await expect(live(widget, 'f')).toHaveText(four(sigmoid(kept)));
  }
  await expectClean(page, errors);
});

for (const theme of THEMES) {
  test(`axe finds nothing on the chapter with the bench in the ${theme} theme`, async ({ page }) => {
    test.slow(); // axe walks every KaTeX span of the chapter
    const errors = watchErrors(page);
    await setTheme(page, theme);
    const widget = await open(page, 'en', `?${ID}.fn=leaky-relu&${ID}.x=-2`);
    await expect(live(widget, 'f')).toHaveText('−0.0200');
    expect(await axeViolations(page)).toEqual([]);
    await expectClean(page, errors);
  });
}

test('the demo pages /demos/activation-bench/ and /ko/ load clean, axe-clean, and respond', async ({ page }) => {
  const errors = watchErrors(page);
  for (const path of ['/demos/activation-bench/', '/ko/demos/activation-bench/']) {
    await page.goto(path);
    const widget = page.locator('nn-activation-bench');
    await expect(widget.locator('[data-nn-started], .nn-ab')).not.toHaveCount(0);
    await widget.getByRole('combobox').first().selectOption('softmax2');
    // softmax over [1, 0]: e/(e + 1) = sigmoid(1).
    await expect(live(widget, 'f')).toHaveText(four(sigmoid(1)));
    expect(await axeViolations(page)).toEqual([]);
  }
  await expectClean(page, errors);
});
