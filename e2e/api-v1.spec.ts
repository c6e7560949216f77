import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import createClient from 'openapi-fetch';
import type { paths } from '../lib/api/client/types';
import { Contract } from './api-contract';
import { signIn } from './support';

// /api/v1 over real HTTP against the built app, through the client generated from the published
// document (openapi-fetch + openapi-typescript), as a third party would use it. Every answer —
// success and documented error — is checked against the document.

test.describe.configure({ mode: 'serial' });

let contract: Contract;
let apiKey: string;
const RACE_DAYS_AHEAD = 300;

const clientFor = (baseURL: string, token?: string) =>
  createClient<paths>({ baseUrl: `${baseURL}/api/v1`, headers: token ? { Authorization: `Bearer ${token}` } : {} });

/** 09:00 on a day `days` ahead in Europe/Rome (UTC+1 in winter, +2 in summer: both fine for a day rental) as UTC. */
function dayAhead(days: number, hourUtc = 8) {
  const at = new Date(Date.now() + days * 86_400_000);
  at.setUTCHours(hourUtc, 0, 0, 0);
  return at;
}

test.beforeAll(async ({ baseURL }) => {
  contract = await Contract.load(baseURL!);
});

test('an owner creates an API key in Settings → API keys; its secret is shown once', async ({ page }) => {
  await signIn(page, 'watertrek@example.com');
  await page.waitForURL(/\/(account|dashboard)/);
  await page.goto('/dashboard/settings/api-keys');
  await page.getByLabel('Name').fill('Contract tests');
  await page.getByLabel(/Write/).check();
  await page.getByRole('button', { name: 'Create key' }).click();
  const secret = page.getByLabel('New API key secret');
  await expect(secret).toContainText('bk_test_');
  apiKey = (await secret.textContent())!.trim();
  await expect(page.getByRole('listitem', { name: 'Contract tests' })).toContainText('read, write');
  await expect(page.getByRole('link', { name: 'Bookwell API' })).toHaveAttribute('href', '/docs/api');
});

test('catalog reads, anonymous: search, listing by slug, availability, storefront, with ETag and CORS', async ({ baseURL }) => {
  const api = clientFor(baseURL!);
  const search = await api.GET('/listings', { params: { query: { q: 'kayak', limit: 2 } } });
  expect(search.response.status).toBe(200);
  contract.expectDocumented('GET /listings', search.response, search.data);
  expect(search.data!.data.length).toBeGreaterThan(0);
  expect(search.response.headers.get('access-control-allow-origin')).toBe('*');
  // The test server trusts no proxy (TRUSTED_PROXY unset): an anonymous caller's address is unknown, so it has no per-address budget.
  expect(search.response.headers.get('ratelimit-policy')).toBeNull();

  const listing = await api.GET('/listings/{id}', { params: { path: { id: 'watertrek/double-kayak' } } });
  expect(listing.response.status).toBe(200);
  contract.expectDocumented('GET /listings/{id}', listing.response, listing.data);
  expect(listing.data).toMatchObject({ slug: 'double-kayak', time_zone: 'Europe/Rome', price: { amount: 4500, currency: 'EUR' } });
  const etag = listing.response.headers.get('etag')!;
  const again = await fetch(`${baseURL}/api/v1/listings/${listing.data!.id}`, { headers: { 'If-None-Match': etag } });
  expect(again.status).toBe(304);

  const from = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const availability = await api.GET('/listings/{id}/availability', { params: { path: { id: listing.data!.id }, query: { from, to: from } } });
  contract.expectDocumented('GET /listings/{id}/availability', availability.response, availability.data);
  expect(availability.data!.units).toHaveLength(4);

  const vendor = await api.GET('/vendors/{slug}', { params: { path: { slug: 'watertrek' } } });
  contract.expectDocumented('GET /vendors/{slug}', vendor.response, vendor.data);

  const missing = await api.GET('/listings/{id}', { params: { path: { id: 'watertrek/no-such-thing' } } });
  expect(missing.response.status).toBe(404);
  contract.expectDocumented('GET /listings/{id}', missing.response, missing.error);
  const badVersion = await api.GET('/vendors/{slug}', { params: { path: { slug: 'watertrek' }, header: { 'Api-Version': '2020-01-01' as never } } });
  expect(badVersion.error).toMatchObject({ code: 'unknown_api_version', known_versions: ['2026-12-03'] });
  contract.expectDocumented('GET /vendors/{slug}', badVersion.response, badVersion.error);
});

