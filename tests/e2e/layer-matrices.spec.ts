import { expect, test, type Locator, type Page } from '@playwright/test';
import { TWO_TWO_TWO_PROBLEM, traceTrainingStep } from '../../src/core';
import { commit, demoPath, expectClean, LANGS, showWidget, watchErrors } from './widget-helpers';
import { axeInEveryTheme, demoPagesWork } from './widget-checks';

/**
 * Whole layers at once (backpropagation, #vectorised) driven as a reader would. The expected numbers
 * are derived by hand (tests/unit/widgets/layer-matrices/model.test.ts writes the derivation out):
 * on the stepper's 2-2-2 network, δ⁽²⁾ = (−0.1069, 0.1314), W⁽²⁾ᵀ = [[0.7, −0.3], [−0.5, 0.6]],
 * W⁽²⁾ᵀδ⁽²⁾ = (−0.1142, 0.1323), δ⁽¹⁾ = (−0.0285, 0.0314); on chapter 1's 2-2-1,
 * ∂E/∂W⁽²⁾ = [−0.0561 −0.0653], ∂E/∂W⁽¹⁾ row 2 = (0.0127, 0.0064).
 */
const ID = 'layer-matrices';

async function open(page: Page, lang = 'en', query = ''): Promise<Locator> {
  await page.goto(demoPath(ID, lang, query));
  return showWidget(page, ID);
}

const entry = (frame: Locator, key: string) => frame.locator(`.nn-lm-lines [data-cell="${key}"]`).first();
const next = (frame: Locator) => frame.locator('.nn-step-next');
const detail = (frame: Locator) => frame.locator('.nn-lm-detail');
const counter = (frame: Locator) => frame.locator('.nn-step-counter');
const STEP = { en: (n: number) => `Step ${n} of 4`, ko: (n: number) => `4단계 중 ${n}단계` };

for (const lang of LANGS) {
  test(`${lang}: δ⁽¹⁾ as (W⁽²⁾ᵀδ⁽²⁾) ⊙ f′, each entry showing its per-unit sum and the stepper step it equals`, async ({ page }) => {
    const errors = watchErrors(page);
    const frame = await open(page, lang);
    for (let k = 0; k < 3; k++) await next(frame).click();
    await expect(counter(frame)).toHaveText(STEP[lang](3));
    // The transpose swaps rows and columns: W⁽²⁾ row 2 col 1 (−0.3) is W⁽²⁾ᵀ row 1 col 2.
    await expect(entry(frame, 'w.1.0')).toHaveText('−0.3');
    await expect(entry(frame, 'wt.0.1')).toHaveText('−0.3');
    await expect(entry(frame, 'r.0')).toHaveText('−0.1142');
    await expect(entry(frame, 'r.1')).toHaveText('0.1323');
    await expect(entry(frame, 'd.0')).toHaveText('−0.0285');
    await expect(entry(frame, 'd.1')).toHaveText('0.0314');

    await entry(frame, 'r.1').hover();
    // (W⁽²⁾ᵀδ⁽²⁾)₂ = w₁₂δ₁ + w₂₂δ₂ = (−0.5)(−0.1069) + 0.6·0.1314 = 0.1323.
    await expect(detail(frame)).toHaveText('(W⁽²⁾ᵀδ⁽²⁾)₂ = Σₖ w⁽²⁾ₖ₂ δ⁽²⁾ₖ = (−0.5) · (−0.1069) + 0.6 · 0.1314 = 0.1323');
    for (const key of ['wt.1.0', 'wt.1.1', 'w.0.1', 'w.1.1', 'da.0', 'da.1']) await expect(entry(frame, key)).toHaveClass(/nn-lm-used/);
    await expect(entry(frame, 'wt.0.0')).not.toHaveClass(/nn-lm-used/);
    // On the diagram: the weights leaving h₂.
    await expect(frame.locator('.nn-edge[data-id="e2.1.0"]')).toHaveClass(/nn-hl/);
    await expect(frame.locator('.nn-edge[data-id="e2.1.1"]')).toHaveClass(/nn-hl/);
    // The stepper's δ⁽¹⁾₂: step 13 of 37 (8 forward values, E, 4 δ's; 37 with 12 gradients and 12 updates).
    const stepper = frame.locator('.nn-lm-stepper');
    await expect(stepper).toHaveAttribute('data-trace', 'delta.1.2');
    await expect(stepper).toContainText(lang === 'en' ? 'step 13 of 37' : '37단계 중 13단계');
    await expect(stepper.locator('math').last()).toContainText('0.0314');
    await expectClean(page, errors);
  });
}

