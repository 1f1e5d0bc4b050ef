import { expect, test, type Page } from '@playwright/test';
import { CHAPTER_SLUGS } from '../../src/chapters';
import { measure, settle, type Fit } from './fit-measure';
import { watchErrors } from './widget-helpers';

/**
 * The lectures, as a room sees them (issue 14): every slide of every lecture, in both languages, at
 * 1280×720 and 1920×1080 in the projector theme. A text slide does not scroll, nothing on it is cut
 * off, its text is at least 28 px and its display formulas are larger than its lines. A widget slide
 * shows its widget whole (nothing scrolls or is cut off; the widget's own text at least 24 px, the
 * floor of every widget in full screen, projector-fit.spec.ts). A diagram slide shows its drawing whole,
 * its labels at least 24 px (src/lectures/diagram-text.ts) and its lines at least 28 px.
 */
const SCREENS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;
const MIN_SLIDE_TEXT_PX = 28;
const MIN_WIDGET_TEXT_PX = 24;
const MIN_DIAGRAM_LABEL_PX = 24;

const lecturePath = (lang: string, slug: string, rest = '') => `${lang === 'ko' ? '/ko' : ''}/lectures/${slug}/${rest}`;

/** The slide the URL names. */
const slideInUrl = (page: Page) => page.evaluate(() => new URL(location.href).searchParams.get('slide'));

/** Font sizes on a text slide: its lines' and its display formulas' (runs in the browser). */
function typeSizes(selector: string): { line: number; formulas: number[] } {
  const slide = document.querySelector(selector)!;
  const size = (el: Element | null) => (el ? parseFloat(getComputedStyle(el).fontSize) : 0);
  return {
    line: size(slide.querySelector('.lecture-slide-body li, .lecture-slide-body p') ?? slide.querySelector('.lecture-slide-body')),
    formulas: [...slide.querySelectorAll('.katex-display > .katex')].map(size),
  };
}

for (const slug of CHAPTER_SLUGS) {
  for (const lang of ['en', 'ko'] as const) {
    test(`the ${slug} lecture (${lang}): every slide legible and whole at 1280×720 and 1920×1080`, async ({ page }) => {
      test.setTimeout(180_000);
      const errors = watchErrors(page);
      await page.addInitScript(() => localStorage.setItem('lt-theme', 'projector'));
      await page.setViewportSize(SCREENS[0]);
      await page.goto(lecturePath(lang, slug));
      const slides = await page.locator('.lecture-slide').evaluateAll((all) => all.map((s) => ({ id: (s as HTMLElement).dataset.slide!, kind: (s as HTMLElement).dataset.kind! })));
      expect(slides.length).toBeGreaterThan(3);
      const problems: string[] = [];
      for (const [i, slide] of slides.entries()) {
        if (i > 0) await page.evaluate((id) => document.dispatchEvent(new CustomEvent('lecture-go', { detail: id })), slide.id);
        await expect.poll(() => slideInUrl(page)).toBe(slide.id);
        const selector = `#slide-${slide.id}`;
        await expect(page.locator(selector)).toBeVisible();
        if (slide.kind === 'widget') await expect(page.locator(`${selector} figure.widget .widget-body :defined[data-nn-started]`)).toHaveCount(1, { timeout: 15_000 });
        for (const screen of SCREENS) {
          await page.setViewportSize(screen);
          await settle(page);
          const at = `${slide.id} at ${screen.width}×${screen.height}`;
          const fit: Fit = await page.evaluate(measure, {
            minText: { widget: MIN_WIDGET_TEXT_PX, diagram: MIN_DIAGRAM_LABEL_PX, text: MIN_SLIDE_TEXT_PX }[slide.kind]!,
            selector: slide.kind === 'widget' ? `${selector} figure.widget` : selector,
          });
          for (const line of fit.scrolling) problems.push(`${at}: scrolls: ${line}`);
          for (const line of fit.cut) problems.push(`${at}: cut: ${line}`);
          for (const line of fit.small) problems.push(`${at}: small: ${line}`);
          const overflow = await page.evaluate((sel) => {
            const el = document.querySelector(sel)!;
            return el.scrollHeight > el.clientHeight + 1 || document.documentElement.scrollHeight > innerHeight + 1;
          }, selector);
          if (overflow) problems.push(`${at}: the slide is taller than the screen`);
          if (slide.kind !== 'widget') {
            const sizes = await page.evaluate(typeSizes, selector);
            if (sizes.line < MIN_SLIDE_TEXT_PX - 0.05) problems.push(`${at}: lines at ${sizes.line}px`);
            for (const formula of sizes.formulas) if (!(formula > sizes.line)) problems.push(`${at}: a display formula at ${formula}px is not larger than the lines (${sizes.line}px)`);
          }
        }
        await page.setViewportSize(SCREENS[0]);
      }
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
}
