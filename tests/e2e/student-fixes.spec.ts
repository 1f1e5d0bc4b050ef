/**
 * What a student ran into (issue 16), each driven as the student would and checked against the core:
 * the stepper's check mode after "Jump to" (the phase's first quantity is asked, the counter and the
 * diagram name it, the last verdict goes), feedback that keeps the exercise ("close" says no value; a
 * dropped ½ at E is named), a hidden δ's formula that wraps inside its box, biases on the diagrams,
 * keys in full screen at once, keyboards with a minus and 24 px check boxes on phones, the Korean
 * words, the delta rule's step row, the neuron's formula and range message, and screen-reader
 * summaries that follow the reader's own step.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { checkAnswer, traceTrainingStep } from '../../src/core';
import { makeLogicGate } from '../../src/core/datasets/logic-gates';
import { createPerceptron, deltaRuleStep, perceptronOutput } from '../../src/core/perceptron';
import { DEFAULT_PROBLEM, traceOptionsOf } from '../../src/widgets/stepper/problem-url';
import { LANGS, watchErrors, expectClean } from './widget-helpers';

const prefix = (lang: string) => (lang === 'ko' ? '/ko' : '');
const OPTIONS = traceOptionsOf(DEFAULT_PROBLEM, { dec: '4', rounded: false, notation: 'delta' });
const STEPS = traceTrainingStep({ layers: DEFAULT_PROBLEM.layers }, DEFAULT_PROBLEM, { ...OPTIONS, markOperands: false }).steps;
const counterText = (lang: string, step: number) => (lang === 'ko' ? `${STEPS.length}단계 중 ${step}단계` : `Step ${step} of ${STEPS.length}`);
/** The index of a step by id (the step the reader is asked for is number index + 1). */
const indexOf = (id: string) => STEPS.findIndex((s) => s.id === id);

async function openStepper(page: Page, lang: string, query = ''): Promise<Locator> {
  await page.goto(`${prefix(lang)}/backpropagation/${query}`);
  const widget = page.locator('nn-backprop-stepper');
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.locator('.nn-step-counter')).toBeVisible();
  return widget;
}

