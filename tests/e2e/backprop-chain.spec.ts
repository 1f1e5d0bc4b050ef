/**
 * Chapter 2's two derivation widgets driven as a student would, in both languages:
 * - backprop-chain (#output-weight): change w₁ and see every substituted line, the factor key, the
 *   diagram and E equal the core's numbers; take steps and see E drop (the core's gd on chainSurface);
 *   a step that would leave the plotted range is refused; factors light their part of the diagram.
 * - backprop-deeper (#deeper-chains): walk all 14 factors and compare each revealed number with the
 *   core's trace, hidden ones '?'; a reused δ is marked "from the step above".
 * Plus: bad input (non-numeric, out of range) shows the inline message and changes nothing; a mangled
 * URL shows the notice; keyboard only; axe in light/dark/projector; the demo pages.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chainSurface, createOptimizer } from '../../src/core';
import { formatLiveNumber } from '../../src/widgets/kit/live-formula-tex';
import { chainLineValues, type ChainInputs } from '../../src/widgets/charts/chain-lines';
import { REVEAL, deeperValues, visibleNames, type DeeperInputs } from '../../src/widgets/backprop-deeper/reveal';
import { axeViolations, commit, expectClean, LANGS, setTheme, THEMES, watchErrors } from './widget-helpers';

const chapter = (lang: string, query = '') => `${lang === 'ko' ? '/ko' : ''}/backpropagation/${query}`;

async function open(page: Page, lang: string, id: 'backprop-chain' | 'backprop-deeper', query = ''): Promise<Locator> {
  await page.goto(chapter(lang, query));
  const frame = page.locator(`#widget-${id}`);
  await frame.scrollIntoViewIfNeeded();
  await expect(frame.locator(id === 'backprop-chain' ? '.nn-bc-step' : '.nn-step-next')).toBeVisible();
  return frame;
}

/** Every live number of a widget's lines as shown: name, text, and how it should be formatted. */
async function liveNumbers(frame: Locator): Promise<{ name: string; text: string; digits: number; parens: boolean }[]> {
  return frame.locator('.katex-html [data-live-value]').evaluateAll((nodes) =>
    nodes.map((n) => ({
      name: n.getAttribute('data-live-value') ?? '',
      text: n.textContent ?? '',
      digits: Number(n.getAttribute('data-live-digits')),
      parens: n.hasAttribute('data-live-parens'),
    })),
  );
}

async function expectChainLines(frame: Locator, inputs: ChainInputs): Promise<void> {
  const expected = chainLineValues(inputs);
  await expect
    .poll(async () => {
      const shown = await liveNumbers(frame);
      return shown.filter((n) => n.text !== formatLiveNumber(expected[n.name], n.digits, n.parens)).map((n) => `${n.name}: ${n.text}`);
    })
    .toEqual([]);
  expect((await liveNumbers(frame)).length).toBeGreaterThan(40);
}

const chainField = (frame: Locator, index: number) => frame.locator('.nn-bc-fields input').nth(index);
const DEFAULTS: ChainInputs = { x: 1, w1: 0.5, w2: -0.3, yt: 1, eta: 0.5 };

