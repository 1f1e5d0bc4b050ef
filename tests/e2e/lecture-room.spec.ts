import { expect, test, type Frame, type Page } from '@playwright/test';
import { watchErrors } from './widget-helpers';

/**
 * Teaching with a lecture (issue 14): the clicker steps a stepping widget before it moves on, the
 * presenter view and the room's window stay in step (slides, widgets, the laser pointer), the pen's
 * marks go with the slide, and the handout holds every slide with its notes and prints on A4 and Letter.
 */
const param = (page: Page | Frame, key: string) => page.evaluate((k) => new URL(location.href).searchParams.get(k), key);
const started = (page: Page | Frame, slide: string) =>
  expect(page.locator(`#slide-${slide} figure.widget .widget-body :defined[data-nn-started]`)).toHaveCount(1, { timeout: 15_000 });

test('the clicker steps the forward pass, steps back, then leaves for the slide before', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/lectures/perceptron/?slide=forward-propagation-live');
  await started(page, 'forward-propagation-live');
  await page.keyboard.press('PageDown');
  await expect.poll(() => param(page, 'forward-pass.step')).toBe('1');
  await page.keyboard.press('PageDown');
  await expect.poll(() => param(page, 'forward-pass.step')).toBe('2');
  expect(await param(page, 'slide')).toBe('forward-propagation-live');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect.poll(() => param(page, 'forward-pass.step')).toBeNull();
  await page.keyboard.press('PageUp');
  await expect.poll(() => param(page, 'slide')).toBe('forward-propagation');
  await expect(page.locator('#slide-forward-propagation')).toBeVisible();
  await expect(page.locator('#slide-forward-propagation-live')).toBeHidden();
  expect(errors).toEqual([]);
});

test('after the widget’s last step, the clicker moves to the next slide', async ({ page }) => {
  await page.goto('/ko/lectures/backpropagation/?slide=delta-notation-live');
  await started(page, 'delta-notation-live');
  const seen: string[] = [];
  for (let press = 0; press < 30 && (await param(page, 'slide')) === 'delta-notation-live'; press++) {
    await page.keyboard.press('PageDown');
    // The URL is written at once after a quiet spell, and within 250 ms of a write only later (url-history.ts).
    await page.waitForTimeout(350);
    seen.push(String(await param(page, 'delta-reuse.step')));
  }
  expect(await param(page, 'slide')).toBe('deeper-chains');
  // Every step was taken, one per press, before the slide changed.
  const steps = seen.slice(0, -1).map(Number);
  expect(steps.length).toBeGreaterThan(2);
  expect(steps).toEqual(steps.map((_, i) => i + 1));
});

