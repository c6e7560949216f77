import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import createClient from 'openapi-fetch';
import type { paths } from '../lib/api/client/types';
import { Contract } from './api-contract';
import { DEMO_PASSWORD } from './support';

// Every operation of the published document, called over real HTTP through the client generated
// from it, as a third party would: a business builds its inventory, customers book, pay, move and
// review, the business runs each step. Then every operation is called wrongly (no credentials,
// ids that are not there, bodies of the wrong shape). Each answer must be documented for its
// operation and match the documented schema; the last test checks nothing was left out.

test.describe.configure({ mode: 'serial' });

type Api = ReturnType<typeof createClient<paths>>;
type Answer = { response: Response; data?: unknown; error?: unknown };

let contract: Contract;
let document: { paths: Record<string, Record<string, { security?: unknown[]; requestBody?: unknown; responses: Record<string, unknown> }>> };
const seen = new Map<string, Set<number>>();

const clientFor = (baseURL: string, token?: string): Api => createClient<paths>({ baseUrl: `${baseURL}/api/v1`, headers: token ? { Authorization: `Bearer ${token}` } : {} });
const idempotent = () => ({ header: { 'Idempotency-Key': randomUUID() } });

/** Checks the answer against the document, remembers its status, and returns its body. */
function check<T extends Answer>(operation: string, answer: T, expected?: number): NonNullable<T['data']> {
  const body = answer.data ?? answer.error;
  if (expected !== undefined) expect(answer.response.status, `${operation}: ${JSON.stringify(body).slice(0, 400)}`).toBe(expected);
  contract.expectDocumented(operation, answer.response, body);
  seen.set(operation, (seen.get(operation) ?? new Set()).add(answer.response.status));
  return answer.data as NonNullable<T['data']>;
}

/** A whole hour `hours` from now, in UTC. */
function hoursAhead(hours: number) {
  const at = new Date(Date.now() + hours * 3_600_000);
  at.setUTCMinutes(0, 0, 0);
  return at;
}
const span = (startHours: number, length = 2) => ({ start_at: hoursAhead(startHours).toISOString(), end_at: hoursAhead(startHours + length).toISOString() });

async function tokenOf(api: Api, email: string, password = DEMO_PASSWORD) {
  return check('POST /auth/token', await api.POST('/auth/token', { body: { email, password } }), 200).access_token;
}

let owner: Api;
let salonOwner: Api;
let customer: Api;
let anonymous: Api;
const made: { rental?: string; manual?: string; online?: string; tour?: string } = {};

test.beforeAll(async ({ baseURL }) => {
  contract = await Contract.load(baseURL!);
  document = (await (await fetch(`${baseURL}/api/v1/openapi.json`)).json()) as typeof document;
  anonymous = clientFor(baseURL!);
  owner = clientFor(baseURL!, await tokenOf(anonymous, 'watertrek@example.com'));
  salonOwner = clientFor(baseURL!, await tokenOf(anonymous, 'salon@example.com'));
});

// The listings made here leave the catalog again, so specs that count search results are unaffected.
test.afterAll(async () => {
  for (const id of Object.values(made)) if (id) await owner.POST('/listings/{id}/unpublish', { params: { path: { id } } });
});

test('an app signs a customer up; who am I, refresh and revoke', async ({ baseURL }) => {
  const email = `every-op-${Date.now()}@example.com`;
  check('POST /auth/register', await anonymous.POST('/auth/register', { body: { account_type: 'customer', name: 'Every Op', email, password: 'correct horse battery' } }), 201);
  const tokens = check('POST /auth/token', await anonymous.POST('/auth/token', { body: { email, password: 'correct horse battery' } }), 200);
  customer = clientFor(baseURL!, tokens.access_token);
  expect(check('GET /me', await customer.GET('/me', {}), 200)).toMatchObject({ email });
  const rotated = check('POST /auth/refresh', await anonymous.POST('/auth/refresh', { body: { refresh_token: tokens.refresh_token } }), 200);
  check('POST /auth/revoke', await anonymous.POST('/auth/revoke', { body: { refresh_token: rotated.refresh_token } }), 200);
  check('POST /auth/refresh', await anonymous.POST('/auth/refresh', { body: { refresh_token: rotated.refresh_token } }), 401);
});