for (const lang of LANGS) {
  test(`${lang}: changing w₁ updates every substituted line, the factors, the diagram and E to the core's values`, async ({ page }) => {
    const errors = watchErrors(page);
    const frame = await open(page, lang, 'backprop-chain');
    await expectChainLines(frame, DEFAULTS);
    await commit(page, chainField(frame, 1), '1.3');
    const inputs = { ...DEFAULTS, w1: 1.3 };
    await expectChainLines(frame, inputs);
    const v = chainLineValues(inputs);
    await expect(frame.locator('[data-part="error"] .nn-chain-value')).toHaveText(formatLiveNumber(v.E, 6));
    await expect(frame.locator('[data-part="unit:1"] .nn-chain-value')).toHaveText(formatLiveNumber(v.h, 4));
    await expect(frame.locator('.nn-bc-factor[data-factor="sh"] .nn-bc-factor-value')).toHaveText(formatLiveNumber(v.sh, 4));
    await expect(frame.locator('.nn-bc-status')).toContainText(formatLiveNumber(v.E, 6));
    await expectClean(page, errors);
  });

  test(`${lang}: taking steps moves both weights by the core's gd step and E drops each time; Reset returns`, async ({ page }) => {
    const errors = watchErrors(page);
    const frame = await open(page, lang, 'backprop-chain');
    const surface = chainSurface(1, 1);
    const theta = Float64Array.of(0.5, -0.3);
    const gd = createOptimizer('gd', { lr: 0.5 });
    let before = surface.value(theta);
    for (let k = 1; k <= 3; k++) {
      await frame.locator('.nn-bc-step').click();
      gd.step(theta, (p) => surface.gradient(p, new Float64Array(2)));
      const after = surface.value(theta);
      expect(after).toBeLessThan(before);
      await expect(frame.locator('.nn-bc-status')).toHaveAttribute('data-kind', 'down');
      await expect(frame.locator('.nn-bc-status')).toContainText(`${formatLiveNumber(before, 6)}`);
      await expect(frame.locator('.nn-bc-status')).toContainText(`${formatLiveNumber(after, 6)}`);
      before = after;
    }
    await expectChainLines(frame, { ...DEFAULTS, w1: theta[0], w2: theta[1] });
    // the trail: four points (start + three steps) on the contour plot
    await expect(frame.locator('.nn-contour-plot svg')).toHaveAttribute('aria-label', /.+/);
    await frame.locator('.nn-reset').click();
    await expectChainLines(frame, DEFAULTS);
    await expect(chainField(frame, 1)).toHaveValue('0.5');
    await expectClean(page, errors);
  });

  test(`${lang}: walking the deeper chain one factor at a time shows the core's trace values, and reused δ's say so`, async ({ page }) => {
    const errors = watchErrors(page);
    const frame = await open(page, lang, 'backprop-deeper');
    await commit(page, frame.locator('.nn-layout-controls input').nth(1), '-1.2');
    const inputs: DeeperInputs = { x: 1, w1: -1.2, w2: -0.3, w3: 0.8, yt: 1 };
    const values = deeperValues(inputs);
    const next = frame.locator('.nn-step-next');
    for (let k = 0; k <= REVEAL.length; k++) {
      if (k > 0) await next.click();
      const visible = visibleNames(k);
      await expect
        .poll(async () =>
          (await liveNumbers(frame))
            .filter((n) => n.text !== (visible.has(n.name) ? formatLiveNumber(values[n.name], n.digits, n.parens) : '?'))
            .map((n) => `${k}: ${n.name} = ${n.text}`),
        )
        .toEqual([]);
      if (k === 0) continue;
      const step = REVEAL[k - 1];
      await expect(frame.locator('.nn-bd-current')).toContainText(formatLiveNumber(values[step.name], /^(bdy|cd2|edy|fd2|gd1)$/.test(step.name) ? 6 : 4));
      await expect(frame.locator('.nn-bd-current')).toHaveAttribute('data-reused', String(Boolean(step.reuses)));
      if (step.reuses) {
        await expect(frame.locator('.nn-bd-current')).toContainText(lang === 'en' ? 'from the step above' : '바로 위 단계에서 온 값');
        await expect(frame.locator(`.katex-html [data-live-value="${step.reuses}"]`)).toHaveClass(/nn-bd-source/);
      }
      for (const part of step.parts) await expect(frame.locator(`[data-part="${part}"]`)).toHaveClass(/nn-chain-lit/);
    }
    await expect(next).toBeDisabled();
    await expect(frame.locator('[data-part="delta:1"] .nn-chain-value')).toHaveText(formatLiveNumber(values.d1, 6));
    await expectClean(page, errors);
  });
}

