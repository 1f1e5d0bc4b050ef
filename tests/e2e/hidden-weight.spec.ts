import { expect, test, type Locator, type Page } from '@playwright/test';
import { commit, demoPath, expectClean, LANGS, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * The hidden weight, live (backpropagation, #hidden-weight), driven as a reader would. Every expected
 * number is derived by hand in the comments, on two chains:
 *
 *  - the chapter's x = 1, w₁ = 0.5, w₂ = −0.3, y′ = 1 (the default): h = sig(0.5) = 0.622459,
 *    y = sig(−0.186738) = 0.453451, y − y′ = −0.546549, y(1 − y) = 0.247833, h(1 − h) = 0.235004,
 *    ∂y/∂h = 0.247833·(−0.3) = −0.074350, ∂E/∂w₁ = −0.546549·(−0.074350)·0.235004 = 0.009550;
 *  - w₂ = 0.5 instead: y = sig(0.311230) = 1/(1 + 0.732546) = 0.577185, y − y′ = −0.422815,
 *    y(1 − y) = 0.244042, ∂y/∂h = 0.122021, ∂E/∂w₁ = −0.422815·0.122021·0.235004 = −0.01212439,
 *    E = ½·0.422815² = 0.089386; one step with η = 0.5: w₁ = 0.5 + 0.5·0.01212439 = 0.506062,
 *    h = sig(0.506062) = 0.623880, y = sig(0.311940) = 0.577358, E = ½·0.422642² = 0.089313.
 */
const ID = 'hidden-weight';

async function open(page: Page, lang = 'en', query = ''): Promise<Locator> {
  await page.goto(demoPath(ID, lang, query));
  return showWidget(page, ID);
}

const live = (frame: Locator, name: string) => frame.locator(`.katex-html [data-live-value="${name}"]`).first();
const field = (frame: Locator, i: number) => frame.locator('.nn-layout-controls input').nth(i);
const W1 = 1;
const W2 = 2;

for (const lang of LANGS) {
  test(`${lang}: the chapter's example: ∂y/∂h = −0.0743, ∂E/∂w₁ = 0.009550, and the check agrees`, async ({ page }) => {
    const errors = watchErrors(page);
    const frame = await open(page, lang);
    await expect(live(frame, 'h')).toHaveText('0.6225');
    await expect(live(frame, 'y')).toHaveText('0.4535');
    await expect(live(frame, 'err')).toHaveText('(−0.5465)');
    await expect(live(frame, 'sy')).toHaveText('0.2478');
    await expect(live(frame, 'sh')).toHaveText('0.2350');
    await expect(live(frame, 'dyh')).toHaveText('(−0.0743)');
    await expect(live(frame, 'g1')).toHaveText('0.009550');
    // Ten numbered lines of the derivation, and the check's two numbers equal to 8 decimals: 0.00954959.
    await expect(frame.locator('.nn-bc-lines > li')).toHaveCount(10);
    await expect(frame.locator('[data-live-value="fd"]').first()).toHaveText('0.00954959');
    await expect(frame.locator('.nn-hw-verdict')).toHaveAttribute('data-agree', 'true');
    await expect(frame.locator('.nn-hw-verdict')).toContainText(lang === 'en' ? 'They agree' : '둘이 일치한다');
    // The diagram carries the same numbers.
    await expect(frame.locator('[data-part="slope:2"] .nn-chain-value')).toHaveText('0.2478');
    await expectClean(page, errors);
  });
}

test('w₂ = 0.5 by hand: every line follows; the shared group (y − y′)·y(1 − y) = −0.1032; the check equals −0.01212439', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  await commit(page, field(frame, W2), '0.5');
  await expect(live(frame, 'y')).toHaveText('0.5772');
  await expect(live(frame, 'err')).toHaveText('(−0.4228)');
  await expect(live(frame, 'sy')).toHaveText('0.2440');
  await expect(live(frame, 'dyh')).toHaveText('0.1220');
  await expect(live(frame, 'g1')).toHaveText('−0.012124');
  // −0.422815 · 0.244042 = −0.103185
  await expect(live(frame, 'shared')).toHaveText('(−0.1032)');
  await expect(frame.locator('.nn-hw-shared-note')).toContainText('−0.1032');
  await expect(frame.locator('[data-live-value="fd"]').first()).toHaveText('−0.01212439');
  await expect(frame.locator('.nn-hw-verdict')).toContainText('−0.01212439');
  await expect(page).toHaveURL(/hidden-weight\.w2=0\.5/);
  await expectClean(page, errors);
});

test('w₂ = 0: no error reaches w₁, so ∂E/∂w₁ = 0 and the finite difference is 0 too', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  await commit(page, field(frame, W2), '0');
  // y = sig(0) = 0.5 whatever h is: E does not depend on w₁.
  await expect(live(frame, 'y')).toHaveText('0.5000');
  await expect(live(frame, 'g1')).toHaveText('0.000000');
  await expect(frame.locator('[data-live-value="fd"]').first()).toHaveText('0.00000000');
  await expect(frame.locator('.nn-hw-verdict')).toHaveAttribute('data-agree', 'true');
  await expectClean(page, errors);
});