test('a business builds a rental: draft, change, units added, renamed, one deleted, published', async () => {
  const base = { category: 'watersports', pricing_unit: 'HOUR', booking_mode: 'instant', payment_mode: 'NONE', lead_time_minutes: 0 } as const;
  const listing = check('POST /listings', await owner.POST('/listings', { body: { ...base, kind: 'rental', title: `Every-op canoe ${Date.now()}`, price_amount: 1500 } }), 201);
  expect(listing.status).toBe('draft');
  check('PATCH /listings/{id}', await owner.PATCH('/listings/{id}', { params: { path: { id: listing.id } }, body: { summary: 'Two seats, dry bag included.' } }), 200);
  const first = check('POST /listings/{id}/units', await owner.POST('/listings/{id}/units', { params: { path: { id: listing.id } }, body: { code: 'C1' } }), 201);
  const spare = check('POST /listings/{id}/units', await owner.POST('/listings/{id}/units', { params: { path: { id: listing.id } }, body: { code: 'C2' } }), 201);
  check('PATCH /units/{id}', await owner.PATCH('/units/{id}', { params: { path: { id: first.id } }, body: { name: 'Red canoe' } }), 200);
  check('DELETE /units/{id}', await owner.DELETE('/units/{id}', { params: { path: { id: spare.id } } }), 200);
  check('DELETE /units/{id}', await owner.DELETE('/units/{id}', { params: { path: { id: spare.id } } }), 404);
  expect(check('GET /listings/{id}/units', await owner.GET('/listings/{id}/units', { params: { path: { id: listing.id } } }), 200).data.map((u) => u.code)).toEqual(['C1']);
  check('POST /listings/{id}/publish', await owner.POST('/listings/{id}/publish', { params: { path: { id: listing.id } } }), 200);
  check('DELETE /units/{id}', await owner.DELETE('/units/{id}', { params: { path: { id: first.id } } }), 422);
  made.rental = listing.id;

  for (const [key, mode, payment] of [['manual', 'request', 'MANUAL'], ['online', 'instant', 'ONLINE_FULL']] as const) {
    const other = check('POST /listings', await owner.POST('/listings', { body: { ...base, booking_mode: mode, payment_mode: payment, kind: 'rental', title: `Every-op ${key} ${Date.now()}`, price_amount: 2500 } }), 201);
    check('POST /listings/{id}/units', await owner.POST('/listings/{id}/units', { params: { path: { id: other.id } }, body: { code: 'U1' } }), 201);
    check('POST /listings/{id}/publish', await owner.POST('/listings/{id}/publish', { params: { path: { id: other.id } } }), 200);
    made[key] = other.id;
  }
});

test('a business schedules a tour: a session added, resized, moved, listed and cancelled', async () => {
  const tour = check('POST /listings', await owner.POST('/listings', { body: { kind: 'session', category: 'tours', title: `Every-op tour ${Date.now()}`, pricing_unit: 'SEAT', price_amount: 3000, booking_mode: 'instant', payment_mode: 'NONE' } }), 201);
  const date = hoursAhead(24 * 20).toISOString().slice(0, 10);
  const created = check('POST /listings/{id}/sessions', await owner.POST('/listings/{id}/sessions', { params: { path: { id: tour.id } }, body: { date, time: '18:30', duration_minutes: 90, capacity: 8 } }), 201);
  const session = created.session!;
  expect(check('PATCH /sessions/{id}', await owner.PATCH('/sessions/{id}', { params: { path: { id: session.id } }, body: { capacity: 12, time: '17:00' } }), 200)).toMatchObject({ capacity: 12 });
  check('PATCH /sessions/{id}', await owner.PATCH('/sessions/{id}', { params: { path: { id: session.id } }, body: { capacity: 0 } }), 422);
  const listed = check('GET /listings/{id}/sessions', await owner.GET('/listings/{id}/sessions', { params: { path: { id: tour.id }, query: { from: hoursAhead(0).toISOString(), to: hoursAhead(24 * 40).toISOString() } } }), 200);
  expect(listed.data.map((s) => s.id)).toEqual([session.id]);
  check('DELETE /sessions/{id}', await owner.DELETE('/sessions/{id}', { params: { path: { id: session.id } } }), 200);
  check('POST /listings/{id}/publish', await owner.POST('/listings/{id}/publish', { params: { path: { id: tour.id } } }), 200);
  check('POST /listings/{id}/unpublish', await owner.POST('/listings/{id}/unpublish', { params: { path: { id: made.rental! } } }), 200);
  check('POST /listings/{id}/publish', await owner.POST('/listings/{id}/publish', { params: { path: { id: made.rental! } } }), 200);
  made.tour = tour.id;
});

