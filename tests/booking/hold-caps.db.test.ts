import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { POST as bookRoute } from '@/app/api/v1/bookings/route';
import { requestBooking } from '@/lib/booking/request-booking';
import { addToCart } from '@/lib/cart/add-to-cart';
import { CartItemFailed, checkoutCart } from '@/lib/cart/checkout-cart';
import { RateLimited } from '@/lib/errors';
import { call, idempotent } from '../api/api-client';
import { aGuest } from '../cart/cart-scenario';
import { deliver, sessionCompleted } from '../payments/payment-scenario';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, aCustomer, givenVendor, hoursAfter, minutesAfter } from '../support/scenario';

// Issue 17, point 2: nobody holds a listing hostage with unpaid holds. One person (contact email,
// phone, account) and one address keep only a few open unpaid holds per listing and in total;
// paying customers and the business itself are not affected.

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
  process.env.DATABASE_URL = t.url;
  process.env.AUTH_SECRET ??= 'test-secret-for-api-tokens-0123456789';
});
beforeEach(() => {
  // The defaults (the test project raises them for other scenarios).
  vi.stubEnv('HOLDS_PER_LISTING', '2');
  vi.stubEnv('HOLDS_TOTAL', '20');
});

let n = 0;
const person = (overrides: Partial<{ name: string; email: string; phone: string }> = {}) => {
  n += 1;
  return { name: `Hal Holder ${n}`, email: `hal-${n}@example.com`, phone: `+44 7700 9${String(n).padStart(5, '0')}`, ...overrides };
};
const shop = (units = 10) => givenVendor(t.db).withRental({ units, paymentMode: 'ONLINE_FULL' });
const slot = (i: number) => ({ startAt: hoursAfter(NOW, 48 + i * 3), endAt: hoursAfter(NOW, 50 + i * 3) });
const hold = (listingId: string, contact: ReturnType<typeof person>, i: number, options: { now?: Date; clientAddress?: string | null } = {}) =>
  requestBooking(t.db, { listingId, ...slot(i), contact }, { kind: 'guest' }, { now: options.now ?? NOW, clientAddress: options.clientAddress });

describe('caps on open unpaid holds', () => {
  it('a guest keeps at most two unpaid holds of one listing, told why and until when', async () => {
    const { listing } = await shop();
    const hal = person();
    await hold(listing.id, hal, 0);
    await hold(listing.id, hal, 1);
    const refused = await hold(listing.id, hal, 2).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RateLimited);
    expect((refused as RateLimited).message).toBe(
      'You already have as many unpaid bookings of this listing (at most 2 at a time) waiting for payment as you can. Pay for or cancel one of them first, or try again in 30 minutes when a hold lapses.',
    );
    expect((refused as RateLimited).retryAfterSeconds).toBe(30 * 60);
    // Another email with the same phone, or the same email written differently, is the same person.
    await expect(hold(listing.id, { ...person(), phone: hal.phone.replace(/ /g, '') }, 3)).rejects.toBeInstanceOf(RateLimited);
    await expect(hold(listing.id, { ...person(), email: hal.email.toUpperCase() }, 4)).rejects.toBeInstanceOf(RateLimited);
    expect(await t.db.booking.count({ where: { listingId: listing.id } })).toBe(2);
  });

  it('does not get in the way of other people, of paying, or once a hold lapsed', async () => {
    const { listing } = await shop();
    const hal = person();
    const first = await hold(listing.id, hal, 0);
    await hold(listing.id, hal, 1);
    await hold(listing.id, person(), 2); // someone else books as usual

    await deliver(t.db, sessionCompleted(first)); // Hal pays one: it no longer counts
    expect((await t.db.booking.findUniqueOrThrow({ where: { id: first.id } })).status).toBe('CONFIRMED');
    await hold(listing.id, hal, 3);
    await expect(hold(listing.id, hal, 4)).rejects.toBeInstanceOf(RateLimited);
    // Half an hour later the unpaid holds have lapsed, whether the sweep ran or not.
    await hold(listing.id, hal, 5, { now: minutesAfter(NOW, 31) });
  });

  it('caps a person across listings too, and an address at five times a person', async () => {
    vi.stubEnv('HOLDS_TOTAL', '3');
    const listings = await Promise.all([shop(), shop(), shop(), shop()]);
    const hal = person();
    for (const [i, { listing }] of listings.slice(0, 3).entries()) await hold(listing.id, hal, i);
    await expect(hold(listings[3]!.listing.id, hal, 3)).rejects.toThrow(/unpaid bookings \(at most 3 at a time\)/);

    vi.stubEnv('HOLDS_PER_LISTING', '1');
    const { listing } = await shop();
    for (let i = 0; i < 5; i += 1) await hold(listing.id, person(), i, { clientAddress: '198.51.100.7' });
    await expect(hold(listing.id, person(), 5, { clientAddress: '198.51.100.7' })).rejects.toBeInstanceOf(RateLimited);
    await hold(listing.id, person(), 6, { clientAddress: '198.51.100.8' });
    await hold(listing.id, person(), 7, { clientAddress: null });
  });

  it('counts a signed-in customer by account, whatever contact they give', async () => {
    const { listing } = await shop();
    const { actor } = await aCustomer(t.db);
    for (let i = 0; i < 2; i += 1) await requestBooking(t.db, { listingId: listing.id, ...slot(i), contact: person() }, actor, { now: NOW });
    await expect(requestBooking(t.db, { listingId: listing.id, ...slot(2), contact: person() }, actor, { now: NOW })).rejects.toBeInstanceOf(RateLimited);
  });

  it('never caps the business booking for its customers', async () => {
    const { listing, actor } = await shop();
    const hal = person();
    for (let i = 0; i < 4; i += 1) await requestBooking(t.db, { listingId: listing.id, ...slot(i), contact: hal }, actor, { now: NOW });
    expect(await t.db.booking.count({ where: { listingId: listing.id } })).toBe(4);
  });

  it('holds racing in parallel cannot pass the cap together', async () => {
    const { listing } = await shop();
    const hal = person();
    const results = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => hold(listing.id, hal, i)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof RateLimited)).toHaveLength(4);
  });

  it('applies to a cart checkout: no cart turns into more unpaid holds than allowed', async () => {
    const { listing } = await shop();
    const shopper = aGuest();
    for (let i = 0; i < 3; i += 1) await addToCart(t.db, shopper.owner, { listingId: listing.id, ...slot(i), quantity: 1 }, NOW);
    const failure = await checkoutCart(t.db, shopper.owner, shopper.actor, person(), NOW).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CartItemFailed);
    expect((failure as CartItemFailed).status).toBe(429);
    expect((failure as CartItemFailed).message).toMatch(/at most 2 at a time/);
    expect(await t.db.booking.count({ where: { listingId: listing.id } })).toBe(0); // all or nothing
  });

  it('applies to the API: 429 with Retry-After and the reason', async () => {
    const { listing } = await shop();
    const hal = person();
    const book = (i: number) => {
      const at = new Date(Date.now() + (48 + i * 3) * 3_600_000);
      at.setUTCMinutes(0, 0, 0);
      return call(bookRoute, { method: 'POST', path: '/bookings', headers: idempotent(), body: { listing_id: listing.id, start_at: at.toISOString(), end_at: new Date(at.getTime() + 2 * 3_600_000).toISOString(), contact: hal } });
    };
    expect((await book(0)).status).toBe(201);
    expect((await book(1)).status).toBe(201);
    const refused = await book(2);
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: 'rate_limited', detail: expect.stringMatching(/^You already have as many unpaid bookings of this listing/) });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(25 * 60);
  });
});
