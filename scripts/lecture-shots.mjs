// Screenshots of every slide of the lectures asked for, as the room sees them (projector theme unless
// THEMES says otherwise), at SIZES (default 1280x720), in both languages.
// Usage: node scripts/lecture-shots.mjs perceptron optimizers …   (serves dist/ itself); KIND=diagram
// (or widget, text) takes only the slides of that kind.
// Writes screenshots/lecture-<slug>-<lang>-<theme>-<width>-<nn>-<slide>.png (the folder is git-ignored).
import { chromium } from '@playwright/test';
import { join } from 'node:path';
import { serveDist } from './serve-dist.mjs';

const slugs = process.argv.slice(2);
const themes = (process.env.THEMES ?? 'projector').split(',');
const sizes = (process.env.SIZES ?? '1280x720').split(',').map((s) => s.split('x').map(Number));
const langs = (process.env.LANGS ?? 'en,ko').split(',');
const kind = process.env.KIND;
const server = await serveDist(join(import.meta.dirname, '../dist'));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const slug of slugs) {
    for (const lang of langs) {
      for (const theme of themes) {
        for (const [width, height] of sizes) {
          const page = await browser.newPage({ viewport: { width, height }, serviceWorkers: 'block' });
          await page.addInitScript((t) => localStorage.setItem('lt-theme', t), theme);
          await page.goto(`${server.url}${lang === 'en' ? '' : '/ko'}/lectures/${slug}/`, { waitUntil: 'networkidle' });
          const ids = await page.$$eval('.lecture-slide', (slides) => slides.map((s) => s.dataset.slide));
          const kinds = await page.$$eval('.lecture-slide', (slides) => slides.map((s) => s.dataset.kind));
          for (const [i, id] of ids.entries()) {
            if (kind && kinds[i] !== kind) continue;
            if (i > 0) await page.evaluate((want) => document.dispatchEvent(new CustomEvent('lecture-go', { detail: want })), id);
            await page.waitForFunction((want) => new URL(location.href).searchParams.get('slide') === want, id, { timeout: 5000 }).catch(() => undefined);
            await page.waitForTimeout(i === 0 ? 600 : 900);
            await page.mouse.move(width / 2, 10);
            const n = String(i + 1).padStart(2, '0');
            await page.screenshot({ path: `screenshots/lecture-${slug}-${lang}-${theme}-${width}-${n}-${id}.png` });
          }
          await page.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
