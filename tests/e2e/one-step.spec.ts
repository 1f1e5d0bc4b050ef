import { expect, test, type Locator, type Page } from '@playwright/test';
import { commit, demoPath, expectClean, LANGS, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * One step downhill (backpropagation, #goal) driven as a reader would, every expected number derived
 * by hand in the comments: the chapter's step from w = 1 with η = 0.1 on (w − 3)², taking the step,
 * an overshooting η, the point moved by keyboard, the neuron curve, URL state and hand-mangled URLs,
 * axe in every theme, the demo pages.
 */
const ID = 'one-step';

async function open(page: Page, lang = 'en', query = ''): Promise<Locator> {
  await page.goto(demoPath(ID, lang, query));
  return showWidget(page, ID);
}

const live = (frame: Locator, name: string) => frame.locator(`[data-live-value="${name}"]`).first();
const verdict = (frame: Locator) => frame.locator('.nn-os-verdict');

for (const lang of LANGS) {
  const L = lang === 'en' ? { w: /^Weight w/, eta: /^Learning rate η/, take: 'Take the step', point: 'w on the plot' } : { w: /^가중치 w/, eta: /^학습률 η/, take: '스텝 밟기', point: '그림 위의 w' };

  test(`${lang}: the chapter's step: w = 1 − 0.1·(−4) = 1.4, E = 2.56 against the promised 2.4`, async ({ page }) => {
    const errors = watchErrors(page);
    const frame = await open(page, lang);
    // g = 2(1 − 3) = −4; 1 − 0.1·(−4) = 1.4; (1.4 − 3)² = 2.56; 4 − 0.1·16 = 2.4; gap 0.16 = η²g².
    await expect(live(frame, 'g')).toHaveText('(−4)');
    await expect(live(frame, 'next')).toHaveText('1.4');
    await expect(live(frame, 'actual')).toHaveText('2.56');
    await expect(live(frame, 'predicted')).toHaveText('2.4');
    await expect(live(frame, 'gap')).toHaveText('0.16');
    // The fall 4 − 2.56 = 1.44 is 90% of the promised ηg² = 1.6.
    await expect(verdict(frame)).toHaveAttribute('data-kind', 'osClose');
    await expect(verdict(frame)).toContainText('90%');
    await expect(verdict(frame)).toContainText('1.44');
    await expectClean(page, errors);
  });

  test(`${lang}: taking the step twice walks w = 1 → 1.4 → 1.72; the w point moves by keyboard`, async ({ page }) => {
    const errors = watchErrors(page);
    const frame = await open(page, lang);
    const take = frame.getByRole('button', { name: L.take });
    await take.click();
    // At w = 1.4: g = 2(1.4 − 3) = −3.2; 1.4 + 0.32 = 1.72; E = (1.72 − 3)² = 1.6384; promise 2.56 − 0.1·10.24 = 1.536.
    await expect(frame.getByRole('textbox', { name: L.w })).toHaveValue('1.4');
    await expect(live(frame, 'next')).toHaveText('1.72');
    await expect(live(frame, 'actual')).toHaveText('1.638');
    await expect(live(frame, 'predicted')).toHaveText('1.536');
    await take.click();
    await expect(frame.getByRole('textbox', { name: L.w })).toHaveValue('1.72');

    await frame.getByRole('slider', { name: L.point }).focus();
    await page.keyboard.press('Home'); // w = −1: g = 2(−1 − 3) = −8; −1 − 0.1·(−8) = −0.2; E = (−3.2)² = 10.24
    await expect(live(frame, 'next')).toHaveText('−0.2');
    await expect(live(frame, 'actual')).toHaveText('10.24');
    await page.keyboard.press('ArrowRight'); // w = −0.95: g = −7.9, −0.95 + 0.79 = −0.16, E = 3.16² = 9.9856
    await expect(frame.getByRole('textbox', { name: L.w })).toHaveValue('-0.95');
    await expect(live(frame, 'actual')).toHaveText('9.986');
    await expectClean(page, errors);
  });
}

test('a large η overshoots; one that would leave the plot turns the step button off', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  const eta = frame.getByRole('textbox', { name: /^Learning rate η/ });
  await commit(page, eta, '1.1');
  // 1 + 1.1·4 = 5.4, E = 2.4² = 5.76 > 4, though the tangent promised 4 − 1.1·16 = −13.6.
  await expect(live(frame, 'next')).toHaveText('5.4');
  await expect(live(frame, 'actual')).toHaveText('5.76');
  await expect(live(frame, 'predicted')).toHaveText('−13.6');
  await expect(verdict(frame)).toHaveAttribute('data-kind', 'osOvershoot');
  await expect(frame.getByRole('button', { name: 'Take the step' })).toBeEnabled();
  // On the top plot both dots sit above w = 5.4, the promise (−13.6) far below the result (5.76).
  const cy = (id: string) => frame.locator(`.nn-os-plot`).first().locator(`circle.nn-mark[data-mark="${id}"]`).evaluate((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]);
  const [actual, promised] = [await cy('actual'), await cy('predicted')];
  expect(actual[0]).toBeCloseTo(promised[0], 6);
  expect(promised[1] - actual[1]).toBeGreaterThan(50);

  // η = 2: 1 + 8 = 9, beyond w = 7.
  await commit(page, eta, '2');
  await expect(live(frame, 'next')).toHaveText('9');
  await expect(frame.getByRole('button', { name: 'Take the step' })).toBeDisabled();
  await expect(verdict(frame)).toContainText('outside');

  // The η point's End key: η to the axis' end, 1.25·2 = 2.5 here → 1 + 10 = 11.
  await frame.getByRole('slider', { name: 'η on the plot' }).focus();
  await page.keyboard.press('End');
  await expect(eta).toHaveValue('2.5');
  await expect(live(frame, 'next')).toHaveText('11');
  await expectClean(page, errors);
});

test('the neuron curve starts at w = −1, η = 10: g = (σ(−1) − 0.8)·σ(−1)(1 − σ(−1)) = −0.1044', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  await frame.getByRole('combobox', { name: /^Error curve/ }).selectOption('neuron');
  // σ(−1) = 0.268941; (0.268941 − 0.8)·0.268941·0.731059 = −0.104412; E = ½(0.531059)² = 0.141012.
  // w − ηg = −1 + 1.044125 = 0.044125; σ(0.044125) = 0.511029, E = ½(0.288971)² = 0.041752.
  await expect(frame.getByRole('textbox', { name: /^Weight w/ })).toHaveValue('-1');
  await expect(frame.getByRole('textbox', { name: /^Learning rate η/ })).toHaveValue('10');
  await expect(live(frame, 'g')).toHaveText('(−0.1044)');
  await expect(live(frame, 'error')).toHaveText('0.141');
  await expect(live(frame, 'next')).toHaveText('0.04412');
  await expect(live(frame, 'actual')).toHaveText('0.04175');
  // Promise 0.141012 − 10·0.010902 = 0.031992.
  await expect(live(frame, 'predicted')).toHaveText('0.03199');
  await expect(page).toHaveURL(/one-step\.curve=neuron/);
  await expectClean(page, errors);
});

