import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

export const LANGS = ['en', 'ko'] as const;
export const THEMES = ['light', 'dark', 'projector'] as const;

/** Collects console errors and page errors; check with expect(errors).toEqual([]). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

export async function setTheme(page: Page, theme: string): Promise<void> {
  await page.addInitScript((t) => localStorage.setItem('lt-theme', t), theme);
}

/**
 * A widget's demo page (/demos/<id>/): the widget as on its chapter without the chapter's text around it,
 * which tests load far faster. Specs that test only the widget open it here.
 */
export const demoPath = (id: string, lang = 'en', query = '') => `${lang === 'ko' ? '/ko' : ''}/demos/${id}/${query}`;

export const chapterPath = (lang: string, query = '') => `${lang === 'ko' ? '/ko' : ''}/perceptron/${query}`;

/** WCAG 2.2 A/AA: the tags every axe check of the course uses. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's violations on the page (or only inside the `include` selectors), one line each. */
export async function axeViolations(page: Page, include: readonly string[] = []): Promise<string[]> {
  // The page settled first: its fonts loaded and two frames drawn, so what reacts to layout (a wide
  // formula made focusable once its font has made it overflow, src/layouts/scroll-regions.ts) has.
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  for (const selector of include) builder = builder.include(selector);
  const axe = await builder.analyze();
  return axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** Types into a validated field and commits it (Enter), as a reader would. */
export async function commit(page: Page, field: ReturnType<Page['locator']>, text: string): Promise<void> {
  await field.fill(text);
  await field.press('Enter');
}

export async function expectClean(page: Page, errors: string[]): Promise<void> {
  await expect(page.locator('.katex-error')).toHaveCount(0);
  expect(errors).toEqual([]);
}

/** Whether the custom element `tag` is defined on the page (its code has been fetched). */
export function isDefined(page: Page, tag: string): Promise<boolean> {
  return page.evaluate((name) => customElements.get(name) !== undefined, tag);
}

/**
 * Scrolls the frame of widget `id` (#widget-<id>) into view and waits until its element has started:
 * its code is fetched when it nears the viewport (src/widgets/kit/lazy-define.ts), then it builds
 * its content. Returns the frame.
 */
export async function showWidget(page: Page, id: string): Promise<Locator> {
  const frame = page.locator(`#widget-${id}`);
  await frame.scrollIntoViewIfNeeded();
  await expect(frame.locator('.widget-body :defined[data-nn-started]')).toHaveCount(1);
  return frame;
}