for (const lang of LANGS) {
  test.describe(`${lang}: the backprop stepper's check mode`, () => {
    test('Jump to asks the phase’s first quantity; counter and diagram name it; the last verdict goes', async ({ page }) => {
      const errors = watchErrors(page);
      const widget = await openStepper(page, lang);
      await widget.locator('.nn-st-quiz-toggle input').check();
      const answer = widget.locator('.nn-st-quiz-form input');
      const asked = widget.locator('.nn-st-quiz-form label math');
      const message = widget.locator('.nn-st-quiz-message');
      const counter = widget.locator('.nn-step-counter');
      const jump = widget.locator('.nn-st-bar select');

      // step 1 asked: the counter names step 1, not 0
      await expect(counter).toHaveText(counterText(lang, 1));
      await answer.fill(STEPS[0].value.toFixed(4));
      await answer.press('Enter');
      await expect(message).toHaveAttribute('data-verdict', 'correct');
      await expect(counter).toHaveText(counterText(lang, 2)); // out.1.1 asked next

      // Jump to δ's: δ⁽²⁾₁ is asked (not δ⁽²⁾₂), as step 10; its unit is lit; the "Right: net…" is gone
      const delta21 = indexOf('delta.2.1');
      await jump.selectOption({ index: 2 });
      await expect(asked).toHaveAttribute('alttext', STEPS[delta21].symbol);
      await expect(counter).toHaveText(counterText(lang, delta21 + 1));
      await expect(message).toHaveText('');
      await expect(message).not.toHaveAttribute('data-verdict', /./);
      await expect(widget.locator('.nn-st-diagram .nn-unit.nn-hl')).toHaveAttribute('data-id', 'u2.0');
      await answer.fill(STEPS[delta21].value.toFixed(4));
      await answer.press('Enter');
      await expect(message).toHaveAttribute('data-verdict', 'correct');
      await expect(asked).toHaveAttribute('alttext', STEPS[delta21 + 1].symbol);

      // Jump to updates: the first update (new w⁽²⁾₁₁) is asked, and its right value is marked right
      const firstUpdate = STEPS.findIndex((s) => s.phase === 'update');
      await jump.selectOption({ index: 4 });
      await expect(asked).toHaveAttribute('alttext', STEPS[firstUpdate].symbol);
      await expect(counter).toHaveText(counterText(lang, firstUpdate + 1));
      await answer.fill(STEPS[firstUpdate].value.toFixed(4));
      await answer.press('Enter');
      await expect(message).toHaveAttribute('data-verdict', 'correct');
      await expect(widget.locator('tr.nn-st-current')).toHaveAttribute('data-id', STEPS[firstUpdate].id);
      await expectClean(page, errors);
    });

    test('"close" keeps the exercise (no value shown, retype); E without the ½ is named as such', async ({ page }) => {
      const widget = await openStepper(page, lang);
      await widget.locator('.nn-st-quiz-toggle input').check();
      const answer = widget.locator('.nn-st-quiz-form input');
      const message = widget.locator('.nn-st-quiz-message');
      await widget.locator('.nn-st-bar select').selectOption({ index: 1 }); // error E, asked
      const E = STEPS[indexOf('E')];
      await expect(widget.locator('.nn-st-quiz-form label math')).toHaveAttribute('alttext', 'E');

      // Σ(y − y′)² without the ½: twice E, and the message speaks of E, not ∂E/∂y
      await answer.fill((2 * E.value).toFixed(4));
      await answer.press('Enter');
      await expect(message).toHaveAttribute('data-verdict', 'mistake');
      await expect(message).toContainText(lang === 'en' ? 'twice E' : 'E의 두 배');
      await expect(message).not.toContainText('∂E/∂y');

      // a value the core calls close: the message does not give the answer away, the question stays
      const close = [3, 2].map((d) => E.value.toFixed(d)).find((text) => checkAnswer(DEFAULT_PROBLEM, OPTIONS, 'E', Number(text)).verdict === 'close');
      expect(close, 'a rounding of E that the core calls close').toBeDefined();
      await answer.fill(close!);
      await answer.press('Enter');
      await expect(message).toHaveAttribute('data-verdict', 'close');
      await expect(message).not.toContainText(E.value.toFixed(4));
      await expect(widget.locator('.nn-st-quiz-form label math')).toHaveAttribute('alttext', 'E');
      await expect(widget.locator('tr[data-id="E"]')).toHaveCount(0);
    });
  });
}

