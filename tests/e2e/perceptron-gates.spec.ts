/**
 * Chapter 1's "one neuron" and "XOR from gates" widgets, driven as a student would, in both
 * languages. Numbers shown are compared with the core's, computed here in Node.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations, watchErrors } from './widget-helpers';
import { createPerceptron, evaluateStepNetwork, perceptronNet, perceptronOutput } from '../../src/core';
import { formatShort } from '../../src/widgets/kit/format-short';
import { defaults } from '../../src/widgets/kit/url-state';
import { layersOf } from '../../src/widgets/xor-gates/model';
import { XOR_TABLE } from '../../src/widgets/xor-gates/state';

const LANGS = [
  { lang: 'en', prefix: '' },
  { lang: 'ko', prefix: '/ko' },
] as const;


async function openWidget(page: Page, url: string, id: string): Promise<Locator> {
  await page.goto(url);
  const frame = page.locator(`#widget-${id}`);
  await frame.scrollIntoViewIfNeeded();
  // A loaded machine (CI's two workers) can take more than the default 5 s to start the widget.
  await expect(frame.locator('.nn-input-plane .nn-plot > svg')).toBeVisible({ timeout: 15_000 });
  return frame;
}

/** The typed box of the k-th slider field (w₁, w₂, b, x₁, x₂). */
const box = (frame: Locator, k: number) => frame.locator('.nn-slider-field').nth(k).locator('input[type="text"]');

async function typeInto(input: Locator, value: string): Promise<void> {
  await input.fill(value);
  await input.press('Enter');
}

async function neuronValues(frame: Locator): Promise<number[]> {
  const values: number[] = [];
  for (let k = 0; k < 5; k++) values.push(Number(await box(frame, k).inputValue()));
  return values;
}

/** What the core says for these numbers, as the widget prints it. */
function coreNeuron([w1, w2, b, x1, x2]: number[]) {
  const neuron = createPerceptron(2, { weights: [w1, w2], bias: b });
  const net = perceptronNet(neuron, [x1, x2]);
  const corners = [
    [0, 0],
    [0, 1],
    [1, 0],
    [1, 1],
  ].map((p) => perceptronOutput(neuron, p));
  return { net, y: perceptronOutput(neuron, [x1, x2]), corners };
}

async function expectNeuronMatchesCore(frame: Locator): Promise<void> {
  const values = await neuronValues(frame);
  const { net, y, corners } = coreNeuron(values);
  await expect(frame.locator('.nn-neuron-result')).toHaveText(`net = ${formatShort(net)}, y = step(${formatShort(net)}) = ${y}`);
  await expect(frame.locator('.nn-neuron-corners')).toContainText(corners.join(', '));
  await expect(frame.locator('[data-live-value="net"]').first()).toHaveText(Math.abs(net).toFixed(2) === '0.00' ? '0.00' : `${net < 0 ? '−' : ''}${Math.abs(net).toFixed(2)}`);
  await expect(frame.locator('[data-live-value="y"]').first()).toHaveText(String(y));
  await expect(frame.locator('.nn-corner-label')).toHaveText(corners.map(String));
}

