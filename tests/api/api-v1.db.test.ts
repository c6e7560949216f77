import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as availabilityRoute } from '@/app/api/v1/listings/[id]/availability/route';
import { GET as listingRoute } from '@/app/api/v1/listings/[id]/route';
import { GET as listingsRoute } from '@/app/api/v1/listings/route';
import { POST as approveRoute } from '@/app/api/v1/bookings/[id]/approve/route';
import { POST as cancelRoute } from '@/app/api/v1/bookings/[id]/cancel/route';
import { GET as bookingRoute } from '@/app/api/v1/bookings/[id]/route';
import { GET as bookingsRoute, POST as bookRoute } from '@/app/api/v1/bookings/route';
import { POST as quoteRoute } from '@/app/api/v1/quotes/route';
import { GET as vendorRoute } from '@/app/api/v1/vendors/[slug]/route';
import { DELETE as deleteUnitRoute, PATCH as updateUnitRoute } from '@/app/api/v1/units/[id]/route';
import { revokeApiKey } from '@/lib/business/api-keys';
import type { MemberActor } from '@/lib/domain/actor';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { givenVendor, guestContact } from '../support/scenario';
import { call, hoursFromNow, idempotent, keyFor } from './api-client';

// /api/v1 through its route handlers: real Requests, the real services and PostgreSQL.

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
  process.env.DATABASE_URL = t.url;
  process.env.AUTH_SECRET ??= 'test-secret-for-api-tokens-0123456789';
});

async function rentalOf(units = 1, overrides: Record<string, unknown> = {}) {
  const vendor = givenVendor(t.db);
  const { listing, actor, vendor: row } = await vendor.withRental({ units, pricingUnit: 'HOUR', priceAmount: 2000, ...overrides });
  return { listing, vendor: row, actor: actor as MemberActor };
}

const booking = (listingId: string, extra: Record<string, unknown> = {}) => ({ listing_id: listingId, start_at: hoursFromNow(48), end_at: hoursFromNow(52), contact: guestContact, ...extra });

describe('apiRoute: errors as problem+json', () => {
  it('malformed JSON is a 400 with code malformed_request, never a 500', async () => {
    const { listing } = await rentalOf();
    const response = await call(bookRoute, { method: 'POST', path: '/bookings', rawBody: '{"listing_id": ', headers: idempotent() });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.body).toMatchObject({ status: 400, code: 'malformed_request', type: '/docs/api#error-malformed_request' });
    expect(listing).toBeTruthy();
  });

  it('field errors are 422 validation_failed with one entry per field, in snake_case', async () => {
    const response = await call(bookRoute, { method: 'POST', path: '/bookings', body: { listing_id: 'nope', quantity: 0 }, headers: idempotent() });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors.map((e: { param: string }) => e.param).sort()).toEqual(['listing_id', 'quantity']);
    expect(response.body.param).toBeDefined();
  });

  it('a service’s field errors come back with the API’s names (contact.name, not contactName)', async () => {
    const { listing } = await rentalOf();
    const response = await call(bookRoute, { method: 'POST', path: '/bookings', body: booking(listing.id, { contact: undefined }), headers: idempotent() });
    expect(response.status).toBe(422);
    expect(response.body.errors.map((e: { param: string }) => e.param)).toEqual(['contact.name', 'contact.email', 'contact.phone']);
  });

  it('an unknown Api-Version is a 400 listing the known ones; the answer names the version used', async () => {
    const { listing } = await rentalOf();
    const bad = await call(listingRoute, { path: `/listings/${listing.id}`, params: { id: listing.id }, headers: { 'api-version': '2020-01-01' } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'unknown_api_version', known_versions: ['2026-12-03'] });
    const good = await call(listingRoute, { path: `/listings/${listing.id}`, params: { id: listing.id } });
    expect(good.headers.get('api-version')).toBe('2026-12-03');
  });

  it('a wrong or revoked key is 401; a read-only key may read but not write (403 insufficient_scope)', async () => {
    const { listing, actor } = await rentalOf();
    expect((await call(bookingsRoute, { path: '/bookings', token: 'bk_live_not-a-real-key-000000000000' })).body.code).toBe('invalid_credentials');
    const readOnly = await keyFor(t.db, actor, ['read']);
    expect((await call(bookingsRoute, { path: '/bookings', token: readOnly })).status).toBe(200);
    const write = await call(bookRoute, { method: 'POST', path: '/bookings', token: readOnly, body: booking(listing.id), headers: idempotent() });
    expect(write.status).toBe(403);
    expect(write.body.code).toBe('insufficient_scope');

    const revoked = await keyFor(t.db, actor);
    const key = await t.db.apiKey.findFirstOrThrow({ where: { vendorId: actor.vendorId }, orderBy: { createdAt: 'desc' } });
    await revokeApiKey(t.db, actor, key.id);
    const refused = await call(bookingsRoute, { path: '/bookings', token: revoked });
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('invalid_credentials');
  });

  it('operations that need a caller answer 401 to anonymous ones', async () => {
    const response = await call(bookingsRoute, { path: '/bookings' });
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('unauthenticated');
  });
});