test('documented errors: malformed JSON 400, missing Idempotency-Key 400, validation 422, no credentials 401, bad key 401', async ({ baseURL }) => {
  const raw = await fetch(`${baseURL}/api/v1/bookings`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() }, body: '{"listing_id":' });
  expect(raw.status).toBe(400);
  contract.expectDocumented('POST /bookings', raw, await raw.json());

  const api = clientFor(baseURL!, apiKey);
  const noKey = await api.POST('/bookings', { body: { listing_id: randomUUID(), quantity: 1 }, params: { header: {} as never } });
  expect(noKey.error).toMatchObject({ code: 'idempotency_key_required' });
  contract.expectDocumented('POST /bookings', noKey.response, noKey.error);

  const invalid = await api.POST('/bookings', { body: { listing_id: 'not-a-uuid' as string, quantity: 0 }, params: { header: { 'Idempotency-Key': randomUUID() } } });
  expect(invalid.response.status).toBe(422);
  contract.expectDocumented('POST /bookings', invalid.response, invalid.error);

  const anonymous = await clientFor(baseURL!).GET('/bookings', {});
  expect(anonymous.response.status).toBe(401);
  contract.expectDocumented('GET /bookings', anonymous.response, anonymous.error);

  const badKey = await clientFor(baseURL!, 'bk_test_this-key-does-not-exist-000').GET('/bookings', {});
  expect(badKey.error).toMatchObject({ code: 'invalid_credentials' });
  contract.expectDocumented('GET /bookings', badKey.response, badKey.error);
});

test('an app signs up, gets tokens, books as the customer, lists, cancels; refresh rotates', async ({ baseURL }) => {
  const anonymous = clientFor(baseURL!);
  const email = `api-${Date.now()}@example.com`;
  const registered = await anonymous.POST('/auth/register', { body: { account_type: 'customer', name: 'Api Person', email, password: 'correct horse battery' } });
  expect(registered.response.status).toBe(201);
  contract.expectDocumented('POST /auth/register', registered.response, registered.data);
  const tokens = await anonymous.POST('/auth/token', { body: { email, password: 'correct horse battery' } });
  contract.expectDocumented('POST /auth/token', tokens.response, tokens.data);
  const wrong = await anonymous.POST('/auth/token', { body: { email, password: 'wrong password!' } });
  contract.expectDocumented('POST /auth/token', wrong.response, wrong.error);

  const me = clientFor(baseURL!, tokens.data!.access_token);
  const who = await me.GET('/me', {});
  contract.expectDocumented('GET /me', who.response, who.data);

  const listing = (await anonymous.GET('/listings/{id}', { params: { path: { id: 'watertrek/double-kayak' } } })).data!;
  const start = dayAhead(RACE_DAYS_AHEAD - 20);
  const body = { listing_id: listing.id, start_at: start.toISOString(), end_at: new Date(start.getTime() + 86_400_000).toISOString(), quantity: 1 };
  const quote = await me.POST('/quotes', { body });
  contract.expectDocumented('POST /quotes', quote.response, quote.data ?? quote.error);
  expect(quote.data, JSON.stringify(quote.error)).toMatchObject({ bookable: true });
  const key = randomUUID();
  const booked = await me.POST('/bookings', { body, params: { header: { 'Idempotency-Key': key } } });
  expect(booked.response.status, JSON.stringify(booked.error)).toBe(201);
  contract.expectDocumented('POST /bookings', booked.response, booked.data);
  const replay = await me.POST('/bookings', { body, params: { header: { 'Idempotency-Key': key } } });
  expect(replay.response.headers.get('idempotent-replayed')).toBe('true');
  expect(replay.data!.id).toBe(booked.data!.id);

  const mine = await me.GET('/bookings', { params: { query: {} } });
  contract.expectDocumented('GET /bookings', mine.response, mine.data);
  expect(mine.data!.data.map((b) => b.id)).toEqual([booked.data!.id]);
  const one = await me.GET('/bookings/{id}', { params: { path: { id: booked.data!.id } } });
  contract.expectDocumented('GET /bookings/{id}', one.response, one.data);
  const cancelled = await me.POST('/bookings/{id}/cancel', { params: { path: { id: booked.data!.id } }, body: {} });
  contract.expectDocumented('POST /bookings/{id}/cancel', cancelled.response, cancelled.data);
  expect(cancelled.data!.status).toBe('cancelled');
  const twice = await me.POST('/bookings/{id}/cancel', { params: { path: { id: booked.data!.id } }, body: {} });
  expect(twice.response.status).toBe(409);
  contract.expectDocumented('POST /bookings/{id}/cancel', twice.response, twice.error);

  const refreshed = await anonymous.POST('/auth/refresh', { body: { refresh_token: tokens.data!.refresh_token } });
  contract.expectDocumented('POST /auth/refresh', refreshed.response, refreshed.data);
  const reused = await anonymous.POST('/auth/refresh', { body: { refresh_token: tokens.data!.refresh_token } });
  expect(reused.response.status).toBe(401);
  contract.expectDocumented('POST /auth/refresh', reused.response, reused.error);
  const revoked = await anonymous.POST('/auth/revoke', { body: { refresh_token: refreshed.data!.refresh_token } });
  contract.expectDocumented('POST /auth/revoke', revoked.response, revoked.data);
});

