import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLecture } from '../../src/lectures/check';
import { watchErrors } from './widget-helpers';

/**
 * From a chapter to its lecture (src/layouts/lecture-link.ts): the chapter's "Lecture slides" link and
 * its P key open the lecture at the first slide of the section being read; an old link to the former
 * presentation mode (/<chapter>/?slide=<section>) is sent on to that section's slide.
 */
test.use({ viewport: { width: 1280, height: 720 } });

/** A lecture's slides, read from its source (not from the page under test). */
const slidesOf = (lang: 'en' | 'ko', slug: string) => parseLecture(readFileSync(join(process.cwd(), `content/${lang}/lectures/${slug}.mdx`), 'utf8'));

/** The lecture's first slide for a chapter section. */
function firstSlideOf(lang: 'en' | 'ko', slug: string, section: string): string {
  const slide = slidesOf(lang, slug).find((s) => s.section === section);
  if (!slide) throw new Error(`no slide for #${section} in the ${lang} ${slug} lecture`);
  return slide.id;
}

const slideParam = (page: Page) => new URL(page.url()).searchParams.get('slide');

test('P on a chapter opens its lecture at the section being read', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/optimizers/#momentum');
  await page.keyboard.press('p');
  await expect(page).toHaveURL(/\/lectures\/optimizers\/\?slide=/);
  expect(slideParam(page)).toBe(firstSlideOf('en', 'optimizers', 'momentum'));
  await expect(page.locator(`#slide-${slideParam(page)}`)).toBeVisible();
  expect(errors).toEqual([]);
});

test('the Lecture slides link, at the chapter’s top, opens the lecture at its start', async ({ page }) => {
  await page.goto('/ko/dropout/');
  const link = page.getByRole('link', { name: /강의 슬라이드/ });
  await expect(link).toHaveAttribute('aria-keyshortcuts', 'p');
  await link.click();
  await expect(page).toHaveURL(/\/ko\/lectures\/dropout\//);
  const first = slidesOf('ko', 'dropout')[0].id;
  await expect.poll(() => slideParam(page)).toBe(first);
});

test('P at the chapter’s top opens the lecture’s first slide; further down, that section’s', async ({ page }) => {
  await page.goto('/ko/dropout/');
  await page.keyboard.press('p');
  await expect(page).toHaveURL(/\/ko\/lectures\/dropout\/\?slide=/);
  expect(slideParam(page)).toBe(slidesOf('ko', 'dropout')[0].id);
  await page.goto('/ko/dropout/#test-time');
  await page.keyboard.press('p');
  await expect(page).toHaveURL(/\/ko\/lectures\/dropout\/\?slide=/);
  expect(slideParam(page)).toBe(firstSlideOf('ko', 'dropout', 'test-time'));
});

test('an old presentation-mode link is sent on to the lecture’s slide for that section', async ({ page }) => {
  await page.goto('/ko/batch-normalization/?slide=algorithm');
  await expect(page).toHaveURL(/\/ko\/lectures\/batch-normalization\/\?slide=/);
  expect(slideParam(page)).toBe(firstSlideOf('ko', 'batch-normalization', 'algorithm'));
});

test('an unknown or hand-edited slide in an old link starts the lecture at its beginning, without errors', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/perceptron/?slide=%3Cscript%3E');
  await expect(page).toHaveURL(/\/lectures\/perceptron\//);
  const first = slidesOf('en', 'perceptron')[0].id;
  await expect.poll(() => slideParam(page)).toBe(first);
  await expect(page.locator('.lecture-slide:not([hidden])')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('the projector theme sets body text of at least 28 px at 1280×720', async ({ page }) => {
  await page.goto('/perceptron/');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('projector');
  const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('article p')!).fontSize));
  expect(size).toBeGreaterThanOrEqual(28);
});

test('? lists the chapter’s P key in a dialog that Esc closes', async ({ page }) => {
  await page.goto('/ko/perceptron/');
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('이 절의 강의 슬라이드 열기');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