test('2-2-1: the outer products δ(a)ᵀ give chapter 1’s gradients; y′₂ is not asked for', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  await frame.locator('.nn-lm-settings select').selectOption('221');
  await expect(frame.getByLabel('Target y′₂')).toBeHidden();
  await next(frame).click();
  // δ⁽²⁾ = (0.5652 − 1) · 0.5652 · 0.4348 = −0.1069.
  await expect(entry(frame, 'd.0')).toHaveText('−0.1069');
  await next(frame).click();
  await expect(entry(frame, 'g.0.0')).toHaveText('−0.0561');
  await expect(entry(frame, 'g.0.1')).toHaveText('−0.0653');
  await next(frame).click();
  await next(frame).click();
  await entry(frame, 'g.1.0').hover();
  // ∂E/∂w⁽¹⁾₂₁ = δ⁽¹⁾₂ · x₁ = 0.0127 · 1.
  await expect(detail(frame)).toHaveText('∂E/∂w⁽¹⁾₂₁ = δ⁽¹⁾₂ · x₁ = 0.0127 · 1 = 0.0127');
  await expect(entry(frame, 'd.1')).toHaveClass(/nn-lm-used/);
  await expect(entry(frame, 'a.0')).toHaveClass(/nn-lm-used/);
  await expect(frame.locator('.nn-edge[data-id="e1.0.1"]')).toHaveClass(/nn-hl/);
  await expect(frame.locator('.nn-lm-stepper')).toHaveAttribute('data-trace', 'grad.W.1.2.1');
  await expectClean(page, errors);
});

test('keyboard: Tab to an entry, → steps on with the focus on the new step’s entry, ← back', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page);
  await next(frame).focus();
  for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowRight');
  await entry(frame, 'd.1').focus();
  await expect(detail(frame)).toContainText('δ⁽¹⁾₂ = (W⁽²⁾ᵀδ⁽²⁾)₂ · f′(net⁽¹⁾₂) = 0.1323 · 0.2378 = 0.0314');
  await page.keyboard.press('ArrowRight');
  await expect(counter(frame)).toHaveText(STEP.en(4));
  await expect(entry(frame, 'g.0.0')).toBeFocused();
  await expect(detail(frame)).toContainText('∂E/∂w⁽¹⁾₁₁ = δ⁽¹⁾₁ · x₁');
  await page.keyboard.press('Tab');
  await expect(entry(frame, 'g.0.1')).toBeFocused();
  await expect(detail(frame)).toContainText('= (−0.0285) · 0.5 = −0.0142');
  await page.keyboard.press('ArrowLeft');
  await expect(counter(frame)).toHaveText(STEP.en(3));
  await expect(entry(frame, 'r.0')).toBeFocused();
  await expectClean(page, errors);
});

test('the URL keeps network, input and step; junk in the URL or a field gets a message', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page);
  await commit(page, frame.getByLabel('Input x₁'), '2');
  for (let k = 0; k < 3; k++) await next(frame).click();
  await expect.poll(() => page.url()).toContain('layer-matrices.step=3');
  expect(page.url()).toContain('layer-matrices.x1=2');
  await page.reload();
  frame = await showWidget(page, ID);
  await expect(counter(frame)).toHaveText(STEP.en(3));
  // The stepper's trace of the same problem (the core's per-unit path) gives the numbers shown.
  const problem = { ...TWO_TWO_TWO_PROBLEM, input: [2, 0.5] };
  const { summary } = traceTrainingStep(problem, problem, { learningRate: problem.learningRate });
  const shown = (v: number) => (v < 0 ? `−${Math.abs(v).toFixed(4)}` : v.toFixed(4));
  await expect(entry(frame, 'd.0')).toHaveText(shown(summary.backward[0].delta[0]));
  await expect(entry(frame, 'd.1')).toHaveText(shown(summary.backward[0].delta[1]));

  // Junk in a field: a message, and nothing reaches the numbers; out of range: brought to the bound, said so.
  const x2 = frame.getByLabel('Input x₂');
  await commit(page, x2, 'abc');
  await expect(frame.locator('.nn-field-message').nth(1)).toContainText('not a number');
  await expect(entry(frame, 'd.1')).toHaveText(shown(summary.backward[0].delta[1]));
  await commit(page, x2, '9');
  await expect(frame.locator('.nn-field-message').nth(1)).toContainText('5');
  await expect(x2).toHaveValue('5');
  const clamped = { ...TWO_TWO_TWO_PROBLEM, input: [2, 5] };
  const after = traceTrainingStep(clamped, clamped, { learningRate: clamped.learningRate }).summary;
  await expect(entry(frame, 'd.1')).toHaveText(shown(after.backward[0].delta[1]));

  frame = await open(page, 'en', '?layer-matrices.net=333&layer-matrices.x1=abc&layer-matrices.step=9');
  await expect(page.locator(`#widget-${ID} .widget-notice-box li`)).toHaveCount(3);
  await expect(counter(frame)).toHaveText(STEP.en(0));
  await expect(frame.getByLabel('Input x₁')).toHaveValue('1');
  await expectClean(page, errors);
});

axeInEveryTheme(ID, async (frame) => {
  for (let k = 0; k < 3; k++) await next(frame).click();
  await entry(frame, 'r.1').hover();
  await expect(detail(frame)).toContainText('0.1323');
});

demoPagesWork(ID, async (frame) => {
  await next(frame).click();
  await expect(entry(frame, 'd.0')).toHaveText('−0.1069');
});
