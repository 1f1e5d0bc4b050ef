import { expect, test } from '@playwright/test';

/**
 * One widget that fails shows an error box in its own frame; the page and the other widgets keep
 * working, and nothing reaches the console as an uncaught error. The failure is injected before the
 * page's scripts run: the XOR widget's element cannot attach its content.
 */
test('a widget that throws shows its error box; the neuron beside it keeps working', async ({ page }) => {
  const uncaught: string[] = [];
  page.on('pageerror', (e) => uncaught.push(e.message));
  await page.addInitScript(() => {
    // However the element puts its content in (append, or replaceChildren as the kit does), it fails.
    for (const method of ['append', 'replaceChildren'] as const) {
      const original = Element.prototype[method];
      Element.prototype[method] = function (this: Element, ...nodes: (Node | string)[]) {
        if (this.localName === 'nn-xor-gates') throw new Error('injected failure');
        return original.apply(this, nodes);
      };
    }
  });
  await page.goto('/perceptron/');

  const xor = page.locator('#widget-xor-gates');
  await xor.scrollIntoViewIfNeeded();
  const box = xor.getByRole('alert');
  await expect(box).toBeVisible();
  await expect(box).toContainText('injected failure');
  await expect(box.getByRole('button')).toBeVisible();

  const neuron = page.locator('#widget-neuron');
  await neuron.scrollIntoViewIfNeeded();
  const w1 = neuron.getByRole('textbox', { name: /w₁/ }).first();
  await w1.fill('2');
  await w1.press('Enter');
  await expect(page).toHaveURL(/neuron\.w1=2/);
  expect(uncaught).toEqual([]);
});