test('hovering or focusing a factor lights its part of the diagram; hovering the diagram lights the factor', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page, 'en', 'backprop-chain');
  await frame.locator('.nn-bc-factor[data-factor="w2"]').hover();
  await expect(frame.locator('[data-part="edge:2"]')).toHaveClass(/nn-chain-lit/);
  await expect(frame.locator('nn-backprop-chain')).toHaveAttribute('data-factor', 'w2');
  await page.mouse.move(0, 0); // the pointer leaves: what is focused is lit
  await frame.locator('.nn-bc-factor[data-factor="sh"]').focus();
  await expect(frame.locator('[data-part="slope:1"]')).toHaveClass(/nn-chain-lit/);
  await expect(frame.locator('[data-part="edge:2"]')).not.toHaveClass(/nn-chain-lit/);
  await frame.locator('[data-part="error"]').hover();
  await expect(frame.locator('nn-backprop-chain')).toHaveAttribute('data-factor', 'err');
  await expectClean(page, errors);
});

test('bad input shows the inline message: non-numeric changes nothing, out of range is clamped (the kit rule)', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page, 'en', 'backprop-chain');
  const w1 = chainField(frame, 1);
  // Not a number, empty, a decimal comma: a message, and nothing reaches the core.
  for (const bad of ['abc', '', '0,5']) {
    await commit(page, w1, bad);
    await expect(frame.locator('.nn-field-message').filter({ hasText: /\S/ }).first()).toBeVisible();
    await expectChainLines(frame, DEFAULTS);
  }
  // Out of range or infinite: the kit's rule is to clamp into the range and say so; the core never sees 9 or 1e999.
  for (const bad of ['9', '1e999']) {
    await commit(page, w1, '0.5');
    await commit(page, w1, bad);
    await expect(frame.locator('.nn-field-message').filter({ hasText: /\S/ }).first()).toContainText('4');
    await expectChainLines(frame, { ...DEFAULTS, w1: 4 });
  }
  await commit(page, w1, '0.5');
  const eta = chainField(frame, 4);
  for (const bad of ['0', '11', 'x']) {
    await commit(page, eta, bad);
    await expect(frame.locator('.nn-field-message').filter({ hasText: /\S/ }).first()).toBeVisible();
    const value = Number((await eta.inputValue()).replace('−', '-'));
    expect(value > 0 && value <= 10).toBe(true);
  }
  await frame.locator('.nn-bc-step').click();
  await expect(frame.locator('.nn-bc-status')).not.toContainText(/NaN|Infinity/);

  const deeper = await open(page, 'en', 'backprop-deeper');
  const w3 = deeper.locator('.nn-layout-controls input').nth(3);
  await commit(page, w3, 'zz');
  await expect(deeper.locator('.nn-field-message').filter({ hasText: /\S/ }).first()).toBeVisible();
  await expect(w3).toHaveValue('0.8');
  for (let k = 0; k < 5; k++) await deeper.locator('.nn-step-next').click();
  const values = deeperValues({ x: 1, w1: 0.5, w2: -0.3, w3: 0.8, yt: 1 });
  await expect(deeper.locator('.katex-html [data-live-value="d2"]')).toHaveText(formatLiveNumber(values.d2, 6));
  await expectClean(page, errors);
});

test('a step that would leave the plotted range is refused and says so; the weights stay', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page, 'en', 'backprop-chain', '?backprop-chain.w2=3.99&backprop-chain.eta=10');
  await frame.locator('.nn-bc-step').click();
  await expect(frame.locator('.nn-bc-status')).toHaveAttribute('data-kind', 'refused');
  await expect(frame.locator('.nn-bc-status')).toContainText('Lower η');
  await expect(chainField(frame, 2)).toHaveValue('3.99');
  await expectClean(page, errors);
});

