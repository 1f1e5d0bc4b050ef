// Screenshots of built pages for looking at them: every theme × language × viewport asked for.
// Usage: node scripts/screenshots.mjs [--full | --fullscreen] /perceptron/ /optimizers/ …   (serves dist/ itself)
// --fullscreen presses the first widget's Full screen button first (a lecturer projecting a demo page).
// Writes screenshots/<page>-<lang>-<theme>-<width>.png (the folder is git-ignored).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { serveDist } from './serve-dist.mjs';

const args = process.argv.slice(2);
const full = args.includes('--full');
const fullscreen = args.includes('--fullscreen');
const paths = args.filter((a) => a.startsWith('/'));
const themes = (process.env.THEMES ?? 'light,dark,projector').split(',');
const sizes = (process.env.SIZES ?? '1280x720,375x800').split(',').map((s) => s.split('x').map(Number));
const OUT = join(import.meta.dirname, '../screenshots');
mkdirSync(OUT, { recursive: true });

const server = await serveDist(join(import.meta.dirname, '../dist'));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const path of paths) {
    for (const lang of ['en', 'ko']) {
      const url = lang === 'en' ? path : `/ko${path}`;
      for (const theme of themes) {
        for (const [width, height] of sizes) {
          const page = await browser.newPage({ viewport: { width, height }, serviceWorkers: 'block' });
          await page.addInitScript((t) => localStorage.setItem('lt-theme', t), theme);
          await page.goto(server.url + url, { waitUntil: 'networkidle' });
          if (fullscreen) {
            await page.locator('figure.widget [data-nn-fullscreen]').first().click();
            await page.waitForFunction(() => document.fullscreenElement !== null);
            await page.waitForTimeout(300);
          }
          const name = `${path.replace(/[/#]/g, '') || 'home'}-${lang}-${theme}-${width}${fullscreen ? '-fs' : ''}.png`;
          await page.screenshot({ path: join(OUT, name), fullPage: full });
          await page.close();
          console.log(name);
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