test('the business key sees its bookings; a request is approved or declined through the API', async ({ baseURL }) => {
  const business = clientFor(baseURL!, apiKey);
  const list = await business.GET('/bookings', { params: { query: { limit: 5 } } });
  contract.expectDocumented('GET /bookings', list.response, list.data);
  const boat = (await business.GET('/listings/{id}', { params: { path: { id: 'watertrek/motorboat-sea-ray-19' } } })).data!;
  expect(boat.booking_mode).toBe('request');
  const start = dayAhead(RACE_DAYS_AHEAD - 40);
  const body = { listing_id: boat.id, start_at: start.toISOString(), end_at: new Date(start.getTime() + 4 * 3_600_000).toISOString(), quantity: 1, contact: { name: 'Partner Guest', email: 'partner@example.com', phone: '+39 333 000 0000' } };
  const requested = await business.POST('/bookings', { body, params: { header: { 'Idempotency-Key': randomUUID() } } });
  expect(requested.response.status, JSON.stringify(requested.error)).toBe(201);
  expect(requested.data).toMatchObject({ status: 'requested', next_step: 'await_approval' });
  const declined = await business.POST('/bookings/{id}/decline', { params: { path: { id: requested.data!.id } }, body: { reason: 'Boat in maintenance' } });
  contract.expectDocumented('POST /bookings/{id}/decline', declined.response, declined.data);
  const approveDeclined = await business.POST('/bookings/{id}/approve', { params: { path: { id: requested.data!.id } } });
  expect(approveDeclined.response.status).toBe(409);
  contract.expectDocumented('POST /bookings/{id}/approve', approveDeclined.response, approveDeclined.error);
});

test('race over HTTP: 200 parallel bookings of the last free kayak → exactly one 201, 199 × 409 slot_unavailable', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const business = clientFor(baseURL!, apiKey);
  const listing = (await business.GET('/listings/{id}', { params: { path: { id: 'watertrek/double-kayak' } } })).data!;
  const start = dayAhead(RACE_DAYS_AHEAD);
  const range = { listing_id: listing.id, start_at: start.toISOString(), end_at: new Date(start.getTime() + 86_400_000).toISOString() };
  const contact = { name: 'Race Guest', email: 'race@example.com', phone: '+39 333 111 2222' };
  // Three of the four kayaks are taken first.
  const first = await business.POST('/bookings', { body: { ...range, quantity: 3, contact }, params: { header: { 'Idempotency-Key': randomUUID() } } });
  expect(first.response.status, JSON.stringify(first.error)).toBe(201);

  const answers = await Promise.all(
    Array.from({ length: 200 }, () => business.POST('/bookings', { body: { ...range, quantity: 1, contact }, params: { header: { 'Idempotency-Key': randomUUID() } } })),
  );
  const statuses = answers.map((a) => a.response.status);
  expect(statuses.filter((s) => s === 201)).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(199);
  expect(answers.filter((a) => a.response.status === 409).every((a) => a.error?.code === 'slot_unavailable')).toBe(true);
  contract.expectDocumented('POST /bookings', answers.find((a) => a.response.status === 409)!.response, answers.find((a) => a.response.status === 409)!.error);

  // One booking in the database: the business sees exactly two for that day (the three and the one).
  const day = await business.GET('/bookings', { params: { query: { listing_id: listing.id, from: range.start_at, to: range.end_at, limit: 100 } } });
  expect(day.data!.data.filter((b) => b.status !== 'cancelled').map((b) => b.quantity).sort()).toEqual([1, 3]);
});

