import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The browser test of email delivery: the app sends over real SMTP to a capture server started
// before it (scripts/e2e-smtp-capture.mjs), so the dev mailbox is off here and the other specs,
// which read it, run in playwright.config.ts.  npx playwright test -c playwright.delivery.config.ts
const PORT = Number(process.env.E2E_PORT ?? 3150);
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? PORT + 1000);
const CAPTURE_PORT = SMTP_PORT + 1;
process.env.E2E_SMTP_CAPTURE_URL = `http://127.0.0.1:${CAPTURE_PORT}`;

const app = Array.isArray(base.webServer) ? base.webServer[0]! : base.webServer!;

export default defineConfig({
  ...base,
  testMatch: 'delivery.spec.ts',
  testIgnore: [],
  projects: [{ name: 'delivery', testMatch: 'delivery.spec.ts', testIgnore: [] }], // not the main config's desktop and phone projects
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
      // In CI (npm run test:e2e) the main suite has just built this same checkout: serve that build.
      command: app.command.replace(/--port \d+/, `--port ${PORT}`).replace(process.env.CI ? ' --build' : '\u0000', ''),
      url: `http://127.0.0.1:${PORT}/api/health`,
      timeout: 900_000, // next build takes minutes on a busy machine
      env: {
        ...app.env,
        EMBEDDED_PG_DIR: process.env.E2E_PG_DIR ?? '.data/e2e-delivery-postgres',
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        EMAIL_FROM: 'Bookwell <bookings@bookwell.test>',
        APP_URL: `http://127.0.0.1:${PORT}`,
      },
    },
  ],
});
