import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as bookRoute } from '@/app/api/v1/bookings/route';
import { resolveCaller } from '@/lib/api/caller';
import { claimIdempotencyKey, idempotencyFence, requestHash } from '@/lib/api/idempotency';
import { createBooking as createBookingOperation } from '@/lib/api/operations/bookings';
import { prisma } from '@/lib/db/prisma';
import type { MemberActor } from '@/lib/domain/actor';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { givenVendor, guestContact } from '../support/scenario';
import { call, hoursFromNow, keyFor } from './api-client';

// A crash between claiming an Idempotency-Key and storing its answer must never let a retry book
// twice, however late it comes. The "first request" is run as apiRoute runs it (claim, then the
// operation's handler) and dies before anything after the handler; the retry goes through the
// real route handler once the claim is old enough to count as abandoned.

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
  process.env.DATABASE_URL = t.url;
  process.env.AUTH_SECRET ??= 'test-secret-for-api-tokens-0123456789';
});

const PATH = '/api/v1/bookings';
const THREE_MINUTES_AGO = () => new Date(Date.now() - 3 * 60_000);

async function setUp() {
  const vendor = givenVendor(t.db);
  const { listing, actor } = await vendor.withRental({ units: 3, pricingUnit: 'HOUR', priceAmount: 2000 });
  const token = await keyFor(t.db, actor as MemberActor);
  const body = { listing_id: listing.id, start_at: hoursFromNow(48), end_at: hoursFromNow(52), contact: guestContact };
  const request = () => new Request(`http://localhost${PATH}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const caller = await resolveCaller(prisma, request());
  const key = randomUUID();
  const claim = (now: Date) => claimIdempotencyKey(prisma, caller.credential, key, requestHash('POST', PATH, JSON.stringify(body)), now);
  /** The first attempt as apiRoute runs it, dying right after its handler (nothing after it runs). */
  const firstAttempt = (recordId: string) =>
    createBookingOperation.handler({
      caller,
      params: {},
      query: {},
      body: createBookingOperation.body!.parse(body),
      request: request(),
      version: '2026-12-03',
      idempotency: idempotencyFence(recordId),
    });
  const retry = () => call(bookRoute, { method: 'POST', path: '/bookings', token, body, headers: { 'idempotency-key': key } });
  const bookings = () => t.db.booking.count({ where: { listingId: listing.id } });
  return { claim, firstAttempt, retry, bookings };
}

describe('Idempotency-Key across a crash', () => {
  it('the booking committed, the process died before the answer was stored: a retry minutes later replays it and books nothing', async () => {
    const s = await setUp();
    const claim = await s.claim(THREE_MINUTES_AGO());
    if (claim.kind !== 'claimed') throw new Error('expected a fresh claim');
    const first = await s.firstAttempt(claim.recordId);
    expect(await s.bookings()).toBe(1);

    const retry = await s.retry();
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body.id).toBe(first.id);
    expect(await s.bookings()).toBe(1);
  });

  it('the claim committed, the booking did not: a retry minutes later books exactly once', async () => {
    const s = await setUp();
    await s.claim(THREE_MINUTES_AGO());
    expect(await s.bookings()).toBe(0);

    const retry = await s.retry();
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    const again = await s.retry();
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.id).toBe(retry.body.id);
    expect(await s.bookings()).toBe(1);
  });

  it('a first attempt so slow that a retry took its claim over is rolled back instead of booking twice', async () => {
    const s = await setUp();
    const claim = await s.claim(THREE_MINUTES_AGO());
    if (claim.kind !== 'claimed') throw new Error('expected a fresh claim');
    const retry = await s.retry();
    expect(retry.status).toBe(201);

    await expect(s.firstAttempt(claim.recordId)).rejects.toMatchObject({ code: 'idempotency_request_in_progress' });
    expect(await s.bookings()).toBe(1);
  });
});
