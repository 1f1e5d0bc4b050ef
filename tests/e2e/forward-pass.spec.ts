/**
 * The forward-propagation widget (chapter 1, #forward-propagation) driven as a student would: change the
 * inputs, step through every quantity and compare each shown net and output with the core's forward
 * pass; play; keyboard only; URL state; bad input; both languages; axe in three themes; the demo page.
 */
import { expect, test, type Page } from '@playwright/test';
import { Network, forwardValues } from '../../src/core';
import { EXAMPLE_SPEC } from '../../src/widgets/forward-pass/state';
import { axeViolations, chapterPath, commit, expectClean, LANGS, setTheme, THEMES, watchErrors } from './widget-helpers';

const UNITS = [
  { id: 'u1.0', layer: 1, unit: 0 },
  { id: 'u1.1', layer: 1, unit: 1 },
  { id: 'u2.0', layer: 2, unit: 0 },
];

async function open(page: Page, lang: string, query = '') {
  await page.goto(chapterPath(lang, query));
  const widget = page.locator('nn-forward-pass');
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.locator('.nn-fp-table')).toBeVisible();
  return widget;
}

const cell = (widget: ReturnType<Page['locator']>, unit: string, q: 'net' | 'out') => widget.locator(`tr[data-unit="${unit}"] td[data-q="${q}"]`);

for (const lang of LANGS) {
  test(`${lang}: stepping the forward pass shows the core's net and output of each unit in turn`, async ({ page }) => {
    const errors = watchErrors(page);
    const widget = await open(page, lang);
    const inputs = widget.locator('.nn-layout-controls input');
    await commit(page, inputs.nth(0), '0.3');
    await commit(page, inputs.nth(1), '-1.2');
    const core = forwardValues(Network.fromSpec(EXAMPLE_SPEC), [0.3, -1.2]);
    const next = widget.locator('.nn-step-next');

    for (let k = 0; k < UNITS.length; k++) {
      const { id, layer, unit } = UNITS[k];
      const net = core.nets[layer - 1][unit];
      const out = core.outputs[layer][unit];
      const text = (v: number) => (v < 0 ? `−${Math.abs(v).toFixed(4)}` : v.toFixed(4));

      await next.click(); // net of this unit
      await expect(cell(widget, id, 'net')).toHaveText(text(net));
      await expect(cell(widget, id, 'out')).toHaveText('·');
      await expect(widget.locator('.nn-fp-numbers')).toContainText(`= ${text(net)}`);
      // the unit and its incoming edges are highlighted
      await expect(widget.locator(`.nn-unit[data-id="${id}"]`)).toHaveClass(/nn-hl/);
      await expect(widget.locator(`.nn-edge[data-id="e${layer}.0.${unit}"]`)).toHaveClass(/nn-hl/);
      // on the diagram, under the unit: the net input (in italics) while it is summed
      await expect(widget.locator(`.nn-unit[data-id="${id}"]`)).toHaveClass(/nn-fp-summing/);
      await expect(widget.locator(`.nn-unit[data-id="${id}"] .nn-unit-value`)).toHaveText(String(Number(net.toFixed(2))).replace('-', '−'));

      await next.click(); // its output
      await expect(cell(widget, id, 'out')).toHaveText(text(out));
      await expect(widget.locator('.nn-fp-numbers')).toContainText(`= ${text(out)}`);
      await expect(widget.locator(`.nn-unit[data-id="${id}"] .nn-unit-value`)).toHaveText(String(Number(out.toFixed(2))));
      await expect(widget.locator(`.nn-unit[data-id="${id}"]`)).not.toHaveClass(/nn-fp-summing/);
      // the chapter's live formula follows: its output is this unit's
      await expect(page.locator('[data-live-for="forward-pass"] [data-live-value="out"]').first()).toHaveText(out.toFixed(4));
    }
    await expect(widget.locator('.nn-step-counter')).toHaveText(lang === 'en' ? 'Step 6 of 6' : '6단계 중 6단계');
    await expect(next).toBeDisabled();
    await expectClean(page, errors);
  });

  test(`${lang}: Play animates to the end; the URL keeps inputs and step; a mangled value shows the notice`, async ({ page }) => {
    const errors = watchErrors(page);
    let widget = await open(page, lang);
    await widget.locator('.nn-play').click();
    await expect(cell(widget, 'u2.0', 'out')).toHaveText('0.5652', { timeout: 10_000 });
    await widget.locator('.nn-step-first').click();
    await expect(cell(widget, 'u1.0', 'net')).toHaveText('·');

    await commit(page, widget.locator('.nn-layout-controls input').nth(0), '2');
    for (let k = 0; k < 3; k++) await widget.locator('.nn-step-next').click();
    await expect.poll(() => page.url()).toContain('forward-pass.step=3');
    expect(page.url()).toContain('forward-pass.x1=2');
    await page.reload();
    widget = page.locator('nn-forward-pass');
    await widget.scrollIntoViewIfNeeded();
    const core = forwardValues(Network.fromSpec(EXAMPLE_SPEC), [2, 0.5]);
    await expect(cell(widget, 'u1.1', 'net')).toHaveText(core.nets[0][1].toFixed(4));
    await expect(cell(widget, 'u1.1', 'out')).toHaveText('·');

    widget = await open(page, lang, '?forward-pass.x1=abc&forward-pass.step=99');
    await expect(page.locator('#widget-forward-pass .widget-notice-box li')).toHaveCount(2);
    await expect(widget.locator('.nn-layout-controls input').nth(0)).toHaveValue('1');
    await expectClean(page, errors);
  });
}