for (const { lang, prefix } of LANGS) {
  test.describe(`one neuron (${lang})`, () => {
    test('a weight typed in moves the formula, the output and the line with the core\'s numbers', async ({ page }) => {
      const errors = watchErrors(page);
      const frame = await openWidget(page, `${prefix}/perceptron/`, 'neuron');
      await expectNeuronMatchesCore(frame);
      const line = frame.locator('line.nn-decision-line');
      const ends = () => line.evaluate((l) => ['x1', 'y1', 'x2', 'y2'].map((a) => l.getAttribute(a)).join());
      const before = await ends();

      await typeInto(box(frame, 0), '0.4');
      // net = 0.4·1 + 1·1 − 1.5 = −0.1 → y = 0; the corners: none reaches net ≥ 0 (largest (1,1): −0.1).
      await expect(frame.locator('.nn-neuron-result')).toHaveText('net = −0.1, y = step(−0.1) = 0');
      await expectNeuronMatchesCore(frame);
      // The line x₁ + x₂ = 1.5 turns to 0.4x₁ + x₂ = 1.5: it still meets x₂ = 1.5 at x₁ = 0, but now leaves the box at x₂ = −0.5, x₁ = 5.
      expect(await ends()).not.toBe(before);
      await expect.poll(() => new URL(page.url()).searchParams.get('neuron.w1')).toBe('0.4');

      await typeInto(box(frame, 4), '0');
      await typeInto(box(frame, 3), '0');
      await expectNeuronMatchesCore(frame);

      // A line beyond the plane (b = 5: net ≥ 0.4·(−0.5) + 1·(−0.5) + 5 > 0 everywhere shown), then no line at all.
      await typeInto(box(frame, 2), '5');
      await expect(frame.locator('.nn-neuron-note')).toBeVisible();
      await expect(frame.locator('.nn-plane-handle')).toHaveCount(0);
      await expectNeuronMatchesCore(frame);
      await typeInto(box(frame, 0), '0');
      await typeInto(box(frame, 1), '0');
      await expect(frame.locator('.nn-neuron-note')).toContainText('5');
      await expect(frame.locator('line.nn-decision-line')).toHaveCount(0);
      await expectNeuronMatchesCore(frame);
      expect(errors).toEqual([]);
    });

    test('presets, keyboard-only use and dragging the line by a handle', async ({ page }) => {
      const errors = watchErrors(page);
      const frame = await openWidget(page, `${prefix}/perceptron/`, 'neuron');

      await frame.locator('button[data-preset="or"]').click();
      expect((await neuronValues(frame)).slice(0, 3)).toEqual([1, 1, -0.5]);
      await expect(frame.locator('.nn-neuron-corners')).toContainText('0, 1, 1, 1');
      await expect(frame.locator('.nn-neuron-corners')).toContainText('OR');

      // Keyboard alone: the w₁ slider with the arrow keys, then the N shortcut (NAND) from a button.
      const slider = frame.locator('.nn-slider-field').first().locator('input[type="range"]');
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await expect(box(frame, 0)).toHaveValue('1.1');
      await expectNeuronMatchesCore(frame);
      await frame.locator('button[data-preset="and"]').focus();
      await page.keyboard.press('n');
      expect((await neuronValues(frame)).slice(0, 3)).toEqual([-1, -1, 1.5]);
      await expect(frame.locator('.nn-neuron-corners')).toContainText('1, 1, 1, 0');

      // A handle, focused by Tab from the last control before the plane, moved with the arrow keys.
      await frame.locator('button.nn-neuron-reset').focus();
      await page.keyboard.press('Tab');
      const handle = frame.locator('.nn-plane-handle').first();
      await expect(handle).toBeFocused();
      const start = (await neuronValues(frame)).slice(0, 3);
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      const turned = (await neuronValues(frame)).slice(0, 3);
      expect(turned).not.toEqual(start);
      // |w| is kept by a drag (within the 0.01 rounding): |(−1, −1)| = √2.
      expect(Math.hypot(turned[0], turned[1])).toBeCloseTo(Math.SQRT2, 1);
      await expectNeuronMatchesCore(frame);

      // The pointer: drag the second handle somewhere else.
      const other = frame.locator('.nn-plane-handle').nth(1);
      const boxOf = await other.boundingBox();
      if (!boxOf) throw new Error('no handle box');
      await page.mouse.move(boxOf.x + boxOf.width / 2, boxOf.y + boxOf.height / 2);
      await page.mouse.down();
      await page.mouse.move(boxOf.x + boxOf.width / 2 + 40, boxOf.y + boxOf.height / 2 + 30, { steps: 5 });
      await page.mouse.up();
      expect((await neuronValues(frame)).slice(0, 3)).not.toEqual(turned);
      await expectNeuronMatchesCore(frame);
      expect(errors).toEqual([]);
    });

    test('a mangled URL value shows the notice and falls back', async ({ page }) => {
      const errors = watchErrors(page);
      const frame = await openWidget(page, `${prefix}/perceptron/?neuron.w1=abc&neuron.b=99`, 'neuron');
      await expect(frame.locator('[data-nn-notice]')).toContainText('neuron.w1');
      await expect(frame.locator('[data-nn-notice]')).toContainText('neuron.b');
      expect((await neuronValues(frame)).slice(0, 3)).toEqual([1, 1, -1.5]);
      expect(errors).toEqual([]);
    });

    test('the URL state round-trips through a reload', async ({ page }) => {
      const frame = await openWidget(page, `${prefix}/perceptron/?neuron.w1=-0.5&neuron.x2=0.25`, 'neuron');
      expect(await neuronValues(frame)).toEqual([-0.5, 1, -1.5, 1, 0.25]);
      await expectNeuronMatchesCore(frame);
    });
  });

  test.describe(`XOR from gates (${lang})`, () => {
    test('editing a hidden unit breaks XOR, the reset brings it back; the table has the core\'s numbers', async ({ page }) => {
      const errors = watchErrors(page);
      const frame = await openWidget(page, `${prefix}/perceptron/`, 'xor-gates');
      const verdict = frame.locator('.nn-xor-verdict');
      await expect(verdict).toHaveAttribute('data-computes-xor', 'yes');

      const nandBias = frame.locator('input[data-param="h1b"]');
      await typeInto(nandBias, '1');
      await expect(verdict).toHaveAttribute('data-computes-xor', 'no');
      await expect(verdict).toContainText('(0, 1), (1, 0)');
      const layers = layersOf({ ...defaults(XOR_TABLE), h1b: 1 });
      const inputs = [
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 1],
      ];
      for (let r = 0; r < 4; r++) {
        const { nets, outputs } = evaluateStepNetwork(layers, inputs[r]);
        const cells = frame.locator('.nn-xor-table tbody tr').nth(r).locator('td');
        await expect(cells.nth(3)).toHaveText(`${outputs[0][0]} (${formatShort(nets[0][0])})`);
        await expect(cells.nth(4)).toHaveText(`${outputs[0][1]} (${formatShort(nets[0][1])})`);
        await expect(cells.nth(5)).toContainText(`${outputs[1][0]} (${formatShort(nets[1][0])})`);
      }
      await expect.poll(() => new URL(page.url()).searchParams.get('xor-gates.h1b')).toBe('1');

      await frame.locator('button.nn-xor-reset').click();
      await expect(verdict).toHaveAttribute('data-computes-xor', 'yes');
      await expect(nandBias).toHaveValue('3');

      // Scaling a unit (weights and bias together) keeps XOR.
      await typeInto(frame.locator('input[data-param="h2w1"]'), '4');
      await typeInto(frame.locator('input[data-param="h2w2"]'), '4');
      await typeInto(frame.locator('input[data-param="h2b"]'), '-2');
      await expect(verdict).toHaveAttribute('data-computes-xor', 'yes');
      expect(errors).toEqual([]);
    });

    test('picking the traced input: a row click, a corner click, the keyboard', async ({ page }) => {
      const errors = watchErrors(page);
      const frame = await openWidget(page, `${prefix}/perceptron/`, 'xor-gates');
      const rows = frame.locator('.nn-xor-table tbody tr');
      await expect(rows.nth(1)).toHaveClass(/nn-selected/);

      await rows.nth(3).click();
      await expect(rows.nth(3)).toHaveClass(/nn-selected/);
      // (1,1): NAND 0, OR 1, AND 0 under the units of the diagram.
      await expect(frame.locator('.nn-unit-value')).toHaveText(['1', '1', '0', '1', '0']);

      await frame.locator('.nn-corner').nth(0).dispatchEvent('pointerdown', { button: 0, pointerId: 1, isPrimary: true });
      await expect(rows.nth(0)).toHaveClass(/nn-selected/);

      // Keyboard: the radio group moves with the arrows; the 1–4 keys from a button.
      await rows.nth(0).locator('input[type="radio"]').focus();
      await page.keyboard.press('ArrowDown');
      await expect(rows.nth(1)).toHaveClass(/nn-selected/);
      await frame.locator('button.nn-xor-reset').focus();
      await page.keyboard.press('3');
      await expect(rows.nth(2)).toHaveClass(/nn-selected/);
      await expect.poll(() => new URL(page.url()).searchParams.get('xor-gates.input')).toBe('10');

      // A weight edited with the keyboard alone: ArrowDown on OR's bias box steps it by 0.5.
      const orBias = frame.locator('input[data-param="h2b"]');
      await orBias.focus();
      for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowUp');
      await expect(orBias).toHaveValue('1');
      // OR's net at (0,0) is now 1 ≥ 0: OR outputs 1 everywhere, so (0,0) gives AND(1, 1) = 1 — wrong.
      await expect(frame.locator('.nn-xor-verdict')).toHaveAttribute('data-computes-xor', 'no');
      await frame.locator('button.nn-xor-reset').focus();
      await page.keyboard.press('r');
      await expect(frame.locator('.nn-xor-verdict')).toHaveAttribute('data-computes-xor', 'yes');
      expect(errors).toEqual([]);
    });

    test('a mangled URL value shows the notice and falls back', async ({ page }) => {
      const errors = watchErrors(page);
      const frame = await openWidget(page, `${prefix}/perceptron/?xor-gates.yb=1e999&xor-gates.input=22`, 'xor-gates');
      await expect(frame.locator('[data-nn-notice]')).toContainText('xor-gates.yb');
      await expect(frame.locator('[data-nn-notice]')).toContainText('xor-gates.input');
      await expect(frame.locator('input[data-param="yb"]')).toHaveValue('-3');
      await expect(frame.locator('.nn-xor-verdict')).toHaveAttribute('data-computes-xor', 'yes');
      expect(errors).toEqual([]);
    });
  });

  for (const id of ['neuron', 'xor-gates']) {
    test(`the demo page ${prefix}/demos/${id}/ loads cleanly`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`${prefix}/demos/${id}/`);
      await expect(page.locator(`#widget-${id} .nn-input-plane .nn-plot > svg`)).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
}

for (const theme of ['light', 'dark', 'projector']) {
  test(`the chapter with both widgets running has no axe violation (${theme})`, async ({ page }) => {
    test.slow(); // axe walks every KaTeX span of the chapter: ~13 s on a quiet machine, more under load
    const errors = watchErrors(page);
    await page.addInitScript((t) => localStorage.setItem('lt-theme', t), theme);
    await openWidget(page, '/perceptron/', 'neuron');
    await expect(page.locator('#widget-neuron .nn-input-plane .nn-plot > svg')).toBeVisible();
    await page.locator('#widget-xor-gates').scrollIntoViewIfNeeded();
    await expect(page.locator('#widget-xor-gates .nn-network .nn-plot > svg')).toBeVisible();
    expect(await axeViolations(page, ['#widget-neuron', '#widget-xor-gates'])).toEqual([]);
    expect(errors).toEqual([]);
  });
}