test('the API reference at /docs/api renders offline from this app (no outside requests, no CSP violation)', async ({ page, baseURL }) => {
  const outside: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:')) outside.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'API' }).click();
  await expect(page).toHaveURL(/\/docs\/api$/);
  await expect(page.getByText('Search the catalog').first()).toBeVisible();
  await expect(page.getByText('Book', { exact: true }).first()).toBeVisible();
  expect(outside).toEqual([]);
  expect(violations).toEqual([]);
});

test('race over HTTP: 200 parallel bookings of a session’s last seat → exactly one 201', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const business = clientFor(baseURL!, apiKey);
  const tour = (await business.GET('/listings/{id}', { params: { path: { id: 'watertrek/sunset-kayak-tour' } } })).data!;
  const day = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  const availability = await business.GET('/listings/{id}/availability', { params: { path: { id: tour.id }, query: { from: day, to: day } } });
  contract.expectDocumented('GET /listings/{id}/availability', availability.response, availability.data);
  const session = availability.data!.sessions!.find((s) => s.bookable)!;
  expect(session, 'a bookable session 20 days ahead').toBeDefined();
  const contact = { name: 'Seat Racer', email: 'seats@example.com', phone: '+39 333 555 6666' };
  for (let left = session.seats_left - 1; left > 0; left -= Math.min(left, tour.max_quantity_per_booking)) {
    const taken = await business.POST('/bookings', {
      body: { listing_id: tour.id, session_id: session.id, quantity: Math.min(left, tour.max_quantity_per_booking), contact },
      params: { header: { 'Idempotency-Key': randomUUID() } },
    });
    expect(taken.response.status, JSON.stringify(taken.error)).toBe(201);
  }
  const answers = await Promise.all(
    Array.from({ length: 200 }, () => business.POST('/bookings', { body: { listing_id: tour.id, session_id: session.id, quantity: 1, contact }, params: { header: { 'Idempotency-Key': randomUUID() } } })),
  );
  const statuses = answers.map((a) => a.response.status);
  expect(statuses.filter((s) => s === 201)).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(199);
  expect(answers.filter((a) => a.response.status === 409).every((a) => a.error?.code === 'slot_unavailable')).toBe(true);
  const after = await business.GET('/listings/{id}/availability', { params: { path: { id: tour.id }, query: { from: day, to: day } } });
  expect(after.data!.sessions!.find((s) => s.id === session.id)).toMatchObject({ seats_left: 0, bookable: false, reason: 'sold_out' });
});

test('race over HTTP: 200 parallel bookings of one staff member’s slot → exactly one 201', async ({ baseURL }) => {
  test.setTimeout(180_000);
  // A fresh customer: its own rate-limit budget (the business key spent most of its minute on the races above).
  const email = `slot-racer-${Date.now()}@example.com`;
  await clientFor(baseURL!).POST('/auth/register', { body: { account_type: 'customer', name: 'Slot Racer', email, password: 'correct horse battery' } });
  const tokens = (await clientFor(baseURL!).POST('/auth/token', { body: { email, password: 'correct horse battery' } })).data!;
  const api = clientFor(baseURL!, tokens.access_token);
  const colour = (await api.GET('/listings/{id}', { params: { path: { id: 'lumiere-salon/full-colour' } } })).data!;
  const from = new Date(Date.now() + 25 * 86_400_000).toISOString().slice(0, 10);
  const to = new Date(Date.now() + 31 * 86_400_000).toISOString().slice(0, 10);
  const availability = await api.GET('/listings/{id}/availability', { params: { path: { id: colour.id }, query: { from, to } } });
  contract.expectDocumented('GET /listings/{id}/availability', availability.response, availability.data);
  const slot = availability.data!.slots![0]!;
  expect(slot.staff_ids).toHaveLength(1); // only Ben does colour
  const answers = await Promise.all(
    Array.from({ length: 200 }, () => api.POST('/bookings', { body: { listing_id: colour.id, start_at: slot.start_at, quantity: 1 }, params: { header: { 'Idempotency-Key': randomUUID() } } })),
  );
  const statuses = answers.map((a) => a.response.status);
  expect(statuses.filter((s) => s === 201)).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(199);
  expect(answers.filter((a) => a.response.status === 409).every((a) => a.error?.code === 'slot_unavailable')).toBe(true);
  const after = await api.GET('/listings/{id}/availability', { params: { path: { id: colour.id }, query: { from, to } } });
  expect(after.data!.slots!.map((s) => s.start_at)).not.toContain(slot.start_at);
});
