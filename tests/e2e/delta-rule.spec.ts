/**
 * The delta-rule widget (chapter 1, #parameter-update) driven as a student would, in both languages:
 * step through an AND epoch and check every shown number against the core's deltaRuleStep, run AND to
 * convergence (the chapter's w = (0.2, 0.1), b = −0.3), see XOR's explanation, type bad values, use
 * the keyboard alone, share the settings by URL; plus console, axe in three themes, the demo page.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, watchErrors } from './widget-helpers';
import { makeLogicGate } from '../../src/core/datasets/logic-gates';
import { createPerceptron, deltaRuleStep } from '../../src/core/perceptron';
import { strings, type Lang } from '../../src/i18n';
import { fill } from '../../src/i18n/fill';
import { formatSubstituted, formatValue } from '../../src/widgets/delta-rule/numbers';

const chapter = (lang: Lang) => (lang === 'en' ? '/perceptron/' : '/ko/perceptron/');


/** Opens the page, brings the widget into view (it starts near the viewport) and waits for it. */
async function openWidget(page: Page, path: string) {
  await page.goto(path);
  const frame = page.locator('figure#widget-delta-rule');
  await frame.scrollIntoViewIfNeeded();
  await expect(frame.locator('nn-delta-rule .dr-root')).toBeVisible();
  return frame;
}

function parts(frame: ReturnType<Page['locator']>, lang: Lang) {
  const t = strings(lang);
  const buttons = frame.locator('.nn-transport-buttons');
  return {
    t,
    step: buttons.getByRole('button', { name: t.transportStep }),
    play: buttons.getByRole('button', { name: t.transportPlay }),
    reset: buttons.getByRole('button', { name: t.transportReset }),
    speed: buttons.getByRole('combobox', { name: t.transportSpeed }),
    gate: frame.getByRole('combobox', { name: t.deltaRuleGate }),
    alpha: frame.getByRole('textbox', { name: fill(t.fieldTyped, { label: t.deltaRuleAlpha }) }),
    w1: frame.getByRole('textbox', { name: t.deltaRuleW1, exact: true }),
    w2: frame.getByRole('textbox', { name: t.deltaRuleW2, exact: true }),
    b: frame.getByRole('textbox', { name: t.deltaRuleB, exact: true }),
    verdict: frame.locator('.dr-verdict'),
    counter: frame.locator('.nn-step-count'),
    row: (step: number) => frame.locator(`.dr-history tr[data-step="${step}"]`),
    live: (name: string) => frame.locator(`.dr-formula .katex-html [data-live-value="${name}"]`),
  };
}

/** The inline message of the field that holds `input`. */
const messageOf = (input: ReturnType<Page['locator']>) => input.locator('xpath=ancestor::div[contains(@class, "nn-field")][1]').locator('.nn-field-message');