test('the URL keeps the settings through a reload; mangled values show the notice and fall back', async ({ page }) => {
  const errors = watchErrors(page);
  let frame = await open(page, 'ko', 'backprop-chain');
  await commit(page, chainField(frame, 3), '0.25');
  await expect.poll(() => page.url()).toContain('backprop-chain.yt=0.25');
  await page.reload();
  frame = page.locator('#widget-backprop-chain');
  await frame.scrollIntoViewIfNeeded();
  await expectChainLines(frame, { ...DEFAULTS, yt: 0.25 });

  frame = await open(page, 'en', 'backprop-chain', '?backprop-chain.w1=abc&backprop-chain.eta=99&backprop-deeper.step=99&backprop-deeper.w3=1e999');
  await expect(frame.locator('[data-nn-notice]')).toContainText('backprop-chain.w1');
  await expect(frame.locator('[data-nn-notice]')).toContainText('backprop-chain.eta');
  await expectChainLines(frame, DEFAULTS);
  const deeper = await open(page, 'en', 'backprop-deeper', '?backprop-deeper.step=99&backprop-deeper.w3=1e999');
  await expect(deeper.locator('[data-nn-notice]')).toContainText('backprop-deeper.step');
  await expect(deeper.locator('[data-nn-notice]')).toContainText('backprop-deeper.w3');
  await expect(deeper.locator('.nn-step-counter')).toHaveText(/^Factor 0 of \d+$/);

  const restored = await open(page, 'en', 'backprop-deeper', '?backprop-deeper.step=9');
  await expect(restored.locator('.nn-step-counter')).toHaveText(/^Factor 9 of \d+$/);
  await expectClean(page, errors);
});

test('keyboard only: S takes a step and R resets the chain; → and ← walk the deeper chain', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await open(page, 'en', 'backprop-chain');
  await chainField(frame, 4).focus();
  await page.keyboard.press('Tab'); // → Take a step
  await expect(frame.locator('.nn-bc-step')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('s');
  await expect(frame.locator('.nn-bc-status')).toContainText('Step 2');
  await page.keyboard.press('Tab'); // → Reset
  await page.keyboard.press('Tab'); // → the first factor
  await expect(frame.locator('.nn-bc-factor').first()).toBeFocused();
  await expect(frame.locator('[data-part="error"]')).toHaveClass(/nn-chain-lit/);
  await page.keyboard.press('r');
  await expectChainLines(frame, DEFAULTS);

  const deeper = await open(page, 'en', 'backprop-deeper');
  await deeper.locator('.nn-layout-controls input').nth(4).focus();
  await page.keyboard.press('Tab'); // First and Back are disabled: → Next
  await expect(deeper.locator('.nn-step-next')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(deeper.locator('.nn-step-counter')).toHaveText(/^Factor 3 of \d+$/);
  await page.keyboard.press('ArrowLeft');
  await expect(deeper.locator('.nn-step-counter')).toHaveText(/^Factor 2 of \d+$/);
  await page.keyboard.press('r');
  await expect(deeper.locator('.nn-step-counter')).toHaveText(/^Factor 0 of \d+$/);
  await expectClean(page, errors);
});

test('full screen: the fields fold to their values line and tabs show one group of lines, or the map, at a time', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await setTheme(page, 'projector');
  await page.goto('/demos/backprop-chain/');
  const frame = page.locator('#widget-backprop-chain');
  await expect(frame.locator('.nn-bc-step')).toBeVisible();
  const groups = frame.locator('.nn-bc-group');
  const tabs = frame.locator('.nn-bc-tab');
  // On the page: every group shown, no tabs.
  await expect(groups.filter({ visible: true })).toHaveCount(4);
  await expect(tabs.filter({ visible: true })).toHaveCount(0);

  await frame.locator('[data-nn-fullscreen]').click();
  await page.waitForFunction(() => document.fullscreenElement !== null);
  await expect(frame.locator('.nn-bc-values')).not.toHaveAttribute('open');
  await expect(frame.locator('.nn-bc-values > summary')).toHaveText('Values: x = 1, w₁ = 0.5, w₂ = −0.3, y′ = 1, η = 0.5');
  await expect(tabs).toHaveText(['Forward', '∂E/∂w₂', '∂E/∂w₁', 'Update', 'Map of E']);
  await expect(groups.filter({ visible: true })).toHaveCount(1);
  await expect(tabs.first()).toHaveAttribute('aria-pressed', 'true');

  // Keyboard: the third tab shows ∂E/∂w₁'s four lines, the last one ending in the core's g1.
  await tabs.nth(2).focus();
  await page.keyboard.press('Enter');
  await expect(tabs.nth(2)).toHaveAttribute('aria-pressed', 'true');
  await expect(tabs.first()).toHaveAttribute('aria-pressed', 'false');
  const shown = groups.filter({ visible: true });
  await expect(shown).toHaveCount(1);
  await expect(shown.locator('li')).toHaveCount(4);
  await expect(shown.locator('li').last().locator('.katex-html [data-live-value="g1"]')).toHaveText(formatLiveNumber(chainLineValues(DEFAULTS).g1, 6));
  await expect(frame.locator('.nn-bc-map')).toBeHidden();

  // The map's tab: the map instead of the lines; a step still moves E there.
  await tabs.nth(4).focus();
  await page.keyboard.press(' ');
  await expect(frame.locator('.nn-bc-map')).toBeVisible();
  await expect(groups.filter({ visible: true })).toHaveCount(0);
  await page.keyboard.press('s');
  await expect(frame.locator('.nn-bc-status')).toContainText('Step 1');

  // Leaving full screen: every group and the map again, the fields open.
  await page.evaluate(() => document.exitFullscreen());
  await page.waitForFunction(() => document.fullscreenElement === null);
  await expect(groups.filter({ visible: true })).toHaveCount(4);
  await expect(frame.locator('.nn-bc-map')).toBeVisible();
  await expect(frame.locator('.nn-bc-values')).toHaveAttribute('open', '');
  await expectClean(page, errors);
});