describe('apiRoute: rate limits', () => {
  it('every answer carries RateLimit-Policy and RateLimit; past the limit a 429 with Retry-After', async () => {
    const { actor } = await rentalOf();
    const key = await keyFor(t.db, actor);
    process.env.API_RATE_LIMIT = '3';
    try {
      const answers = [];
      for (let i = 0; i < 4; i += 1) answers.push(await call(bookingsRoute, { path: '/bookings', token: key }));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
      expect(answers[0]!.headers.get('ratelimit-policy')).toBe('"default";q=3;w=60');
      expect(answers[0]!.headers.get('ratelimit')).toMatch(/^"default";r=2;t=\d+$/);
      expect(answers[3]!.body.code).toBe('rate_limited');
      expect(Number(answers[3]!.headers.get('retry-after'))).toBeGreaterThan(0);
      // Another credential has its own budget.
      expect((await call(bookingsRoute, { path: '/bookings', token: await keyFor(t.db, actor) })).status).toBe(200);
    } finally {
      delete process.env.API_RATE_LIMIT;
    }
  });
});

describe('apiRoute: anonymous rate limits key on an address only a trusted proxy tells (issue 17, point 1)', () => {
  const search = (forwardedFor: string) => call(listingsRoute, { path: '/listings?limit=1', headers: { 'x-forwarded-for': forwardedFor } });

  it('behind a trusted proxy, a client rotating the X-Forwarded-For it sends still spends one budget', async () => {
    process.env.TRUSTED_PROXY = '1';
    process.env.API_RATE_LIMIT_ANONYMOUS = '2';
    try {
      const answers = [];
      for (let i = 0; i < 3; i += 1) answers.push(await search(`198.51.100.${i}, 203.0.113.50`)); // forged part first, our proxy's last
      expect(answers.map((a) => a.status)).toEqual([200, 200, 429]);
      expect((await search('203.0.113.51')).status).toBe(200); // another client has its own budget
    } finally {
      delete process.env.TRUSTED_PROXY;
      delete process.env.API_RATE_LIMIT_ANONYMOUS;
    }
  });

  it('with no trusted proxy the address is unknown: anonymous callers are not thrown into one shared bucket', async () => {
    process.env.API_RATE_LIMIT_ANONYMOUS = '2';
    try {
      const answers = [];
      for (let i = 0; i < 4; i += 1) answers.push(await search(`198.51.100.${i}`));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
      expect(answers[0]!.headers.get('ratelimit-policy')).toBeNull();
    } finally {
      delete process.env.API_RATE_LIMIT_ANONYMOUS;
    }
  });
});

