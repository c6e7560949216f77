import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// End-to-end tests click through the real app (production build) on a fresh embedded database
// seeded with the demo data. E2E_DATABASE_URL points them at another PostgreSQL instead.
export default defineConfig({
  testDir: 'e2e',
  // scripts/run-e2e.mjs runs two halves at once: each keeps its own results and report.
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: process.env.E2E_REPORT_DIR ?? 'playwright-report' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    },
  },
  projects: [
    // delivery.spec.ts runs in playwright.delivery.config.ts, with real SMTP.
    { name: 'desktop', testIgnore: ['delivery.spec.ts', '*.phone.spec.ts'] },
    // A handful of main journeys again on a phone screen (not the whole suite twice).
    { name: 'phone', testMatch: '*.phone.spec.ts', use: { viewport: { width: 390, height: 844 }, hasTouch: true } },
  ],
  webServer: {
    // E2E_BUILD=0: serve the build another run has just made (the second half in scripts/run-e2e.mjs).
    command: `node --conditions=react-server --import tsx scripts/serve.ts start${process.env.E2E_BUILD === '0' ? '' : ' --build'} --fresh --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 900_000, // next build takes minutes on a busy machine
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? '',
      // The browser tests use the demo accounts and the test checkout.
      DEMO_MODE: 'true',
      // The specs book as the same few people many times without paying; the caps on unpaid holds
      // are tested in tests/booking/hold-caps.db.test.ts.
      HOLDS_PER_LISTING: '1000',
      HOLDS_TOTAL: '1000',
      // Absolute URLs (payment returns, email links) name the address the browser uses.
      APP_URL: `http://127.0.0.1:${PORT}`,
      EMBEDDED_PG_DIR: process.env.E2E_PG_DIR ?? '.data/e2e-postgres',
      // e2e/webhooks.spec.ts receives webhooks on 127.0.0.1 (never set in production).
      WEBHOOKS_ALLOW_PRIVATE_TARGETS: 'true',
    },
  },
});
