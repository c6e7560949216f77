import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from './support';

// The catalog pages are served from Next.js's cache; a business's change through a service (here
// the API's PATCH /listings/{id}, which calls updateListing) expires them, so the very next visit
// shows it. Availability is never cached (booking.spec.ts books and sees it go).

test('an edited listing title shows at once on its page, its storefront and the home page', async ({ page, request }) => {
  const listingPath = '/v/watertrek/double-kayak';
  await page.goto(listingPath);
  const original = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  await page.goto('/v/watertrek'); // the storefront is cached too now
  await expect(page.getByRole('heading', { name: original })).toBeVisible();

  const token = await request.post('/api/v1/auth/token', { data: { email: 'watertrek@example.com', password: DEMO_PASSWORD } });
  expect(token.ok()).toBe(true);
  const auth = { Authorization: `Bearer ${(await token.json()).access_token}` };
  const found = await request.get('/api/v1/listings?q=kayak&limit=100');
  const listing = ((await found.json()).data as Array<{ id: string; slug: string }>).find((l) => l.slug === 'double-kayak')!;
  const renamed = `${original} (renamed ${Date.now() % 100000})`;
  const patched = await request.patch(`/api/v1/listings/${listing.id}`, { headers: auth, data: { title: renamed } });
  expect(patched.status()).toBe(200);

  try {
    await page.goto(listingPath);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(renamed);
    await page.goto('/v/watertrek');
    await expect(page.getByRole('heading', { name: renamed })).toBeVisible();
    await page.goto('/search?q=kayak');
    await expect(page.getByRole('heading', { name: renamed })).toBeVisible();
  } finally {
    await request.patch(`/api/v1/listings/${listing.id}`, { headers: auth, data: { title: original } });
  }
  await page.goto(listingPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(original);
});

test('public pages may enter the back/forward cache; private pages stay no-store', async ({ request }) => {
  for (const path of ['/', '/search', '/v/watertrek', '/v/watertrek/double-kayak']) {
    const response = await request.get(path);
    expect(response.headers()['cache-control'], path).toBe('private, no-cache');
  }
  const account = await request.get('/signin');
  expect(account.headers()['cache-control']).toContain('no-store');
});
