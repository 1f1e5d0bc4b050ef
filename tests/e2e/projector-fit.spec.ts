import { expect, test, type Page } from '@playwright/test';
import { DEMOS } from '../../src/data/demos';
import { measure, settle, type Fit } from './fit-measure';

/**
 * A lecturer projects a widget: the projector theme, the demo's page, Full screen. At 1280×720 and
 * 1920×1080, in both languages, every demo must then be whole on the screen — nothing scrolls,
 * nothing is cut off (by the screen or by a clipping box inside the widget) — and no text is smaller
 * than 24 px.
 */
const SCREENS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;
const MIN_TEXT_PX = 24;
/**
 * Demos whose fullest state comes after stepping (a formula with numbers, a verdict, a filled table):
 * they are measured again after pressing their step button this many times — the delta rule to its
 * converged AND run (24 updates), the forward pass to its last quantity.
 */
const STEPPED: Readonly<Record<string, { readonly button: RegExp; readonly presses: number }>> = {
  'delta-rule': { button: /^(Step|한 단계)$/, presses: 24 },
  // Both lines drawn and three epochs on the chart.
  'lms-gradient': { button: /^(Next|다음)$/, presses: 9 },
  'forward-pass': { button: /^(Next|다음)$/, presses: 6 },
  // The stepper at the end of the trace: the closing line, an update's formula, the table's last rows.
  'backprop-stepper': { button: /^(Last|끝)$/, presses: 1 },
  // The deeper chain at δ₂'s full line, the longest of its derivation (two rows at 1280 px).
  'backprop-deeper': { button: /^(Next|다음)$/, presses: 5 },
  // The chain's full-screen panel on ∂E/∂w₁, its longest group of lines.
  'backprop-chain': { button: /^∂E\/∂w₁$/, presses: 1 },
  // The hidden weight's full-screen panel on lines 6–10, the longest of its derivation.
  'hidden-weight': { button: /^(Lines 6–10|6–10번째 줄)$/, presses: 1 },
  // δ as a message, at the first hidden layer's first unit: its δ reads three δ's (the longest formula).
  'delta-reuse': { button: /^(Next|다음)$/, presses: 5 },
  // Whole layers at once on δ⁽¹⁾: W⁽²⁾, W⁽²⁾ᵀδ⁽²⁾ and the ⊙ line, its most matrices.
  'layer-matrices': { button: /^(Next|다음)$/, presses: 3 },
  // The softmax lab with its logits pushed to 1000: the literal form's NaNs beside the stable numbers.
  'softmax-lab': { button: /^c = 1000$/, presses: 1 },
  // The loss example with all five rows shown: the fullest table.
  'loss-example': { button: /^(Add example|예시 추가)$/, presses: 4 },
  // Both networks a few steps in: the loss and percentile lines drawn.
  'bn-with-without': { button: /^(Step|한 단계)$/, presses: 3 },
  // Both sides a few epochs in: the four loss lines drawn.
  'dropout-overfit': { button: /^(Step|한 단계)$/, presses: 3 },
  // The race a few steps in: eight paths, eight loss lines and the leaderboard's numbers.
  'optimizer-race': { button: /^(Step|한 단계)$/, presses: 3 },
  // SGD against GD after an epoch and a bit: both paths, the loss curves, the counts at their longest.
  'sgd-vs-gd': { button: /^(Step|한 단계)$/, presses: 12 },
  // Both paths and both loss lines a few steps in.
  'momentum-knobs': { button: /^(Step|한 단계)$/, presses: 5 },
  // The step inspectors a few steps in: the path, the arrows and the chart drawn, every formula with numbers.
  'inspect-nag': { button: /^(Next|다음)$/, presses: 3 },
  'inspect-adagrad': { button: /^(Next|다음)$/, presses: 3 },
  'inspect-rmsprop': { button: /^(Next|다음)$/, presses: 3 },
  'inspect-adadelta': { button: /^(Next|다음)$/, presses: 3 },
  'inspect-adam': { button: /^(Next|다음)$/, presses: 3 },
};