test('bad input gets a message and never reaches the core', async ({ page }) => {
  const errors = watchErrors(page);
  const widget = await open(page, 'en');
  const x1 = widget.locator('.nn-layout-controls input').nth(0);
  await commit(page, x1, 'abc');
  await expect(widget.locator('.nn-field-message').first()).toContainText('not a number');
  await commit(page, x1, '1e999');
  await expect(widget.locator('.nn-field-message').first()).toContainText('5');
  await commit(page, x1, '0,5');
  await expect(widget.locator('.nn-field-message').first()).toContainText('point');
  await widget.locator('.nn-step-next').click();
  await expect(cell(widget, 'u1.0', 'net')).not.toHaveText(/NaN|Infinity/);
  await expectClean(page, errors);
});

test('keyboard only: type an input, step with → and ←, play with K, reset with R', async ({ page }) => {
  const errors = watchErrors(page);
  const widget = await open(page, 'en');
  await widget.locator('.nn-layout-controls input').nth(1).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab'); // → First and Back (disabled: skipped) → Next
  await expect(widget.locator('.nn-step-next')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const core = forwardValues(Network.fromSpec(EXAMPLE_SPEC), [1, 0]);
  await expect(cell(widget, 'u1.1', 'net')).toHaveText(core.nets[0][1].toFixed(4));
  await page.keyboard.press('ArrowLeft');
  await expect(cell(widget, 'u1.1', 'net')).toHaveText('·');
  await page.keyboard.press('r');
  await expect(widget.locator('.nn-step-counter')).toContainText('0');
  await page.keyboard.press('k');
  await expect(cell(widget, 'u1.0', 'net')).not.toHaveText('·', { timeout: 5000 });
  await page.keyboard.press('k');
  await expect(widget.locator('.nn-play')).toHaveAttribute('data-state', 'paused');
  await expectClean(page, errors);
});

for (const theme of THEMES) {
  test(`axe finds nothing on the chapter with the forward-pass widget in the ${theme} theme`, async ({ page }) => {
    test.slow(); // axe walks every KaTeX span of the chapter: ~13 s on a quiet machine, more under load
    const errors = watchErrors(page);
    await setTheme(page, theme);
    const widget = await open(page, 'en');
    await widget.locator('.nn-step-next').click();
    expect(await axeViolations(page)).toEqual([]);
    await expectClean(page, errors);
  });
}

test('the demo page /demos/forward-pass/ (and /ko/) loads clean', async ({ page }) => {
  const errors = watchErrors(page);
  for (const path of ['/demos/forward-pass/', '/ko/demos/forward-pass/']) {
    await page.goto(path);
    await expect(page.locator('nn-forward-pass .nn-fp-table')).toBeVisible();
    await page.locator('nn-forward-pass .nn-step-next').click();
    await expect(page.locator('nn-forward-pass tr[data-unit="u1.0"] td[data-q="net"]')).toHaveText('0.1000');
    expect(await axeViolations(page)).toEqual([]);
  }
  await expectClean(page, errors);
});