for (const theme of THEMES) {
  test(`axe finds nothing on the chapter with both widgets in the ${theme} theme`, async ({ page }) => {
    test.slow(); // axe walks every KaTeX span of the chapter: ~13 s on a quiet machine, more under load
    const errors = watchErrors(page);
    await setTheme(page, theme);
    const frame = await open(page, 'en', 'backprop-chain');
    await frame.locator('.nn-bc-step').click();
    await frame.locator('.nn-bc-factor').first().focus();
    const deeper = await open(page, 'en', 'backprop-deeper');
    for (let k = 0; k < 3; k++) await deeper.locator('.nn-step-next').click();
    await page.locator('#widget-backprop-chain').scrollIntoViewIfNeeded();
    expect(await axeViolations(page)).toEqual([]);
    await expectClean(page, errors);
  });
}

test('the demo pages /demos/backprop-chain/ and /demos/backprop-deeper/ (and /ko/) load clean and work', async ({ page }) => {
  const errors = watchErrors(page);
  for (const prefix of ['', '/ko']) {
    await page.goto(`${prefix}/demos/backprop-chain/`);
    await page.locator('nn-backprop-chain .nn-bc-step').click();
    await expect(page.locator('nn-backprop-chain .nn-bc-status')).toHaveAttribute('data-kind', 'down');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${prefix}/demos/backprop-deeper/`);
    await page.locator('nn-backprop-deeper .nn-step-next').click();
    await expect(page.locator('nn-backprop-deeper .nn-step-counter')).toHaveText(prefix ? '인수 1 / 14' : 'Factor 1 of 14');
    expect(await axeViolations(page)).toEqual([]);
  }
  await expectClean(page, errors);
});