/** Nothing scrolls, nothing is cut off, no text is small; `when` names the state in the messages. */
function expectWhole(fit: Fit, when: string): void {
  expect(fit.fullscreen, `in full screen${when}`).toBe(true);
  expect(fit.scrolling, `boxes that scroll${when}`).toEqual([]);
  expect(fit.cut, `cut off${when}`).toEqual([]);
  expect(fit.small, `text under ${MIN_TEXT_PX} px${when}`).toEqual([]);
}

/** The demo's page in the projector theme, its widget started and in full screen. */
async function projectFullScreen(page: Page, path: string): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('lt-theme', 'projector'));
  await page.setViewportSize(SCREENS[0]);
  await page.goto(path);
  const figure = page.locator('figure.widget').first();
  await figure.scrollIntoViewIfNeeded();
  // Started: the widget's code has loaded (on demand) and drawn its layout; measured before that, the
  // page's build-time markup has none of the widget's full-screen rules.
  await expect(figure.locator('.widget-body :defined[data-nn-started]')).toHaveCount(1);
  await figure.locator('[data-nn-fullscreen]').click();
  await page.waitForFunction(() => document.fullscreenElement !== null);
}

/** Whole on each screen, one after the other, in the state the widget is in (`when` names it). */
async function expectWholeOnEveryScreen(page: Page, when = ''): Promise<void> {
  for (const screen of SCREENS) {
    await page.setViewportSize(screen);
    await settle(page);
    expectWhole(await page.evaluate(measure, MIN_TEXT_PX), ` at ${screen.width}×${screen.height}${when}`);
  }
}

// One page load measures both screens: the layout is the full-screen one at any size, and a resize
// redraws it as a new screen would.
for (const demo of DEMOS) {
  for (const lang of ['en', 'ko'] as const) {
    test(`${demo.id} (${lang}) is whole in full screen at 1280×720 and 1920×1080, projector theme, text ≥ ${MIN_TEXT_PX} px`, async ({ page }) => {
      await projectFullScreen(page, `${lang === 'en' ? '' : '/ko'}/demos/${demo.id}/`);
      await expectWholeOnEveryScreen(page);

      const stepped = STEPPED[demo.id];
      if (!stepped) return;
      const button = page.locator('figure.widget').first().getByRole('button', { name: stepped.button });
      for (let k = 0; k < stepped.presses; k++) await button.click();
      await expectWholeOnEveryScreen(page, ` after ${stepped.presses} steps`);
    });
  }
}
/**
 * Demos measured again in another state their URL gives: the MAE-vs-MSE demo with its line predictor
 * (more controls in the column, a third formula block) and the outlier; the cross-entropy demo with
 * the focal loss and label smoothing of "Since then" (the focal curve and readout, smoothed targets);
 * the Huber demo in its other case; the backward pass through batch normalization with its widest numbers.
 */
const ALSO_AT: Readonly<Record<string, string>> = {
  'mae-vs-mse': '?mae-vs-mse.fit=line&mae-vs-mse.n=4&mae-vs-mse.y4=2000&mae-vs-mse.m=440&mae-vs-mse.c=750',
  'cross-entropy': '?cross-entropy.gamma=2&cross-entropy.eps=0.1',
  // The Huber formula's quadratic case with its widest numbers: ½ · (−999)², |−999| ≤ 1000, 499000.5.
  huber: '?huber.r=-999&huber.delta=1000',
  // The backward pass with its widest numbers: negative γ, b and ∂ℓ/∂y at the ends of their ranges.
  'bn-backward': '?bn-backward.gamma=-3&bn-backward.b=-5&bn-backward.dy=-10_10_-10_-9.5&bn-backward.i=3',
  // Momentum past its stable edge: the longest verdict (η must be under …).
  'momentum-knobs': '?momentum-knobs.eta=0.2&momentum-knobs.gamma=0.5',
};

for (const [id, query] of Object.entries(ALSO_AT)) {
  for (const lang of ['en', 'ko'] as const) {
    test(`${id} (${lang}) at ${query} is whole in full screen at 1280×720 and 1920×1080, projector theme, text ≥ ${MIN_TEXT_PX} px`, async ({ page }) => {
      await projectFullScreen(page, `${lang === 'en' ? '' : '/ko'}/demos/${id}/${query}`);
      await expectWholeOnEveryScreen(page);
    });
  }
}