test.describe('the stepper on a laptop and a phone', () => {
  for (const [width, lang] of [
    [1280, 'en'],
    [375, 'ko'],
  ] as const) {
    test(`${width} px (${lang}): a hidden δ's formula wraps inside its box, the slope factor included`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const delta11 = indexOf('delta.1.1');
      const widget = await openStepper(page, lang, `?backprop-stepper.step=${delta11 + 1}`);
      await expect(widget.locator('tr.nn-st-current')).toHaveAttribute('data-id', 'delta.1.1');
      for (const line of await widget.locator('.nn-st-math').all()) {
        const { client, scroll } = await line.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
        expect(scroll, 'a formula line wider than its box').toBeLessThanOrEqual(client + 1);
      }
      // the slope factor h(1 − h) is on screen inside the formula box
      const box = (await widget.locator('.nn-st-numbers').boundingBox())!;
      const last = (await widget.locator('.nn-st-numbers .nn-st-chunk').last().boundingBox())!;
      expect(last.x + last.width).toBeLessThanOrEqual(box.x + box.width + 1);
      await expect(widget.locator('.nn-st-numbers .nn-st-chunk').last().locator('math')).toHaveAttribute('alttext', /\(1 - 0\.5250\)/);
    });
  }

  test('375 px: check boxes are at least 24 × 24 px; number boxes that take negatives get a keyboard with a minus', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const widget = await openStepper(page, 'en');
    const check = (await widget.locator('.nn-st-quiz-toggle input').boundingBox())!;
    expect(check.width).toBeGreaterThanOrEqual(24);
    expect(check.height).toBeGreaterThanOrEqual(24);
    await widget.locator('.nn-st-quiz-toggle input').check();
    // the answer box: no decimal keypad (iPhones' has no minus key)
    await expect(widget.locator('.nn-st-quiz-form input')).not.toHaveAttribute('inputmode', /decimal|numeric/);
    await widget.locator('.nn-st-setup > summary').click();
    await expect(widget.getByLabel(/w⁽¹⁾₁₂/)).not.toHaveAttribute('inputmode', /decimal|numeric/);
    await expect(widget.locator('.nn-st-sizes input')).not.toHaveAttribute('inputmode', /decimal|numeric/);
    // a box that takes no negative number keeps its keypad (the training loop's η: 0.01–10)
    await page.goto('/perceptron/');
    const loop = page.locator('nn-training-loop');
    await loop.scrollIntoViewIfNeeded();
    await expect(loop.getByRole('textbox').nth(1)).toHaveAttribute('inputmode', 'decimal');
  });

  test('biases are drawn: given, then updated; the forward pass’s net(h₁) can be redone from its diagram', async ({ page }) => {
    const widget = await openStepper(page, 'en');
    const bias = (unit: string) => widget.locator(`.nn-unit[data-id="${unit}"] .nn-unit-bias`);
    await expect(bias('u1.0')).toHaveText('b = 0.10');
    await expect(bias('u1.1')).toHaveText('b = −0.10');
    await expect(bias('u2.0')).toHaveText('b = 0.20');
    await expect(bias('u0.0')).toHaveText('');
    await widget.locator('.nn-step-last').click();
    const newB21 = STEPS[indexOf('new.b.2.1')].value; // 0.2 − 0.5·δ⁽²⁾₁
    await expect(bias('u2.0')).toHaveText(`b = ${newB21.toFixed(2)}`);

    await page.goto('/perceptron/');
    const fp = page.locator('nn-forward-pass');
    await fp.scrollIntoViewIfNeeded();
    await expect(fp.locator('.nn-step-counter')).toBeVisible();
    const num = async (locator: Locator) => Number((await locator.textContent())!.replace('b = ', '').replace('−', '-'));
    const [w11, w12, b1, x1, x2] = await Promise.all([
      num(fp.locator('.nn-edge-labels text[data-id="e1.0.0"]')),
      num(fp.locator('.nn-edge-labels text[data-id="e1.1.0"]')),
      num(fp.locator('.nn-unit[data-id="u1.0"] .nn-unit-bias')),
      num(fp.locator('.nn-unit[data-id="u0.0"] .nn-unit-value')),
      num(fp.locator('.nn-unit[data-id="u0.1"] .nn-unit-value')),
    ]);
    await fp.locator('.nn-step-next').click();
    // net(h₁) = w₁₁x₁ + w₁₂x₂ + b₁, from the numbers on the diagram alone
    const net = w11 * x1 + w12 * x2 + b1;
    expect(net).toBeCloseTo(0.1, 12); // 0.1·1 + (−0.2)·0.5 + 0.1, the chapter's example
    await expect.poll(async () => num(fp.locator('.nn-unit[data-id="u1.0"] .nn-unit-value'))).toBeCloseTo(net, 2);
  });

  test('full screen: → and PageDown step at once, while the Leave button has the focus', async ({ page }) => {
    const widget = await openStepper(page, 'en');
    await page.locator('figure#widget-backprop-stepper [data-nn-fullscreen]').click();
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await page.keyboard.press('ArrowRight');
    await expect(widget.locator('.nn-step-counter')).toHaveText(counterText('en', 1));
    await page.keyboard.press('PageDown');
    await expect(widget.locator('.nn-step-counter')).toHaveText(counterText('en', 2));
  });
});