test('a factor lights its links of the chain, a product all of them; the chain and the lines light the factor', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  const host = frame.locator('nn-hidden-weight');
  // ∂y/∂h = y(1 − y)·w₂: the output unit's slope and the edge w₂.
  await frame.locator('.nn-bc-factor[data-factor="dyh"]').focus();
  await expect(host).toHaveAttribute('data-factor', 'dyh');
  await expect(frame.locator('[data-part="slope:2"]')).toHaveClass(/nn-chain-lit/);
  await expect(frame.locator('[data-part="edge:2"]')).toHaveClass(/nn-chain-lit/);
  await expect(frame.locator('[data-part="slope:1"]')).not.toHaveClass(/nn-chain-lit/);
  await frame.locator('.nn-bc-factor[data-factor="dyh"]').blur();
  // Pointing at ∂h/∂w₁'s number in a line lights the hidden unit's slope and x.
  await live(frame, 'dhw').hover();
  await expect(host).toHaveAttribute('data-factor', 'dhw');
  await expect(frame.locator('[data-part="slope:1"]')).toHaveClass(/nn-chain-lit/);
  await expect(frame.locator('[data-part="unit:0"]')).toHaveClass(/nn-chain-lit/);
  // Pointing at the chain's error box lights (y − y′) in the lines.
  await frame.locator('[data-part="error"]').hover();
  await expect(host).toHaveAttribute('data-factor', 'err');
  await expectClean(page, errors);
});

test('a step on w₁ alone (keyboard): w₁ 0.5 → 0.506062, E 0.089386 → 0.089313, w₂ kept; the URL restores it', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page);
  await commit(page, field(frame, W2), '0.5');
  await expect(frame.locator('.nn-hw-status')).toContainText('0.5061'); // the next w₁, before stepping
  await frame.getByRole('button', { name: 'Take a step on w₁' }).focus();
  await page.keyboard.press('Enter');
  await expect(field(frame, W1)).toHaveValue('0.506062');
  await expect(field(frame, W2)).toHaveValue('0.5');
  await expect(frame.locator('.nn-hw-status')).toContainText('0.089386');
  await expect(frame.locator('.nn-hw-status')).toContainText('0.089313');
  await expect(frame.locator('.nn-hw-status')).toHaveAttribute('data-kind', 'down');
  await expect(page).toHaveURL(/hidden-weight\.w1=0\.506062/);
  await page.reload();
  frame = await showWidget(page, ID);
  await expect(field(frame, W1)).toHaveValue('0.506062');
  await expect(live(frame, 'h')).toHaveText('0.6239');
  await expectClean(page, errors);
});

test('junk: a mangled URL gives notices and the defaults; bad field input gives a message, out of range is clamped', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page, 'en', `?${ID}.w1=abc&${ID}.yt=7`);
  await expect(frame.locator('.widget-notice-box li')).toHaveCount(2);
  await expect(frame.locator('.widget-notice-box')).toContainText('abc');
  await expect(field(frame, W1)).toHaveValue('0.5');
  await expect(live(frame, 'g1')).toHaveText('0.009550');

  frame = await open(page);
  for (const bad of ['abc', '', '0,5']) {
    await commit(page, field(frame, W1), bad);
    await expect(frame.locator('.nn-field-message').filter({ hasText: /\S/ }).first()).toBeVisible();
    await expect(live(frame, 'g1')).toHaveText('0.009550');
  }
  await commit(page, field(frame, W1), '9');
  await expect(frame.locator('.nn-field-message').filter({ hasText: /\S/ }).first()).toContainText('4');
  await expect(live(frame, 'w1')).toHaveText('4.0000');
  // x = 0.5, w₁ = −3.9, w₂ = −4, y′ = 1, η = 10: h = sig(−1.95) = 0.124553, h(1 − h) = 0.109040,
  // y = sig(−0.498213) = 0.377961, y(1 − y) = 0.235106, ∂E/∂w₁ = (−0.622039)(0.235106)(−4)(0.109040)(0.5)
  // = 0.031893, so w₁ would go to −3.9 − 0.31893 = −4.2189, past −4: the step is refused and said so.
  await commit(page, field(frame, 0), '0.5');
  await commit(page, field(frame, W2), '-4');
  await commit(page, field(frame, 4), '10');
  await commit(page, field(frame, W1), '-3.9');
  await expect(live(frame, 'g1')).toHaveText('0.031893');
  await frame.getByRole('button', { name: 'Take a step on w₁' }).click();
  await expect(frame.locator('.nn-hw-status')).toHaveAttribute('data-kind', 'refused');
  await expect(frame.locator('.nn-hw-status')).toContainText('−4.2189');
  await expect(field(frame, W1)).toHaveValue('-3.9');
  await expectClean(page, errors);
});

axeInEveryTheme(
  ID,
  async (frame) => {
    await frame.locator('.nn-bc-factor[data-factor="dhw"]').click();
    await frame.getByRole('button', { name: 'Take a step on w₁' }).click();
    await expect(frame.locator('.nn-hw-status')).toHaveAttribute('data-kind', /down|up/);
  },
);

demoPagesWork(ID, async (frame) => {
  await frame.getByRole('button', { name: /^(Take a step on w₁|w₁만 한 단계 학습)$/ }).click();
  await expect(frame.locator('.nn-hw-status')).toHaveAttribute('data-kind', 'down');
});
