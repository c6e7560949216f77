import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// Two app servers on one database (e2e/scale.spec.ts): the first is started as in the main config
// (embedded PostgreSQL, migrations, demo data), the second is `next start` of the same build on the
// same database. Both send email to one SMTP capture server, and both run the cron routes.
//   npx playwright test -c playwright.scale.config.ts
const PORT = Number(process.env.E2E_PORT ?? 3160);
const SECOND_PORT = Number(process.env.E2E_SECOND_PORT ?? PORT + 1);
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? PORT + 1000);
const CAPTURE_PORT = SMTP_PORT + 2;
const PG_DIR = process.env.E2E_PG_DIR ?? '.data/e2e-scale-postgres';
process.env.E2E_SMTP_CAPTURE_URL = `http://127.0.0.1:${CAPTURE_PORT}`;
process.env.E2E_SECOND_URL = `http://127.0.0.1:${SECOND_PORT}`;
process.env.E2E_CRON_SECRET = 'scale-test-cron-secret';
process.env.E2E_PG_PORT_FILE = `${PG_DIR}.port`;

const app = Array.isArray(base.webServer) ? base.webServer[0]! : base.webServer!;
const shared = {
  ...app.env,
  AUTH_SECRET: 'scale-test-auth-secret-0123456789abcdef',
  CRON_SECRET: process.env.E2E_CRON_SECRET,
  // Per credential and minute, counted in PostgreSQL: the test spends it across both servers.
  API_RATE_LIMIT: '150',
  SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
  EMAIL_FROM: 'Bookwell <bookings@bookwell.test>',
  EMBEDDED_PG_DIR: PG_DIR,
  APP_URL: `http://127.0.0.1:${PORT}`,
  LOG_LEVEL: 'warn',
};

export default defineConfig({
  ...base,
  testMatch: 'scale.spec.ts',
  testIgnore: [],
  retries: 0,
  // Runs beside the delivery spec (scripts/run-e2e.mjs): its own results and report.
  outputDir: 'test-results/scale',
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: 'playwright-report/scale' }]] : 'list',
  projects: [{ name: 'scale', testMatch: 'scale.spec.ts', testIgnore: [] }],
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
  webServer: [
    {
      command: `node scripts/e2e-smtp-capture.mjs ${SMTP_PORT} ${CAPTURE_PORT}`,
      url: `http://127.0.0.1:${CAPTURE_PORT}/health`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      ...app,
      // npm run test:e2e sets E2E_BUILD=0: the main suite has just built this checkout; serve that build.
      command: app.command.replace(/--port \d+/, `--port ${PORT}`),
      url: `http://127.0.0.1:${PORT}/api/health/ready`,
      timeout: 900_000,
      env: shared,
    },
    {
      command: `node scripts/e2e-second-server.mjs ${SECOND_PORT} ${PG_DIR}`,
      url: `http://127.0.0.1:${SECOND_PORT}/api/health/ready`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'pipe',
      stderr: 'pipe',
      env: shared,
    },
  ],
});