test('a salon sets a stylist’s hours and time off', async () => {
  const haircut = check('GET /listings/{id}', await anonymous.GET('/listings/{id}', { params: { path: { id: 'lumiere-salon/haircut-and-style' } } }), 200);
  const ben = haircut.staff.find((s) => s.name === 'Ben')!;
  const staff = check('GET /staff/{id}', await salonOwner.GET('/staff/{id}', { params: { path: { id: ben.id } } }), 200);
  check('PATCH /staff/{id}', await salonOwner.PATCH('/staff/{id}', { params: { path: { id: ben.id } }, body: { bio: staff.bio } }), 200);
  const day = hoursAhead(24 * 200).toISOString().slice(0, 10);
  check('POST /staff/{id}/time-off', await salonOwner.POST('/staff/{id}/time-off', { params: { path: { id: ben.id } }, body: { start_date: day, end_date: day, reason: 'Training' } }), 201);
  check('GET /staff/{id}', await owner.GET('/staff/{id}', { params: { path: { id: ben.id } } }), 404);
});

test('a customer finds, quotes, books, moves, cancels; the business approves, declines, is paid, checks in and out; the customer reviews', async () => {
  check('GET /listings', await anonymous.GET('/listings', { params: { query: { q: 'canoe', limit: 5 } } }), 200);
  check('GET /listings', await anonymous.GET('/listings', { params: { query: { cursor: 'not-a-cursor' } } }), 422);
  check('GET /listings/{id}', await anonymous.GET('/listings/{id}', { params: { path: { id: made.rental! } } }), 200);
  const day = hoursAhead(24 * 3).toISOString().slice(0, 10);
  check('GET /listings/{id}/availability', await anonymous.GET('/listings/{id}/availability', { params: { path: { id: made.rental! }, query: { from: day, to: day } } }), 200);
  check('GET /vendors/{slug}', await anonymous.GET('/vendors/{slug}', { params: { path: { slug: 'watertrek' } } }), 200);
  check('POST /quotes', await customer.POST('/quotes', { body: { listing_id: made.rental!, ...span(50), quantity: 1 } }), 200);

  // Instant, free: confirmed at once; moved; then cancelled.
  const moved = check('POST /bookings', await customer.POST('/bookings', { body: { listing_id: made.rental!, ...span(60), quantity: 1 }, params: idempotent() }), 201);
  check('POST /bookings/{id}/reschedule', await customer.POST('/bookings/{id}/reschedule', { params: { path: { id: moved.id } }, body: span(64) }), 200);
  check('POST /bookings', await customer.POST('/bookings', { body: { listing_id: made.rental!, ...span(64), quantity: 1 }, params: idempotent() }), 409);
  check('GET /bookings/{id}', await customer.GET('/bookings/{id}', { params: { path: { id: moved.id } } }), 200);
  check('POST /bookings/{id}/cancel', await customer.POST('/bookings/{id}/cancel', { params: { path: { id: moved.id } }, body: {} }), 200);

  // Request to book, paid by hand: approved, marked paid, checked in, completed, reviewed.
  const requested = check('POST /bookings', await customer.POST('/bookings', { body: { listing_id: made.manual!, ...span(2), quantity: 1 }, params: idempotent() }), 201);
  expect(requested.status).toBe('requested');
  expect(check('POST /bookings/{id}/approve', await owner.POST('/bookings/{id}/approve', { params: { path: { id: requested.id } } }), 200).status).toBe('awaiting_payment');
  check('POST /bookings/{id}/mark-paid', await owner.POST('/bookings/{id}/mark-paid', { params: { path: { id: requested.id } }, body: { note: 'Cash at the desk' } }), 200);
  check('POST /bookings/{id}/check-in', await owner.POST('/bookings/{id}/check-in', { params: { path: { id: requested.id } } }), 200);
  expect(check('POST /bookings/{id}/complete', await owner.POST('/bookings/{id}/complete', { params: { path: { id: requested.id } } }), 200).status).toBe('completed');
  check('POST /bookings/{id}/review', await customer.POST('/bookings/{id}/review', { params: { path: { id: requested.id } }, body: { rating: 5, comment: 'Smooth from request to return.' } }), 201);
  check('POST /bookings/{id}/review', await customer.POST('/bookings/{id}/review', { params: { path: { id: requested.id } }, body: { rating: 4 } }), 409);
  expect(check('GET /listings/{id}/reviews', await anonymous.GET('/listings/{id}/reviews', { params: { path: { id: made.manual! } } }), 200).data).toHaveLength(1);

  // Another request: declined. Another: approved, paid, checked in, checked out.
  const declined = check('POST /bookings', await customer.POST('/bookings', { body: { listing_id: made.manual!, ...span(30), quantity: 1 }, params: idempotent() }), 201);
  check('POST /bookings/{id}/decline', await owner.POST('/bookings/{id}/decline', { params: { path: { id: declined.id } }, body: { reason: 'Booked out that day' } }), 200);
  const visit = check('POST /bookings', await customer.POST('/bookings', { body: { listing_id: made.manual!, ...span(5), quantity: 1 }, params: idempotent() }), 201);
  await owner.POST('/bookings/{id}/approve', { params: { path: { id: visit.id } } });
  check('POST /bookings/{id}/check-in', await owner.POST('/bookings/{id}/check-in', { params: { path: { id: visit.id } } }), 409);
  await owner.POST('/bookings/{id}/mark-paid', { params: { path: { id: visit.id } }, body: {} });
  check('POST /bookings/{id}/check-in', await owner.POST('/bookings/{id}/check-in', { params: { path: { id: visit.id } } }), 200);
  expect(check('POST /bookings/{id}/check-out', await owner.POST('/bookings/{id}/check-out', { params: { path: { id: visit.id } } }), 200).status).toBe('completed');

  // Paid online: the checkout answers a payment page.
  const online = check('POST /bookings', await customer.POST('/bookings', { body: { listing_id: made.online!, ...span(80), quantity: 1 }, params: idempotent() }), 201);
  expect(online.next_step).toBe('pay');
  expect(check('POST /bookings/{id}/checkout', await customer.POST('/bookings/{id}/checkout', { params: { path: { id: online.id }, ...idempotent() } }), 201).url).toMatch(/^http/);
  expect(check('GET /bookings', await customer.GET('/bookings', { params: { query: { limit: 10 } } }), 200).data.length).toBeGreaterThanOrEqual(4);
  check('GET /bookings', await owner.GET('/bookings', { params: { query: { listing_id: made.manual!, status: 'completed' } as never } }), 200);
});

