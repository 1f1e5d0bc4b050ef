import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.PORT ?? 4321);

/**
 * Browser tests run on the built site (`npm run build` first), served by `astro preview`.
 * They drive the machine's Chromium (Debian's package by default; CHROMIUM_PATH overrides) and never
 * download a browser. The flags keep Chromium from dialling hosts an offline machine cannot reach.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // On CI a failed test is run once more and reported as flaky if it then passes: the suite runs on a
  // loaded 2-core machine, where a timing slip should not throw away the whole run. A test that fails
  // twice still fails the run.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 60_000,
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}`,
    // Each test's fresh context would otherwise register the course's service worker and precache the
    // whole build (~60 MB) behind it; offline.spec.ts and sub-path.spec.ts allow it where it is tested.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node_modules/.bin/astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