test('the presenter view and the room’s window follow each other: slides, widgets, notes, the laser', async ({ context }) => {
  const room = await context.newPage();
  const errors = watchErrors(room);
  await room.goto('/lectures/perceptron/?slide=neuron');
  const presenter = await context.newPage();
  errors.push(...watchErrors(presenter));
  await presenter.goto('/lectures/perceptron/presenter/');
  const frames = () => presenter.frames().filter((f) => f.url().includes('/lectures/perceptron/') && !f.url().includes('presenter'));
  await expect.poll(() => frames().length).toBe(2);
  const current = frames().find((f) => !f.url().includes('preview'))!;
  const next = frames().find((f) => f.url().includes('preview'))!;

  // The presenter view opens on the room's slide; its preview shows the one after.
  await expect.poll(() => param(current, 'slide')).toBe('neuron');
  await expect(next.locator('#slide-neuron-diagram')).toBeVisible();
  await expect(presenter.locator('[data-presenter-notes] section.slide:not([hidden]) h2#neuron')).toHaveCount(1);
  // The list tells every slide apart, though the seminar's titles repeat: each by its gist, each title once above its run.
  const items = (await presenter.locator('[data-presenter-go]').allTextContents()).map((text) => text.replace(/^\d+\.\s*/, ''));
  expect(new Set(items).size).toBe(items.length);
  const titles = await presenter.locator('.presenter-list-title').allTextContents();
  expect(new Set(titles).size).toBe(titles.length);
  await expect(presenter.locator('[data-presenter-go="neuron-live"]')).toContainText('One neuron');

  // The clicker in the presenter view moves the room.
  await presenter.keyboard.press('PageDown');
  await expect.poll(() => param(room, 'slide')).toBe('neuron-diagram');
  await expect(room.locator('#slide-neuron-diagram')).toBeVisible();
  await expect(presenter.locator('[data-presenter-go="neuron-diagram"][aria-current]')).toHaveCount(1);

  // A slide picked from the list; then a widget stepped in the room is stepped in the presenter's frame, and back.
  await presenter.locator('[data-presenter-go="forward-propagation-live"]').click();
  await expect.poll(() => param(room, 'slide')).toBe('forward-propagation-live');
  await started(room, 'forward-propagation-live');
  await started(current, 'forward-propagation-live');
  await room.keyboard.press('PageDown');
  await expect.poll(() => param(current, 'forward-pass.step')).toBe('1');
  // …and the widget there shows it, not only its URL.
  await expect(current.locator('#slide-forward-propagation-live .nn-step-counter')).toHaveText(/^Step 1 of \d+$/);
  await presenter.keyboard.press('PageDown');
  await expect.poll(() => param(room, 'forward-pass.step')).toBe('2');

  // The laser pointer moved in the room shows in the presenter's frame.
  await room.keyboard.press('l');
  await room.mouse.move(400, 300);
  await room.mouse.move(420, 310);
  await expect(room.locator('.lecture-laser')).toBeVisible();
  await expect(current.locator('.lecture-laser')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the pen marks the slide; the marks are gone on the next slide', async ({ page }) => {
  await page.goto('/lectures/dropout/');
  const inked = () => page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.lecture-ink')!;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
    return painted;
  });
  const draw = async () => {
    await page.mouse.move(300, 300);
    await page.mouse.down();
    await page.mouse.move(500, 350, { steps: 5 });
    await page.mouse.up();
  };
  await page.keyboard.press('d');
  await expect(page.locator('[data-lecture-tool="pen"]')).toHaveAttribute('aria-pressed', 'true');
  await draw();
  expect(await inked()).toBeGreaterThan(100);
  await page.keyboard.press('c');
  expect(await inked()).toBe(0);
  await draw();
  expect(await inked()).toBeGreaterThan(100);
  await page.keyboard.press('PageDown');
  expect(await inked()).toBe(0);
});

for (const lang of ['en', 'ko'] as const) {
  test(`the handout (${lang}) holds every slide with its notes, no live widget, and prints on A4 and Letter`, async ({ page }) => {
    const errors = watchErrors(page);
    const base = `${lang === 'ko' ? '/ko' : ''}/lectures/backpropagation/`;
    await page.goto(base);
    const slides = await page.locator('.lecture-slide').count();
    await page.goto(`${base}handout/`);
    await expect(page.locator('[data-handout-body] .handout-slide')).toHaveCount(slides);
    await expect(page.locator('[data-handout-body] .handout-notes')).not.toHaveCount(0);
    await expect(page.locator('[data-handout-body] figure.widget')).toHaveCount(0);
    await expect(page.locator('[data-handout-body] .handout-demo').first()).toContainText('/lectures/backpropagation/?slide=');
    await page.emulateMedia({ media: 'print' });
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      // More than a page or two: the whole handout is printed, not its first screen.
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThan(slides / 4);
    }
    // Printed at A4's width, nothing drawn runs past the page: a formula too wide scrolls in its own box
    // on screen and is set smaller on paper (KaTeX's MathML for screen readers and its 400em-wide
    // stretchy signs are clipped by design; an inline formula's struts may end a pixel or two past its line).
    await page.setViewportSize({ width: 680, height: 960 });
    const past = await page.evaluate(() =>
      [...document.querySelectorAll('[data-handout-body] *')]
        .filter((el) => !el.closest('.katex-mathml, .katex .hide-tail, .katex .stretchy, .katex-display'))
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 4)
        .map((el) => `${el.tagName} ${el.textContent?.slice(0, 40)}`),
    );
    expect(past).toEqual([]);
    expect(errors).toEqual([]);
  });
}
