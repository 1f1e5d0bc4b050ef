// Dev aid: lists the elements that stick out past a 375 px viewport on the given paths.
import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 375, height: 800 } });
for (const path of process.argv.slice(2)) {
  await p.goto('http://127.0.0.1:4321' + path);
  const r = await p.evaluate(() => {
    const W = document.documentElement.clientWidth;
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      const rect = el.getBoundingClientRect();
      const kids = [...el.children].some((c) => c.getBoundingClientRect().right > W + 1);
      if (rect.right > W + 1 && !kids) out.push(`${el.tagName}.${el.className} w=${Math.round(rect.width)} ${(el.textContent || '').slice(0, 50)}`);
    }
    return out.slice(0, 6);
  });
  console.log(path, r);
}
await b.close();
