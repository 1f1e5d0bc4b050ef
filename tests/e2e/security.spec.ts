import { expect, test } from '@playwright/test';

for (const path of ['/', '/ko/perceptron/', '/search/']) {
  test(`${path} carries a Content-Security-Policy that allows scripts from the site only`, async ({ page }) => {
    await page.goto(path);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toMatch(/script-src 'self'( 'wasm-unsafe-eval')?;/);
    expect(csp).not.toContain('unsafe-inline\'; script');
    expect(csp).toContain("default-src 'self'");
    // No inline script bodies: every script is a same-origin file.
    const inline = await page.locator('script:not([src])').count();
    expect(inline).toBe(0);
  });
}

test('an injected inline script is blocked by the policy', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') violations.push(msg.text());
  });
  await page.goto('/');
  const ran = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  expect(violations.join(' ')).toContain('Content Security Policy');
});