describe('apiRoute: idempotency', () => {
  it('requires an Idempotency-Key to book', async () => {
    const { listing } = await rentalOf();
    const response = await call(bookRoute, { method: 'POST', path: '/bookings', body: booking(listing.id) });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('idempotency_key_required');
    expect(await t.db.booking.count({ where: { listingId: listing.id } })).toBe(0);
  });

  it('a replay answers the first status and body with Idempotent-Replayed; another body with the same key is a 422', async () => {
    const { listing, actor } = await rentalOf(2);
    const key = await keyFor(t.db, actor);
    const headers = idempotent();
    const first = await call(bookRoute, { method: 'POST', path: '/bookings', token: key, body: booking(listing.id), headers });
    expect(first.status).toBe(201);
    const again = await call(bookRoute, { method: 'POST', path: '/bookings', token: key, body: booking(listing.id), headers });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await t.db.booking.count({ where: { listingId: listing.id } })).toBe(1);

    const other = await call(bookRoute, { method: 'POST', path: '/bookings', token: key, body: booking(listing.id, { quantity: 2 }), headers });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency_key_reused');
  });

  it('concurrent requests with one key: one books, the others are told it is in progress (409) or replayed', async () => {
    const { listing, actor } = await rentalOf(5);
    const key = await keyFor(t.db, actor);
    const headers = idempotent();
    const answers = await Promise.all(Array.from({ length: 5 }, () => call(bookRoute, { method: 'POST', path: '/bookings', token: key, body: booking(listing.id), headers })));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    for (const a of answers.filter((x) => x.status === 409)) expect(a.body.code).toBe('idempotency_request_in_progress');
    expect(await t.db.booking.count({ where: { listingId: listing.id } })).toBe(1);
  });

  it('keys are per credential: the same key from another caller is a new request', async () => {
    const { listing, actor } = await rentalOf(2);
    const headers = idempotent();
    const a = await call(bookRoute, { method: 'POST', path: '/bookings', token: await keyFor(t.db, actor), body: booking(listing.id), headers });
    const b = await call(bookRoute, { method: 'POST', path: '/bookings', token: await keyFor(t.db, actor), body: booking(listing.id), headers });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.headers.get('idempotent-replayed')).toBeNull();
  });
});