test('a customer’s cart: two items in, one out, the rest booked at once', async () => {
  const cart = check('POST /carts', await customer.POST('/carts', {}), 201);
  const one = check('POST /carts/{id}/items', await customer.POST('/carts/{id}/items', { params: { path: { id: cart.id } }, body: { listing_id: made.rental!, ...span(100), quantity: 1 } }), 201);
  check('POST /carts/{id}/items', await customer.POST('/carts/{id}/items', { params: { path: { id: cart.id } }, body: { listing_id: made.rental!, ...span(110), quantity: 1 } }), 201);
  check('DELETE /carts/{id}/items/{item_id}', await customer.DELETE('/carts/{id}/items/{item_id}', { params: { path: { id: cart.id, item_id: one.items[0]!.id } } }), 200);
  const booked = check('POST /carts/{id}/checkout', await customer.POST('/carts/{id}/checkout', { params: { path: { id: cart.id }, ...idempotent() }, body: {} as never }), 201);
  expect(booked.data).toHaveLength(1);
});

test('a business registers a webhook endpoint, changes, tests and rotates it, reads its log, redelivers, catches up on events, deletes it', async () => {
  const body = { url: 'https://example.com/every-op-hooks', description: 'Every-op', events: ['booking.confirmed', 'booking.cancelled'] as Array<'booking.confirmed' | 'booking.cancelled'> };
  const endpoint = check('POST /webhook-endpoints', await owner.POST('/webhook-endpoints', { body }), 201);
  expect(endpoint.secret).toMatch(/^whsec_/);
  check('POST /webhook-endpoints', await owner.POST('/webhook-endpoints', { body: { ...body, url: 'ftp://example.com/hooks' } }), 422);
  const path = { params: { path: { id: endpoint.id } } };
  expect(check('GET /webhook-endpoints', await owner.GET('/webhook-endpoints', {}), 200).data.map((e) => e.id)).toContain(endpoint.id);
  check('GET /webhook-endpoints/{id}', await owner.GET('/webhook-endpoints/{id}', path), 200);
  check('GET /webhook-endpoints/{id}', await salonOwner.GET('/webhook-endpoints/{id}', path), 404);
  check('PATCH /webhook-endpoints/{id}', await owner.PATCH('/webhook-endpoints/{id}', { ...path, body: { description: 'Channel manager' } }), 200);
  check('POST /webhook-endpoints/{id}/test', await owner.POST('/webhook-endpoints/{id}/test', path), 201);
  const rotated = check('POST /webhook-endpoints/{id}/rotate-secret', await owner.POST('/webhook-endpoints/{id}/rotate-secret', path), 200);
  expect(rotated.secret).not.toBe(endpoint.secret);
  check('GET /webhook-endpoints/{id}/deliveries', await owner.GET('/webhook-endpoints/{id}/deliveries', { params: { path: { id: endpoint.id }, query: { limit: 10 } } }), 200);
  check('POST /webhook-endpoints/{id}/redeliver', await owner.POST('/webhook-endpoints/{id}/redeliver', { ...path, body: { since: new Date(Date.now() - 3_600_000).toISOString() } }), 200);
  const events = check('GET /events', await owner.GET('/events', { params: { query: { type: 'booking.confirmed', limit: 5 } } }), 200);
  expect(events.data.every((e) => e.type === 'booking.confirmed')).toBe(true);
  check('DELETE /webhook-endpoints/{id}', await owner.DELETE('/webhook-endpoints/{id}', path), 200);
  check('DELETE /webhook-endpoints/{id}', await owner.DELETE('/webhook-endpoints/{id}', path), 404);
});

