import { expect, test, type Locator, type Page } from '@playwright/test';
import { commit, demoPath, expectClean, LANGS, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * One neuron, number by number (perceptron, #neuron), driven as a reader would; every expected number
 * is derived by hand in the comments: the opening neuron, a weight set to 0, the bias dragged along f by
 * keyboard, the activations, the presets, URL state and a hand-mangled URL, axe, the demo pages.
 */
const ID = 'neuron-model';

async function open(page: Page, lang = 'en', query = ''): Promise<Locator> {
  await page.goto(demoPath(ID, lang, query));
  return showWidget(page, ID);
}

const live = (frame: Locator, name: string) => frame.locator(`[data-live-value="${name}"]`).first();
const verdict = (frame: Locator) => frame.locator('.nn-nm-verdict');

for (const lang of LANGS) {
  test(`${lang}: opens on x = (1, 0.5, −1), w = (0.8, −0.4, 0.3), b = −0.2: net = 0.1, the step fires`, async ({ page }) => {
    const errors = watchErrors(page);
    const frame = await open(page, lang);
    // Products 0.8·1 = 0.8, −0.4·0.5 = −0.2, 0.3·(−1) = −0.3; net = 0.3 − 0.2 = 0.1 ≥ 0 → y = 1.
    await expect(live(frame, 'p1')).toHaveText('0.8');
    await expect(live(frame, 'p2')).toHaveText('(−0.2)');
    await expect(live(frame, 'p3')).toHaveText('(−0.3)');
    await expect(live(frame, 'net')).toHaveText('0.1');
    await expect(live(frame, 'y')).toHaveText('1');
    await expect(verdict(frame)).toHaveAttribute('data-fires', 'true');
    // Four bars and the total: w₁x₁, w₂x₂, w₃x₃, b, net.
    await expect(frame.locator('.nn-sum-row')).toHaveCount(5);
    await expectClean(page, errors);
  });
}

test('a weight of 0 silences its input; a lower bias stops the step from firing; sigmoid gives 0.525', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  // w₁ = 0: x₁ no longer matters, net = 0 − 0.2 − 0.3 − 0.2 = −0.7 < 0 → quiet.
  await commit(page, frame.getByRole('textbox', { name: /^w₁/ }), '0');
  await expect(live(frame, 'net')).toHaveText('−0.7');
  await expect(verdict(frame)).toHaveAttribute('data-fires', 'false');
  await expect(frame.locator('.nn-nm-roles')).toContainText('x₁ (0)');
  // Back to w₁ = 0.8 and b = −0.4: net = 0.3 − 0.4 = −0.1 < 0 → quiet; the bias alone switched it off.
  await commit(page, frame.getByRole('textbox', { name: /^w₁/ }), '0.8');
  await commit(page, frame.getByRole('textbox', { name: /^Bias b/ }), '-0.4');
  await expect(live(frame, 'net')).toHaveText('−0.1');
  await expect(live(frame, 'y')).toHaveText('0');
  // sig(−0.1) = 1/(1 + e^0.1) = 1/2.105171 = 0.475021.
  await frame.getByRole('combobox', { name: /^Activation f/ }).selectOption('sigmoid');
  await expect(live(frame, 'y')).toHaveText('0.475');
  await expect(frame.locator('.nn-nm-definition')).toContainText('sigmoid');
  await expect(page).toHaveURL(/neuron-model\.b=-0\.4/);
  await expect(page).toHaveURL(/neuron-model\.f=sigmoid/);
  await expectClean(page, errors);
});

test('moving the point along f by keyboard moves the bias and nothing else', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  // net = 0.1; two steps left (0.1 each) → net = −0.1, so b = −0.1 − 0.3 = −0.4.
  const point = frame.getByRole('slider', { name: /^net on the activation/ });
  await point.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(live(frame, 'net')).toHaveText('−0.1');
  await expect(frame.getByRole('textbox', { name: /^Bias b/ })).toHaveValue('−0.4');
  await expect(live(frame, 'p1')).toHaveText('0.8');
  await expect(verdict(frame)).toHaveAttribute('data-fires', 'false');
  await expectClean(page, errors);
});

test('presets: AND fires for (1, 1); the veto input x₃ = 1 with w₃ = −3 silences it; URL survives a reload; junk is refused', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page);
  // AND: 1 + 1 + 0 − 1.5 = 0.5 ≥ 0 → fires.
  await frame.getByRole('button', { name: 'AND', exact: true }).click();
  await expect(live(frame, 'net')).toHaveText('0.5');
  await expect(verdict(frame)).toHaveAttribute('data-fires', 'true');
  // Veto: 1 + 1 − 3 − 0.5 = −1.5 < 0 → quiet.
  await frame.getByRole('button', { name: 'A veto input', exact: true }).click();
  await expect(live(frame, 'net')).toHaveText('−1.5');
  await expect(verdict(frame)).toHaveAttribute('data-fires', 'false');
  await expect(page).toHaveURL(/neuron-model\.w3=-3/);
  await page.reload();
  frame = await showWidget(page, ID);
  await expect(live(frame, 'net')).toHaveText('−1.5');

  frame = await open(page, 'en', `?${ID}.w2=abc&${ID}.b=99`);
  await expect(frame.locator('.widget-notice-box li')).toHaveCount(2);
  await expect(frame.locator('.widget-notice-box')).toContainText('abc');
  await expect(live(frame, 'net')).toHaveText('0.1');
  await expectClean(page, errors);
});

axeInEveryTheme(
  ID,
  async (frame) => {
    await frame.getByRole('combobox', { name: /^Activation f/ }).selectOption('tanh');
    await expect(frame.locator('.nn-nm-definition')).toContainText('tanh');
  },
);

demoPagesWork(ID, async (frame) => {
  await frame.getByRole('button', { name: 'OR', exact: true }).click();
  // OR with x = (1, 0, 0): 1 + 0 + 0 − 0.5 = 0.5.
  await expect(live(frame, 'net')).toHaveText('0.5');
});