describe('catalog', () => {
  it('pages through listings with a cursor, stable when listings are added meanwhile', async () => {
    const vendor = givenVendor(t.db);
    const { vendor: row } = await vendor.ready;
    for (let i = 0; i < 5; i += 1) await vendor.withRental({ title: `Pager kayak ${i}`, city: row.slug, priceAmount: 1000 + i * 100 });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query = new URLSearchParams({ city: row.slug, sort: 'price_asc', limit: '2', ...(cursor ? { cursor } : {}) });
      const response = await call(listingsRoute, { path: `/listings?${query}` });
      expect(response.status).toBe(200);
      seen.push(...response.body.data.map((l: { title: string }) => l.title));
      cursor = response.body.next_cursor;
      if (pages === 0) await vendor.withRental({ title: 'Pager kayak cheapest', city: row.slug, priceAmount: 1 }); // sorts before the cursor
      pages += 1;
    } while (cursor);
    expect(seen).toEqual(['Pager kayak 0', 'Pager kayak 1', 'Pager kayak 2', 'Pager kayak 3', 'Pager kayak 4']);
    expect(pages).toBe(3);

    const bad = await call(listingsRoute, { path: '/listings?cursor=garbage' });
    expect(bad.status).toBe(422);
    expect(bad.body.param).toBe('cursor');
    const limit = await call(listingsRoute, { path: '/listings?limit=101' });
    expect(limit.status).toBe(422);
  });

  it('a listing by id or vendor-slug/listing-slug, with ETag, 304 on If-None-Match, public caching and open CORS for anonymous callers', async () => {
    const { listing, vendor } = await rentalOf();
    const byId = await call(listingRoute, { path: `/listings/${listing.id}`, params: { id: listing.id } });
    expect(byId.status).toBe(200);
    expect(byId.body).toMatchObject({ id: listing.id, kind: 'rental', time_zone: 'Europe/London', price: { amount: 2000, currency: 'GBP' } });
    expect(byId.headers.get('cache-control')).toContain('public');
    expect(byId.headers.get('access-control-allow-origin')).toBe('*');
    const ref = `${vendor.slug}%2F${listing.slug}`;
    const bySlug = await call(listingRoute, { path: `/listings/${ref}`, params: { id: ref } });
    expect(bySlug.body.id).toBe(listing.id);
    const etag = byId.headers.get('etag')!;
    const cached = await call(listingRoute, { path: `/listings/${listing.id}`, params: { id: listing.id }, headers: { 'if-none-match': etag } });
    expect(cached.status).toBe(304);

    const missing = await call(listingRoute, { path: '/listings/nope%2Fnothing', params: { id: 'nope%2Fnothing' } });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('not_found');
  });

  it('availability lists each unit’s taken times with a reason, in UTC with the listing’s zone', async () => {
    const { listing, actor } = await rentalOf(2);
    const key = await keyFor(t.db, actor);
    const made = await call(bookRoute, { method: 'POST', path: '/bookings', token: key, body: booking(listing.id), headers: idempotent() });
    expect(made.status).toBe(201);
    const from = made.body.start_at.slice(0, 10);
    const response = await call(availabilityRoute, { path: `/listings/${listing.id}/availability?from=${from}&to=${from}`, params: { id: listing.id } });
    expect(response.status).toBe(200);
    expect(response.body.time_zone).toBe('Europe/London');
    const taken = response.body.units.flatMap((u: { unavailable: unknown[] }) => u.unavailable);
    expect(made.body.status).toBe('confirmed'); // nothing to pay: booked outright
    expect(taken).toEqual([{ start_at: made.body.start_at, end_at: made.body.end_at, reason: 'booked' }]);

    const tooLong = await call(availabilityRoute, { path: `/listings/${listing.id}/availability?from=2031-01-01&to=2031-06-01`, params: { id: listing.id } });
    expect(tooLong.status).toBe(422);
    // A date that does not exist is a validation error, never a 500 from date code.
    const noSuchDay = await call(availabilityRoute, { path: `/listings/${listing.id}/availability?from=2031-02-30&to=2031-03-01`, params: { id: listing.id } });
    expect(noSuchDay.status).toBe(422);
    expect(noSuchDay.body).toMatchObject({ code: 'validation_failed', param: 'from' });
  });

  it('appointment availability says why a day has no slot: nobody works (closed), the only stylist is off (time_off)', async () => {
    const { listing, staff } = await givenVendor(t.db).withAppointment();
    const sunday = DateTime.now().setZone('Europe/London').plus({ weeks: 2 }).startOf('week').minus({ days: 1 });
    const [sun, mon, tue] = [0, 1, 2].map((d) => sunday.plus({ days: d }).toISODate()!);
    const tuesday = sunday.plus({ days: 2 });
    await t.db.staffTimeOff.create({ data: { staffId: staff[0]!.id, startAt: tuesday.toJSDate(), endAt: tuesday.plus({ days: 1 }).toJSDate(), reason: 'Dentist' } });
    const response = await call(availabilityRoute, { path: `/listings/${listing.id}/availability?from=${sun}&to=${tue}`, params: { id: listing.id } });
    expect(response.status).toBe(200);
    expect(response.body.days).toEqual([
      { date: sun, free_slots: 0, reason: 'closed' },
      { date: mon, free_slots: 15, reason: null }, // 09:00–17:00, one hour long, every 30 minutes
      { date: tue, free_slots: 0, reason: 'time_off' },
    ]);
    expect(response.body.slots).toHaveLength(15);
  });

  it('a storefront by slug', async () => {
    const { vendor, listing } = await rentalOf();
    const response = await call(vendorRoute, { path: `/vendors/${vendor.slug}`, params: { slug: vendor.slug } });
    expect(response.status).toBe(200);
    expect(response.body.listings.map((l: { id: string }) => l.id)).toEqual([listing.id]);
  });
});

