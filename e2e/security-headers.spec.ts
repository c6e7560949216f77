import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support';

// Every main page loads under the strict Content-Security-Policy (scripts only with the request's
// nonce) without a single violation, and hydrates (a client component reacts).

async function watchViolations(page: Page) {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return async () => [...violations, ...((await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])) as string[])];
}

const PUBLIC_PAGES = ['/', '/search?q=boat', '/v/watertrek', '/v/watertrek/motorboat-sea-ray-19', '/signin', '/signup', '/cart'];

test('public pages load with the security headers and no CSP violation', async ({ page }) => {
  const violations = await watchViolations(page);
  for (const path of PUBLIC_PAGES) {
    const response = await page.goto(path);
    const headers = response!.headers();
    expect(headers['content-security-policy'], path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    await page.waitForLoadState('networkidle');
  }
  expect(await violations()).toEqual([]);
});

test('dashboard pages load with no CSP violation and stay interactive', async ({ page }) => {
  const violations = await watchViolations(page);
  await signIn(page, 'watertrek@example.com');
  await page.waitForURL(/\/(account|dashboard)/);
  for (const path of ['/dashboard', '/dashboard/bookings', '/dashboard/calendar', '/dashboard/listings', '/dashboard/profile']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  // A client component still works under the policy: the profile form validates as you type.
  await expect(page.getByRole('button', { name: /save/i }).first()).toBeEnabled();
  expect(await violations()).toEqual([]);
});

test('the account and the operator console load with no CSP violation', async ({ page }) => {
  const violations = await watchViolations(page);
  await signIn(page, 'customer@example.com');
  await page.waitForURL(/\/account/);
  await page.goto('/account/notifications');
  await page.context().clearCookies();
  await signIn(page, 'operator@example.com');
  await page.waitForURL(/\/account|\/admin/);
  for (const path of ['/admin', '/admin/bookings', '/admin/vendors', '/admin/outbox']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(await violations()).toEqual([]);
});
