import { expect, type Page } from '@playwright/test';
import { join } from 'node:path';
import { serveDist } from '../../scripts/serve-dist.mjs';

/** A built site served by the test itself, so the test can take it away: { url, close }. */
export function serveBuild(folder: string, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  return serveDist(join(import.meta.dirname, '../..', folder), { base });
}

/**
 * Waits until the page's service worker has precached the build and is active (`ready` resolves once
 * the worker's install — the precaching — has finished and it has activated) and controls the page.
 * Returns its scope.
 */
export async function waitUntilOfflineReady(page: Page): Promise<string> {
  const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((registration) => registration.scope), undefined);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  return scope;
}

/**
 * Console errors and failed requests on a page, collected from now on. A request the page itself
 * dropped by navigating on (ERR_ABORTED: a widget's code still loading when the test moves to the
 * next page) is not a failure of the site.
 */
export function watchFailures(page: Page): string[] {
  const failures: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') failures.push(`${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => failures.push(`${page.url()}: ${error.message}`));
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    if (error !== 'net::ERR_ABORTED') failures.push(`${request.url()}: ${error}`);
  });
  return failures;
}
