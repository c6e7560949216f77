import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { Webhook } from 'standardwebhooks';
import { keepScreenshot, signIn } from './support';

// An owner adds a webhook endpoint in the dashboard, sends a test event and sees it delivered in
// the endpoint's log. The endpoint is a real receiver on 127.0.0.1 that verifies the signature
// with the secret the page showed once (the app runs with WEBHOOKS_ALLOW_PRIVATE_TARGETS=true).

let server: Server;
let secret = '';
const verified: Array<{ type: string; id: string }> = [];
const rejected: string[] = [];

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      try {
        const payload = new Webhook(secret).verify(body, {
          'webhook-id': String(req.headers['webhook-id']),
          'webhook-timestamp': String(req.headers['webhook-timestamp']),
          'webhook-signature': String(req.headers['webhook-signature']),
        }) as { id: string; type: string };
        verified.push({ type: payload.type, id: payload.id });
        res.writeHead(200).end('received');
      } catch (error) {
        rejected.push(String(error));
        res.writeHead(401).end('bad signature');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('an owner adds an endpoint, sends a test event and sees it delivered in the log', async ({ page }) => {
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bookwell-hooks`;
  await signIn(page, 'watertrek@example.com');
  await page.waitForURL(/\/dashboard/); // signed in before opening the page
  await page.goto('/dashboard/settings/webhooks');
  await expect(page.getByRole('heading', { name: 'Webhooks', level: 1 })).toBeVisible();

  const form = page.getByRole('form', { name: 'Add a webhook endpoint' });
  await form.getByLabel('Endpoint URL').fill(url);
  await form.getByLabel('Description (optional)').fill('E2E receiver');
  await form.getByLabel('booking.requested').check();
  await form.getByRole('button', { name: 'Add endpoint' }).click();
  const shown = page.getByLabel('Signing secret');
  await expect(shown).toHaveText(/^whsec_/);
  secret = (await shown.textContent())!.trim();

  await page.getByRole('link', { name: `Open ${url}` }).click();
  const detail = page.getByRole('region', { name: `Endpoint ${url}` });
  await expect(detail.getByText('Nothing sent yet')).toBeVisible();
  await detail.getByRole('button', { name: 'Send test event' }).click();

  // Sent after the response: reload until the log shows it delivered.
  await expect(async () => {
    await page.reload();
    const log = page.getByRole('table', { name: 'Delivery log' });
    await expect(log.getByRole('row').filter({ hasText: 'webhook.test' })).toContainText('Delivered · HTTP 200', { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  expect(rejected).toEqual([]);
  expect(verified.map((v) => v.type)).toEqual(['webhook.test']);

  await page.getByRole('table', { name: 'Delivery log' }).locator('summary', { hasText: /^1$/ }).click(); // its attempts
  await expect(page.getByRole('table', { name: 'Delivery log' }).locator('pre', { hasText: 'received' })).toBeVisible(); // the receiver's answer
  await keepScreenshot(page, 'dashboard-webhooks');
});
