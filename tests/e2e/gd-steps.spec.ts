import { expect, test, type Page } from '@playwright/test';
import { createOptimizer, valleySurface } from '../../src/core';

/**
 * The gradient-descent demo (optimizers chapter) driven as a student would, and the widget kit's
 * promises checked on it: keyboard-only use, URL state through a reload, a hand-mangled URL, a
 * diverging run that stops with its message, and reset.
 */
const widget = (page: Page) => page.locator('#widget-gd-steps');

/** Opens a page and brings the widget into view: a widget starts only when it nears the viewport. */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await widget(page).scrollIntoViewIfNeeded();
  await expect(widget(page).locator('.nn-transport')).toBeVisible();
}

function expectedAfter(steps: number, eta: number): number[] {
  const J = valleySurface();
  const theta = Float64Array.of(-4, 1);
  const g = new Float64Array(2);
  const gd = createOptimizer('gd', { lr: eta });
  for (let i = 0; i < steps; i++) gd.step(theta, (p) => J.gradient(p, g));
  return [theta[0], theta[1], J.value(theta)];
}

for (const lang of ['en', 'ko'] as const) {
  const path = lang === 'en' ? '/optimizers/' : '/ko/optimizers/';

  test(`${lang}: three steps with η = 0.03 give the core's θ and J, and the formula shows the next step`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await open(page, `${path}#gradient-descent`);
    const step = widget(page).getByRole('button', { name: lang === 'en' ? /^Step/ : /단계|스텝/ }).first();
    for (let i = 0; i < 3; i++) await step.click();
    const [t1, t2, loss] = expectedAfter(3, 0.03);
    // The live formula: (next) = (θ) − η (∇J): its θ entries are the current point.
    const formula = page.locator('[data-live-widget="gd-steps"], .live-formula').first();
    await expect(page.locator('[data-live="t1"]').first()).toHaveText(t1 < 0 ? `(${t1.toFixed(4).replace('-', '−')})` : t1.toFixed(4));
    await expect(page.locator('[data-live="t2"]').first()).toHaveText(t2.toFixed(4));
    await expect(widget(page)).toContainText(loss.toFixed(2));
    expect(await formula.count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test(`${lang}: η = 0.13 diverges, the run stops with a message, and reset recovers`, async ({ page }) => {
    await open(page, `${path}#gradient-descent`);
    await widget(page).getByRole('button', { name: 'η = 0.13' }).click();
    await widget(page).locator('.nn-gd-verdict').waitFor();
    await expect(widget(page).locator('.nn-gd-verdict')).toHaveAttribute('data-kind', 'unstable');
    const play = widget(page).locator('.nn-transport button').first();
    await play.click();
    const stop = widget(page).locator('.nn-transport-stop');
    await expect(stop).toBeVisible({ timeout: 15_000 });
    await expect(stop).toContainText(lang === 'en' ? /Diverged at step \d+/ : /발산/);
    await expect(stop).toContainText('η');
    await widget(page).getByRole('button', { name: lang === 'en' ? 'Reset' : /초기화/ }).last().click();
    await expect(widget(page).locator('.nn-transport-stop')).toBeHidden();
    await expect(widget(page)).toContainText(lang === 'en' ? 'Step 0' : '0');
  });
}

test('keyboard only: Tab to the widget, S steps, R resets, Space plays and pauses', async ({ page }) => {
  await open(page, '/optimizers/?gd-steps.eta=0.05#gradient-descent');
  const eta = widget(page).getByRole('textbox', { name: /η/ });
  await eta.focus();
  await page.keyboard.press('Tab'); // leave the field: keys go to the widget, not the text box
  await page.keyboard.press('s');
  await page.keyboard.press('s');
  await expect(widget(page)).toContainText('Step 2');
  await page.keyboard.press('r');
  await expect(widget(page)).toContainText('Step 0');
});

test('the URL keeps η through a reload; a hand-mangled value shows a notice and falls back, with no console error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await open(page, '/optimizers/#gradient-descent');
  const eta = widget(page).getByRole('textbox', { name: /η/ });
  await eta.fill('0.07');
  await eta.press('Enter');
  await expect(page).toHaveURL(/gd-steps\.eta=0\.07/, { timeout: 5000 });
  await page.reload();
  await widget(page).scrollIntoViewIfNeeded();
  await expect(widget(page).getByRole('textbox', { name: /η/ })).toHaveValue('0.07');

  await open(page, '/optimizers/?gd-steps.eta=abc&gd-steps.speed=9000#gradient-descent');
  const notice = widget(page).locator('[data-nn-notice]');
  await expect(notice).toContainText('gd-steps.eta');
  await expect(notice).toContainText('gd-steps.speed');
  await expect(widget(page).getByRole('textbox', { name: /η/ })).toHaveValue('0.03');
  expect(errors).toEqual([]);
});

test('typing a bad η never reaches the core: abc, 1e999, -0, empty and out of range get a message', async ({ page }) => {
  await open(page, '/optimizers/#gradient-descent');
  const eta = widget(page).getByRole('textbox', { name: /η/ });
  for (const bad of ['abc', '1e999', '-0', '', '7']) {
    await eta.fill(bad);
    await eta.press('Enter');
    await expect(widget(page).locator('.nn-field-message, [role="status"]').filter({ hasText: /\S/ }).first()).toBeVisible();
    const value = Number((await eta.inputValue()).replace('−', '-'));
    expect(value).toBeGreaterThanOrEqual(0.001);
    expect(value).toBeLessThanOrEqual(0.5);
  }
});

test('the demo page /demos/gd-steps/ shows the widget on its own and it runs', async ({ page }) => {
  await page.goto('/ko/demos/gd-steps/');
  await expect(page.locator('nn-gd-steps')).toBeVisible();
  const count = page.locator('nn-gd-steps .nn-step-count');
  await expect(count).toHaveText('0단계');
  await page.locator('nn-gd-steps .nn-transport button').nth(1).click();
  await expect(count).toHaveText('1단계');
});