describe('bookings', () => {
  it('quotes, then a guest books: the hold, its expiry and the next step', async () => {
    const { listing } = await rentalOf(1, { paymentMode: 'ONLINE_FULL' });
    const quote = await call(quoteRoute, { method: 'POST', path: '/quotes', body: { listing_id: listing.id, start_at: hoursFromNow(48), end_at: hoursFromNow(52) } });
    expect(quote.status).toBe(200);
    expect(quote.body).toMatchObject({ bookable: true, available: 1, quote: { total: 8000, currency: 'GBP' } });

    const made = await call(bookRoute, { method: 'POST', path: '/bookings', body: booking(listing.id), headers: idempotent() });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ status: 'awaiting_payment', next_step: 'pay', total: { amount: 8000, currency: 'GBP' }, source: 'API' });
    expect(new Date(made.body.hold_expires_at).getTime()).toBeGreaterThan(Date.now());

    const taken = await call(bookRoute, { method: 'POST', path: '/bookings', body: booking(listing.id), headers: idempotent() });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('slot_unavailable');
  });

  it('another business’s booking reads as 404 (get, cancel, approve); its own business approves it', async () => {
    const { listing, actor } = await rentalOf(1, { bookingMode: 'REQUEST' });
    const other = await rentalOf();
    const made = await call(bookRoute, { method: 'POST', path: '/bookings', body: booking(listing.id), headers: idempotent() });
    expect(made.body.status).toBe('requested');
    const id = made.body.id;
    const stranger = await keyFor(t.db, other.actor);
    for (const [route, method] of [
      [bookingRoute, 'GET'],
      [cancelRoute, 'POST'],
      [approveRoute, 'POST'],
    ] as const) {
      const response = await call(route, { method, path: `/bookings/${id}`, token: stranger, params: { id }, body: method === 'POST' ? { reason: 'Not mine to cancel' } : undefined });
      expect(response.status).toBe(404);
    }
    expect((await call(bookingsRoute, { path: '/bookings', token: stranger })).body.data).toEqual([]);

    const mine = await keyFor(t.db, actor);
    const approved = await call(approveRoute, { method: 'POST', path: `/bookings/${id}/approve`, token: mine, params: { id } });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('confirmed');
    const again = await call(approveRoute, { method: 'POST', path: `/bookings/${id}/approve`, token: mine, params: { id } });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('invalid_transition');

    const noReason = await call(cancelRoute, { method: 'POST', path: `/bookings/${id}/cancel`, token: mine, params: { id }, body: {} });
    expect(noReason.status).toBe(422);
    const cancelled = await call(cancelRoute, { method: 'POST', path: `/bookings/${id}/cancel`, token: mine, params: { id }, body: { reason: 'Boat needs repair' } });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancel_reason: 'Boat needs repair' });
  });
});

describe('inventory', () => {
  it('a unit patch changes only the fields given: renaming a deactivated unit keeps it deactivated', async () => {
    const { listing, actor } = await rentalOf(2);
    const key = await keyFor(t.db, actor);
    const unit = await t.db.rentalUnit.findFirstOrThrow({ where: { listingId: listing.id }, orderBy: { code: 'asc' } });
    const patch = (body: unknown) => call(updateUnitRoute, { method: 'PATCH', path: `/units/${unit.id}`, params: { id: unit.id }, token: key, body });
    expect((await patch({ active: false })).body).toMatchObject({ active: false });
    expect((await patch({ name: 'Renamed' })).body).toMatchObject({ name: 'Renamed', active: false });
    expect(await t.db.rentalUnit.findUniqueOrThrow({ where: { id: unit.id } })).toMatchObject({ name: 'Renamed', active: false });
  });

  it('a unit is deleted once; one with bookings answers 422 policy_violation and stays', async () => {
    const { listing, actor } = await rentalOf(2);
    const key = await keyFor(t.db, actor);
    const [booked, spare] = await t.db.rentalUnit.findMany({ where: { listingId: listing.id }, orderBy: { code: 'asc' } });
    await call(bookRoute, { method: 'POST', path: '/bookings', token: key, headers: idempotent(), body: booking(listing.id) });
    const remove = (id: string) => call(deleteUnitRoute, { method: 'DELETE', path: `/units/${id}`, params: { id }, token: key });
    expect(await remove(spare!.id)).toMatchObject({ status: 200, body: { id: spare!.id, deleted: true } });
    expect((await remove(spare!.id)).status).toBe(404);
    expect(await remove(booked!.id)).toMatchObject({ status: 422, body: { code: 'policy_violation' } });
    expect(await t.db.rentalUnit.count({ where: { listingId: listing.id } })).toBe(1);
  });
});
