// Frame time while widgets train: opens each training widget at 1280×720, lets it train for 5 s at
// its default speed, and records every requestAnimationFrame interval. Reports the worst frame and
// fails over 50 ms (DESIGN.md's bar). Run alone (it is the last step of `npm test`), because a
// neighbour process on this 2-core machine spoils a window: each widget gets up to three windows,
// and the best counts. Needs `npm run build` first.
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { serveDist } from './serve-dist.mjs';

const BUDGET_MS = 50;
/**
 * rAF timestamps are vsync times measured with jitter of about ±0.1 ms, and a 60 Hz frame lasts
 * 16.67 ms: a frame that misses two vsyncs is 3 × 16.67 = 50.0 ms and measures 49.9 to 50.1. It is not
 * over the 50 ms bar, so a measurement within this tolerance of the budget counts as the budget (one
 * more missed vsync, 66.7 ms, still fails).
 */
const JITTER_MS = 0.5;
const WINDOW_MS = 5000;
/** [page, widget frame id, how to start it training]. */
const CASES = [
  ['/perceptron/', 'training-loop', 'default: 2-2-1'],
  ['/perceptron/?training-loop.arch=2-4-4-1', 'training-loop', '2-4-4-1'],
  ['/perceptron/', 'delta-rule', 'AND'],
  ['/optimizers/', 'gd-steps', 'η = 0.03'],
  ['/optimizers/', 'optimizer-race', 'all eight racing on the valley, 32 steps/s'],
  ['/loss-functions/', 'mse-vs-ce', '(w₀, b₀) = (2, 2), η = 0.15'],
  ['/activation-functions/?same-network.data=spirals&same-network.depth=2&same-network.width=8&same-network.eta=3&same-network.speed=1024', 'same-network', 'spirals, 2 × 8, 1024 epochs/s'],
  ['/batch-normalization/?bn-with-without.speed=800', 'bn-with-without', 'plain and BN, 5 × 16 tanh, η = 10, 800 steps/s'],
  ['/dropout/?dropout-overfit.speed=120&dropout-overfit.epochs=1000', 'dropout-overfit', 'p = 0 and p = 0.5, 2–64–64–1 on 30 points, 120 epochs/s'],
];

const server = await serveDist(join(import.meta.dirname, '../dist'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** rAF intervals (ms) over `ms` milliseconds, the first (partial) one dropped. */
const frameTimes = (page, ms) =>
  page.evaluate(
    (duration) =>
      new Promise((resolve) => {
        const deltas = [];
        const start = performance.now();
        let last = start;
        const tick = (now) => {
          deltas.push(now - last);
          last = now;
          if (now - start < duration) requestAnimationFrame(tick);
          else resolve(deltas.slice(1));
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );

let failed = 0;
console.log(`Worst animation frame while training for ${WINDOW_MS / 1000} s (best of up to 3 windows):`);
try {
  // `node scripts/frames.mjs <widget id>` measures only that widget's cases.
  const only = process.argv[2];
  for (const [path, id, label] of CASES.filter(([, id]) => !only || id === only)) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    await page.goto(server.url + path);
    const frame = page.locator(`#widget-${id}`);
    await frame.scrollIntoViewIfNeeded();
    const play = frame.locator('.nn-transport .nn-play');
    const reset = frame.locator('.nn-transport-buttons .nn-reset');
    await play.waitFor();
    let best = Infinity;
    let frames = 0;
    for (let attempt = 0; attempt < 3 && best > BUDGET_MS + JITTER_MS; attempt++) {
      await reset.click();
      const measuring = frameTimes(page, WINDOW_MS);
      await play.click();
      const deltas = await measuring;
      const worst = Math.max(...deltas);
      if (worst < best) [best, frames] = [worst, deltas.length];
    }
    const over = best > BUDGET_MS + JITTER_MS;
    if (over) failed++;
    console.log(`${over ? '✗' : ' '} ${best.toFixed(1).padStart(6)} ms worst, ${String(frames).padStart(4)} frames  ${id} (${label})`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`budget: ${BUDGET_MS} ms (± ${JITTER_MS} ms of timestamp jitter: three 60 Hz frames)`);
if (failed) {
  console.error(`${failed} widget(s) over the frame budget`);
  process.exit(1);
}