test('URL state survives a reload; a mangled w and an η out of range give notices and the defaults', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page);
  await frame.getByRole('button', { name: 'Take the step' }).click();
  await expect(page).toHaveURL(/one-step\.w=1\.4/);
  await page.reload();
  frame = await showWidget(page, ID);
  await expect(live(frame, 'next')).toHaveText('1.72');

  frame = await open(page, 'en', `?${ID}.w=abc&${ID}.eta=500`);
  await expect(frame.locator('.widget-notice-box li')).toHaveCount(2);
  await expect(frame.locator('.widget-notice-box')).toContainText('abc');
  await expect(frame.locator('.widget-notice-box')).toContainText('500');
  await expect(frame.getByRole('textbox', { name: /^Weight w/ })).toHaveValue('1');
  await expect(live(frame, 'actual')).toHaveText('2.56');
  await expectClean(page, errors);
});

axeInEveryTheme(
  ID,
  async (frame) => {
    await frame.getByRole('textbox', { name: /^Learning rate η/ }).fill('1.1');
    await frame.getByRole('textbox', { name: /^Learning rate η/ }).press('Enter');
    await expect(verdict(frame)).toHaveAttribute('data-kind', 'osOvershoot');
  },
);

demoPagesWork(ID, async (frame) => {
  await frame.getByRole('button', { name: /^(Take the step|스텝 밟기)$/ }).click();
  await expect(live(frame, 'next')).toHaveText('1.72');
});
