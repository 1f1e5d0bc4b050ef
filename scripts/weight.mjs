// Page weight: loads every built page in headless Chromium and adds up what its first load
// fetches, gzip-compressed (as a server would send it; fonts and images count as they are).
// Fails when a page's JavaScript exceeds 40 KB or its total exceeds 400 KB (DESIGN.md's bars).
//
// The first load is what a reader at the top of the page, in a 1280×720 window, has fetched once
// the page has loaded, its first frames have run (widget code is fetched when a widget comes within
// a viewport of the window: src/widgets/kit/when-wanted.ts) and the network has been quiet for
// 500 ms. So a chapter's widgets further down do not count, and one near the top does. A widget's
// demo page (/demos/<id>/) shows its widget at the top, whose code is then part of its first load
// by design: those pages are held to DEMO_JS_LIMIT instead, and marked "demo" in the report. So is a
// widget's print view (/demos/<id>/print/): it is that widget's content — the stepper's network
// diagram and every formula as MathML — drawn at the top from the same URL state.
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { serveDist } from './serve-dist.mjs';
import { builtPagesIn } from './built-pages.mjs';

const JS_LIMIT = 40 * 1024;
const DEMO_JS_LIMIT = 80 * 1024;
/** A lecture's presenter view: two frames of the lecture (the current slide and the next, each maybe with a widget in view) beside the chapter's text. */
const PRESENTER_JS_LIMIT = 120 * 1024;
const isPresenter = (path) => /^(\/ko)?\/lectures\/[^/]+\/presenter\/$/.test(path);
const TOTAL_LIMIT = 400 * 1024;
const VIEWPORT = { width: 1280, height: 720 };
/** A widget's own page or its print view: '/demos/gd-steps/', '/ko/demos/backprop-stepper/print/' (not the demo index). */
const isWidgetDemo = (path) => /^(\/ko)?\/demos\/[^/]+\/(print\/)?$/.test(path);
const DIST = join(import.meta.dirname, '../dist');
const COMPRESSED = /\.(woff2?|png|jpe?g|webp|avif|wasm)$/;

const server = await serveDist(DIST);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const rows = [];
let failed = 0;
try {
  for (const path of builtPagesIn(DIST)) {
    const page = await browser.newPage({ viewport: VIEWPORT, serviceWorkers: 'block' });
    const sizes = [];
    page.on('response', async (response) => {
      const url = response.url();
      if (!url.startsWith(server.url)) return;
      sizes.push(
        response.body().then((body) => ({
          url,
          js: /\.m?js(\?|$)/.test(url),
          bytes: COMPRESSED.test(new URL(url).pathname) ? body.length : gzipSync(body, { level: 9 }).length,
        })).catch(() => ({ url, js: false, bytes: 0 })),
      );
    });
    await page.goto(server.url + path, { waitUntil: 'load' });
    // Two frames: IntersectionObserver reports (and widget code is requested) during rendering.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.waitForLoadState('networkidle');
    const loaded = await Promise.all(sizes);
    await page.close();
    const js = loaded.filter((r) => r.js).reduce((s, r) => s + r.bytes, 0);
    const total = loaded.reduce((s, r) => s + r.bytes, 0);
    const demo = isWidgetDemo(path);
    const presenter = isPresenter(path);
    const over = js > (presenter ? PRESENTER_JS_LIMIT : demo ? DEMO_JS_LIMIT : JS_LIMIT) || total > TOTAL_LIMIT;
    if (over) failed++;
    rows.push(`${over ? '✗' : ' '} ${kb(js)} KB JS ${kb(total)} KB total  ${loaded.length.toString().padStart(3)} files  ${path}${demo ? '  (demo)' : presenter ? '  (presenter view)' : ''}`);
  }
} finally {
  await browser.close();
  await server.close();
}

console.log('First-load weight per page (gzip):');
console.log(rows.join('\n'));
console.log(
  `limits: ${JS_LIMIT / 1024} KB JavaScript (${DEMO_JS_LIMIT / 1024} KB on a widget's demo page, its widget in view; ${PRESENTER_JS_LIMIT / 1024} KB in a lecture's presenter view, two frames of it), ${TOTAL_LIMIT / 1024} KB in all`,
);
if (failed) {
  console.error(`${failed} page(s) over the limit`);
  process.exit(1);
}