/** Fills `{param}`s of a documented path with an id nobody has. */
const withUnknownIds = (path: string) => path.replace(/\{[^}]+\}/g, (name) => (name === '{slug}' ? 'no-such-business' : randomUUID()));

test('every operation, called wrongly: no credentials → 401, unknown ids → 404, a body of the wrong shape → 400/422, all as documented', async ({ baseURL }) => {
  const ownerToken = await tokenOf(anonymous, 'watertrek@example.com');
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const name = `${method.toUpperCase()} ${path}`;
      const send = async (token: string | undefined, body?: string) => {
        const headers: Record<string, string> = { 'Idempotency-Key': randomUUID(), ...(token ? { Authorization: `Bearer ${token}` } : {}) };
        if (body !== undefined) headers['Content-Type'] = 'application/json';
        const response = await fetch(`${baseURL}/api/v1${withUnknownIds(path)}`, { method: method.toUpperCase(), headers, body });
        const text = await response.text();
        check(name, { response, error: text ? JSON.parse(text) : undefined });
        expect(response.status, `${name}: ${text.slice(0, 300)}`).toBeLessThan(500);
        return response.status;
      };
      const needsCredentials = (operation.security ?? []).every((requirement) => Object.keys(requirement as object).length > 0) && (operation.security ?? []).length > 0;
      if (needsCredentials) expect(await send(undefined), `${name} without credentials`).toBe(401);
      // A required query or body field may be reported first (422): both are answers a client can act on.
      if (path.includes('{') && operation.responses['404'] !== undefined) expect([404, 422], `${name} with unknown ids`).toContain(await send(ownerToken, operation.requestBody ? '{}' : undefined));
      if (operation.requestBody) expect([400, 404, 422], `${name} with an array for a body`).toContain(await send(ownerToken, '[1, "two", null]'));
    }
  }
});

test('nothing was left out: every documented operation answered a success and an error', () => {
  const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
  expect(operations.length).toBeGreaterThanOrEqual(43);
  const missingSuccess = operations.filter((op) => ![...(seen.get(op) ?? [])].some((status) => status < 300));
  const missingError = operations.filter((op) => ![...(seen.get(op) ?? [])].some((status) => status >= 400));
  expect({ missingSuccess, missingError }).toEqual({ missingSuccess: [], missingError: [] });
});