for (const lang of ['en', 'ko'] as const) {
  test.describe(`delta rule (${lang})`, () => {
    test('one AND epoch, step by step: every shown number is the core’s deltaRuleStep', async ({ page }) => {
      const errors = watchErrors(page);
      const frame = await openWidget(page, chapter(lang));
      const ui = parts(frame, lang);
      await expect(frame.locator('.dr-step-line')).toHaveText(ui.t.deltaRuleNoStep);

      // The same run in the core: AND, α = 0.1, zero weights, samples in row order.
      const data = makeLogicGate('and');
      const perceptron = createPerceptron(2);
      for (let sample = 0; sample < 4; sample++) {
        const before = { w1: perceptron.weights[0], w2: perceptron.weights[1], b: perceptron.bias };
        const x = data.x.data.subarray(sample * 2, sample * 2 + 2);
        const u = deltaRuleStep(perceptron, x, data.y.data[sample], 0.1, { epoch: 1, sample });
        await ui.step.click();
        await expect(ui.counter).toHaveText(fill(ui.t.transportStepCount, { step: String(sample + 1) }));

        // The history row, column by column, as the chapter's hand table lays it out.
        const row = ui.row(sample + 1);
        const expected: Record<string, string> = {
          epoch: sample === 0 ? '1' : '',
          x: `(${u.x[0]}, ${u.x[1]})`,
          d: String(u.d),
          w1: formatValue(before.w1),
          w2: formatValue(before.w2),
          b: formatValue(before.b),
          net: formatValue(u.net),
          y: String(u.y),
          error: formatValue(u.error),
          w1next: formatValue(u.weights[0]),
          w2next: formatValue(u.weights[1]),
          bnext: formatValue(u.bias),
        };
        for (const [col, text] of Object.entries(expected)) await expect(row.locator(`td[data-col="${col}"]`), col).toHaveText(text);

        // The formulas with the numbers substituted.
        const live: Record<string, string> = {
          w1: formatSubstituted(before.w1),
          w2: formatSubstituted(before.w2),
          b: formatSubstituted(before.b),
          alpha: '0.1',
          x1: String(u.x[0]),
          x2: String(u.x[1]),
          w1next: formatValue(u.weights[0]),
          w2next: formatValue(u.weights[1]),
          bnext: formatValue(u.bias),
        };
        for (const [name, text] of Object.entries(live)) {
          await expect(ui.live(name).first(), name).toHaveText(text);
          // Both typesettings — two rows per update (the page), one row (full screen) — show it.
          const shown = await ui.live(name).allTextContents();
          expect(shown.length, name).toBeGreaterThanOrEqual(2);
          for (const each of shown) expect(each, name).toBe(text);
        }
        for (const d of await ui.live('d').allTextContents()) expect(d).toBe(String(u.d));
        for (const y of await ui.live('y').allTextContents()) expect(y).toBe(String(u.y));

        // The step's sentence, the marked sample and the decision line.
        await expect(frame.locator('.dr-step-line')).toHaveText(
          fill(ui.t.deltaRuleStepLine, {
            step: String(sample + 1),
            epoch: '1',
            x1: String(u.x[0]),
            x2: String(u.x[1]),
            net: formatValue(u.net),
            y: String(u.y),
            d: String(u.d),
            error: formatValue(u.error),
          }),
        );
        await expect(frame.locator('.dr-truth tr[aria-current="true"]')).toHaveAttribute('data-sample', String(sample));
        await expect(frame.locator('.nn-decision-map .nn-point-current')).toHaveCount(1);
      }
      // After epoch 1 (the chapter: w = (0.1, 0.1), b = 0) the line is 0.1·x₁ + 0.1·x₂ + 0 = 0.
      await expect(frame.locator('.dr-line')).toHaveText(fill(ui.t.deltaRuleLine, { line: '0.1·x₁ + 0.1·x₂ + 0' }));
      await expect(frame.locator('.nn-boundary path')).toHaveCount(1);
      expect(errors).toEqual([]);
    });

    test('AND converges as in the chapter: epoch 6 without error, w = (0.2, 0.1), b = −0.3', async ({ page }) => {
      const errors = watchErrors(page);
      const frame = await openWidget(page, chapter(lang));
      const ui = parts(frame, lang);
      // Before any step the weights are zero: no line, and the text says so.
      await expect(frame.locator('.dr-line')).toHaveText(fill(ui.t.deltaRuleNoLine, { b: '0', y: '1' }));
      await expect(frame.locator('.nn-boundary path')).toHaveCount(0);

      await ui.speed.selectOption('64');
      await ui.play.click();
      await expect(ui.verdict).toBeVisible({ timeout: 10_000 });
      await expect(ui.verdict).toHaveText(fill(ui.t.deltaRuleConverged, { epoch: '6', learning: '5', w1: '0.2', w2: '0.1', b: '−0.3' }));
      await expect(ui.counter).toHaveText(fill(ui.t.transportStepCount, { step: '24' }));
      const last = ui.row(24);
      await expect(last.locator('td[data-col="w1next"]')).toHaveText('0.2');
      await expect(last.locator('td[data-col="w2next"]')).toHaveText('0.1');
      await expect(last.locator('td[data-col="bnext"]')).toHaveText('−0.3');
      await expect(frame.locator('.dr-history tr.dr-error')).toHaveCount(11); // the chapter's eleven updates
      await expect(ui.step).toBeDisabled();
      await expect(frame.locator('.dr-line')).toHaveText(fill(ui.t.deltaRuleLine, { line: '0.2·x₁ + 0.1·x₂ − 0.3' }));

      await frame.locator('.nn-stop-reset').click();
      await expect(ui.verdict).toBeHidden();
      await expect(ui.counter).toHaveText(fill(ui.t.transportStepCount, { step: '0' }));
      await expect(frame.locator('.dr-history tr[data-step]')).toHaveCount(0);
      expect(errors).toEqual([]);
    });

    test('XOR stops and explains: no single line, and the weights came back to an earlier epoch’s', async ({ page }) => {
      const errors = watchErrors(page);
      const frame = await openWidget(page, chapter(lang));
      const ui = parts(frame, lang);
      await ui.gate.selectOption('xor');
      await ui.speed.selectOption('64');
      await ui.play.click();
      await expect(ui.verdict).toBeVisible({ timeout: 10_000 });
      // From zeros with α = 0.1 the state entering epoch 4 equals that entering epoch 3 (unit test: same as trainPerceptron).
      await expect(ui.verdict).toHaveText(fill(ui.t.deltaRuleCycleOne, { gate: 'XOR', first: '3', repeat: '4' }));
      await expect(ui.counter).toHaveText(fill(ui.t.transportStepCount, { step: '12' }));

      // With seeded weights and a small α the cycle is longer, and still found.
      await ui.alpha.fill('0.01');
      await ui.alpha.press('Enter');
      await frame.getByRole('combobox', { name: ui.t.deltaRuleInit }).selectOption('seed');
      await expect(ui.w1).toBeDisabled();
      await ui.play.click();
      await expect(ui.verdict).toBeVisible({ timeout: 20_000 });
      await expect(ui.verdict).toContainText('(0, 1)');
      await expect(ui.verdict).toContainText('XOR');
      expect(errors).toEqual([]);
    });

    test('bad values in α and the weights get inline messages and never reach the core', async ({ page }) => {
      const errors = watchErrors(page);
      const frame = await openWidget(page, chapter(lang));
      const ui = parts(frame, lang);
      const commit = async (input: typeof ui.alpha, text: string) => {
        await input.fill(text);
        await input.press('Enter');
      };
      const t = ui.t;
      // Numbers in messages carry a true minus (−1), as running text does.
      const range = (min: number, max: number) => ({ min: String(min).replace('-', '−'), max: String(max) });

      await commit(ui.alpha, 'abc');
      await expect(messageOf(ui.alpha)).toHaveText(fill(t.notANumber, { raw: 'abc', value: '0.1', ...range(0.01, 1) }));
      await commit(ui.alpha, '1e999');
      await expect(messageOf(ui.alpha)).toHaveText(fill(t.notFinite, { raw: '1e999', value: '1', ...range(0.01, 1) }));
      await commit(ui.alpha, '');
      await expect(messageOf(ui.alpha)).toHaveText(fill(t.empty, { value: '1', ...range(0.01, 1) }));
      await commit(ui.alpha, '0');
      await expect(messageOf(ui.alpha)).toHaveText(fill(t.outOfRange, { raw: '0', value: '0.01', ...range(0.01, 1) }));
      await commit(ui.alpha, '0.1');
      await expect(messageOf(ui.alpha)).toHaveText('');

      await commit(ui.w1, 'abc');
      await expect(messageOf(ui.w1)).toHaveText(fill(t.notANumber, { raw: 'abc', value: '0', ...range(-1, 1) }));
      await commit(ui.w2, '-1e999');
      await expect(messageOf(ui.w2)).toHaveText(fill(t.notFinite, { raw: '-1e999', value: '−1', ...range(-1, 1) }));
      await commit(ui.w2, '0');
      await commit(ui.b, '2');
      await expect(messageOf(ui.b)).toHaveText(fill(t.outOfRange, { raw: '2', value: '1', ...range(-1, 1) }));
      await commit(ui.b, '');
      await expect(messageOf(ui.b)).toHaveText(fill(t.empty, { value: '1', ...range(-1, 1) }));
      // −0 is read as 0 (no "−0" ever shown), so the run is the chapter's again.
      await commit(ui.b, '-0');
      await expect(messageOf(ui.b)).toHaveText('');
      await commit(ui.w1, '−0');
      await expect(ui.w1).toHaveValue('0');
      await ui.step.click();
      const row = ui.row(1);
      await expect(row.locator('td[data-col="b"]')).toHaveText('0');
      await expect(row.locator('td[data-col="net"]')).toHaveText('0');
      await expect(row.locator('td[data-col="bnext"]')).toHaveText('−0.1');
      expect(errors).toEqual([]);
    });
  });
}

