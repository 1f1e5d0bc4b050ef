// Lighthouse on every chapter page, both languages: prints the four category scores and fails
// under 0.95 performance, 1.0 accessibility or 1.0 best practices (DESIGN.md's bars).
// Slow (≈ 12 s a page), so it is not part of `npm test`. Needs `npm run build` first.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serveDist } from './serve-dist.mjs';
import { builtPagesIn } from './built-pages.mjs';

const run = promisify(execFile);
const DIST = join(import.meta.dirname, '../dist');
const BARS = { performance: 0.95, accessibility: 1, 'best-practices': 1 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const chrome = process.env.CHROMIUM_PATH || process.env.CHROME_PATH || '/usr/bin/chromium';
const flags = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run';

const only = process.argv.slice(2);
const pages = builtPagesIn(DIST).filter((p) => /^\/(ko\/)?[a-z-]+\/$/.test(p) && !/(notation|glossary|search)\/$/.test(p))
  .filter((p) => only.length === 0 || only.includes(p));

const server = await serveDist(DIST);
let failed = 0;
console.log(`${'page'.padEnd(30)} ${CATEGORIES.map((c) => c.padStart(15)).join('')}`);
try {
  for (const path of pages) {
    const { stdout } = await run(
      join(import.meta.dirname, '../node_modules/.bin/lighthouse'),
      [server.url + path, '--output=json', '--quiet', `--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${flags}`],
      { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 1024 * 1024 },
    );
    const report = JSON.parse(stdout);
    const scores = CATEGORIES.map((c) => report.categories[c]?.score ?? 0);
    const low = Object.entries(BARS).filter(([c, bar]) => (report.categories[c]?.score ?? 0) < bar);
    if (low.length) failed++;
    console.log(`${low.length ? '✗' : ' '} ${path.padEnd(28)} ${scores.map((s) => s.toFixed(2).padStart(15)).join('')}`);
    for (const c of CATEGORIES.filter((c) => (report.categories[c]?.score ?? 0) < 1)) {
      const audits = report.categories[c].auditRefs
        .map((ref) => report.audits[ref.id])
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
        .map((a) => `${a.id} (${a.score})`);
      console.log(`    ${c}: ${audits.join(', ')}`);
    }
  }
} finally {
  await server.close();
}
console.log(`bars: performance ≥ ${BARS.performance}, accessibility ≥ ${BARS.accessibility}, best practices ≥ ${BARS['best-practices']}`);
if (failed) {
  console.error(`${failed} page(s) below the bars`);
  process.exit(1);
}
