import { expect, test, type Locator } from '@playwright/test';
import { axeViolations, demoPath, expectClean, setTheme, showWidget, THEMES, watchErrors } from './widget-helpers';

/**
 * The closing checks of a widget's spec, defined once (they declare tests; call them at a spec's top
 * level):
 * - axeInEveryTheme: in each theme, axe finds nothing in the widget on its demo page (/demos/<id>/,
 *   plus `query`), once `fill` has put it in a fuller state (steps taken, rows added) — no console
 *   error meanwhile. The demo page holds the same widget as the chapter, with the same styles; axe on a
 *   chapter walks every KaTeX span of the page even when scoped to one widget (~15 s a run), and each
 *   chapter page is axed whole in pages.spec.ts;
 * - demoPagesWork: its demo pages, /demos/<id>/ and /ko/demos/<id>/, load clean, `work` (a step or a
 *   click, and what it must show), and are axe-clean.
 */
export function axeInEveryTheme(id: string, fill: (frame: Locator) => Promise<void>, query = ''): void {
  for (const theme of THEMES) {
    test(`${id}: axe finds nothing in the widget in the ${theme} theme`, async ({ page }) => {
      const errors = watchErrors(page);
      await setTheme(page, theme);
      await page.goto(demoPath(id, 'en', query));
      const frame = await showWidget(page, id);
      await fill(frame);
      expect(await axeViolations(page, [`#widget-${id}`])).toEqual([]);
      await expectClean(page, errors);
    });
  }
}

export function demoPagesWork(id: string, work: (frame: Locator) => Promise<void>): void {
  test(`the demo page /demos/${id}/ (and /ko/) loads clean, works, and is axe-clean`, async ({ page }) => {
    test.slow();
    const errors = watchErrors(page);
    for (const path of [demoPath(id, 'en'), demoPath(id, 'ko')]) {
      await page.goto(path);
      const frame = await showWidget(page, id);
      await work(frame);
      expect(await axeViolations(page)).toEqual([]);
    }
    await expectClean(page, errors);
  });
}