test('ko: 2장, 바로 가기, 값을 대입하면, the set-up’s names in Korean; the title breaks between words at 375 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const widget = await openStepper(page, 'ko', '?backprop-stepper.step=1');
  await expect(page.locator('.chapter-number')).toHaveText('2장');
  await expect(widget.locator('.nn-step-jump label')).toHaveText('바로 가기');
  await expect(widget.locator('.nn-st-formula .nn-st-line-label').nth(1)).toHaveText('값을 대입하면');
  await widget.locator('.nn-st-setup > summary').click();
  await expect(widget.locator('.nn-st-activations')).toHaveText('활성 함수: 시그모이드, 손실 함수: 제곱 오차의 절반, E = ½Σ(y − y′)².');
  // "(Backpropagation)" on one line: the range over the word has a single line box
  const lines = await page.locator('.prose h1').evaluate((h1) => {
    const node = [...h1.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('Backpropagation'))!;
    const range = document.createRange();
    const start = node.textContent!.indexOf('(Backpropagation)');
    range.setStart(node, start);
    range.setEnd(node, start + '(Backpropagation)'.length);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });
  expect(lines).toBe(1);
});

test('delta rule, step 5: the marked row’s y is the step’s y (during → after the update)', async ({ page }) => {
  await page.goto('/perceptron/');
  const frame = page.locator('figure#widget-delta-rule');
  await frame.scrollIntoViewIfNeeded();
  await expect(frame.locator('nn-delta-rule .dr-root')).toBeVisible();
  // The widget's run in the core: AND, α = 0.1, zero weights, samples in row order.
  const data = makeLogicGate('and');
  const perceptron = createPerceptron(2);
  let last = { y: 0, after: 0, sample: 0 };
  for (let k = 0; k < 5; k++) {
    const sample = k % 4;
    const x = data.x.data.subarray(sample * 2, sample * 2 + 2);
    const u = deltaRuleStep(perceptron, x, data.y.data[sample], 0.1, { epoch: 1 + Math.floor(k / 4), sample });
    last = { y: u.y, after: perceptronOutput(perceptron, x), sample };
    await frame.getByRole('button', { name: 'Step', exact: true }).click();
  }
  expect(last.y, 'step 5 changes this sample’s y (the case the issue saw)').not.toBe(last.after);
  const row = frame.locator('.dr-truth tr[aria-current="true"]');
  await expect(row).toHaveAttribute('data-sample', String(last.sample));
  await expect(row.locator('td[data-col="y"]')).toHaveText(`${last.y} → ${last.after}`);
  await expect(frame.locator('.dr-step-line')).toContainText(`= ${last.y}`);
});

test('neuron: step(−1.5) with one pair of brackets; "−5 to 5" with a true minus', async ({ page }) => {
  await page.goto('/perceptron/?neuron.x1=0&neuron.x2=0');
  const frame = page.locator('figure#widget-neuron');
  await frame.scrollIntoViewIfNeeded();
  await expect(frame.locator('nn-neuron')).toHaveAttribute('data-nn-started', '');
  const formula = frame.locator('.katex-html').first();
  await expect(formula).toContainText('step(−1.50)');
  await expect(formula).not.toContainText('((');
  const w1 = frame.getByRole('textbox', { name: /w₁/ }).first();
  await w1.fill('9');
  await w1.press('Enter');
  const message = w1.locator('xpath=ancestor::div[contains(@class, "nn-field")][1]').locator('.nn-field-message');
  await expect(message).toContainText('−5 to 5');
  await expect(message).not.toContainText('-5');
});

test('screen-reader summaries follow the reader’s own step at once, not a second later', async ({ page }) => {
  await page.goto('/perceptron/');
  const fp = page.locator('nn-forward-pass');
  await fp.scrollIntoViewIfNeeded();
  const live = page.locator('#widget-forward-pass [data-nn-live]');
  await fp.locator('.nn-step-next').click();
  await expect(live).toContainText('Step 1 of 6');
  // a second step within the second: the summary says step 2 before the old one-second throttle would have
  await fp.locator('.nn-step-next').click();
  await expect(live).toContainText('Step 2 of 6', { timeout: 600 });

  const neuron = page.locator('figure#widget-neuron');
  await neuron.scrollIntoViewIfNeeded();
  await expect(neuron.locator('nn-neuron')).toHaveAttribute('data-nn-started', '');
  const neuronLive = neuron.locator('[data-nn-live]');
  await expect(neuronLive).toContainText('w₁ = 1,');
  await neuron.locator('[aria-roledescription]').first().focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(neuronLive).not.toContainText('w₁ = 1,', { timeout: 600 });
});