test('keyboard only: Tab to the controls, Enter steps, S steps, R resets, arrows change the gate, ? lists the keys', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await openWidget(page, '/perceptron/');
  const ui = parts(frame, 'en');
  await frame.locator('[data-nn-fullscreen], .widget-caption').first().evaluate((el) => {
    (el as HTMLElement).tabIndex = -1;
    (el as HTMLElement).focus();
  });
  // Tab through the widget until the Step button has the focus.
  for (let k = 0; k < 40; k++) {
    if (await ui.step.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(ui.step).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ui.counter).toHaveText('Step 1');
  await page.keyboard.press('s');
  await expect(ui.counter).toHaveText('Step 2');
  await expect(ui.row(2).locator('td[data-col="x"]')).toHaveText('(0, 1)');
  await page.keyboard.press('r');
  await expect(ui.counter).toHaveText('Step 0');

  await page.keyboard.press('?');
  const help = page.locator('dialog.nn-key-help');
  await expect(help).toBeVisible();
  await expect(help).toContainText('Run one training step');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // Back to the gate menu with Shift+Tab; ArrowDown picks the next gate.
  for (let k = 0; k < 40; k++) {
    if (await ui.gate.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Shift+Tab');
  }
  await expect(ui.gate).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(ui.gate).toHaveValue('or');
  await expect(frame.locator('.dr-truth caption')).toContainText('OR');
  // The history is reachable too (it scrolls), with a visible focus ring.
  for (let k = 0; k < 40; k++) {
    if (await frame.locator('.dr-history').evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(frame.locator('.dr-history')).toBeFocused();
  const outline = await frame.locator('.dr-history').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  expect(errors).toEqual([]);
});

test('settings round-trip through the URL; a hand-mangled link shows the notice and falls back', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await openWidget(page, '/perceptron/');
  let ui = parts(frame, 'en');
  await ui.gate.selectOption('nand');
  await ui.alpha.fill('0.25');
  await ui.alpha.press('Enter');
  await expect(page).toHaveURL(/delta-rule\.gate=nand/);
  await expect(page).toHaveURL(/delta-rule\.alpha=0\.25/);
  await page.reload();
  frame = await openWidget(page, page.url().replace(/^https?:\/\/[^/]+/, ''));
  ui = parts(frame, 'en');
  await expect(ui.gate).toHaveValue('nand');
  await expect(ui.alpha).toHaveValue('0.25');

  frame = await openWidget(page, '/perceptron/?delta-rule.alpha=abc&delta-rule.gate=xnor&delta-rule.w1=1e999&delta-rule.zzz=1');
  ui = parts(frame, 'en');
  const notice = frame.locator('[data-nn-notice]');
  await expect(notice).toContainText('delta-rule.alpha');
  await expect(notice).toContainText('delta-rule.gate');
  await expect(notice).toContainText('delta-rule.w1');
  await expect(notice).toContainText('delta-rule.zzz');
  await expect(ui.gate).toHaveValue('and');
  await expect(ui.alpha).toHaveValue('0.1');
  await ui.step.click();
  await expect(ui.row(1).locator('td[data-col="bnext"]')).toHaveText('−0.1');
  expect(errors).toEqual([]);
});

for (const theme of ['light', 'dark', 'projector']) {
  test(`the chapter page with the widget running has no axe violation (${theme})`, async ({ page }) => {
    test.slow(); // axe walks every KaTeX span of the chapter: ~13 s on a quiet machine, more under load
    const errors = watchErrors(page);
    await page.addInitScript((t) => localStorage.setItem('lt-theme', t), theme);
    const frame = await openWidget(page, '/perceptron/?delta-rule.gate=xor');
    const ui = parts(frame, 'en');
    for (let k = 0; k < 12; k++) await ui.step.click();
    await expect(ui.verdict).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

for (const path of ['/demos/delta-rule/', '/ko/demos/delta-rule/']) {
  test(`${path} loads clean and runs`, async ({ page }) => {
    const errors = watchErrors(page);
    const frame = await openWidget(page, path);
    const ui = parts(frame, path.startsWith('/ko/') ? 'ko' : 'en');
    await ui.step.click();
    await expect(ui.row(1)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('at 375 px the widget fits the screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const frame = await openWidget(page, '/perceptron/');
  const ui = parts(frame, 'en');
  for (let k = 0; k < 4; k++) await ui.step.click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const box = await frame.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
});
