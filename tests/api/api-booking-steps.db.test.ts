import { absoluteUrl } from '@/lib/config/app-url';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as checkInRoute } from '@/app/api/v1/bookings/[id]/check-in/route';
import { POST as checkoutRoute } from '@/app/api/v1/bookings/[id]/checkout/route';
import { POST as markPaidRoute } from '@/app/api/v1/bookings/[id]/mark-paid/route';
import { POST as rescheduleRoute } from '@/app/api/v1/bookings/[id]/reschedule/route';
import { POST as reviewRoute } from '@/app/api/v1/bookings/[id]/review/route';
import { GET as reviewsRoute } from '@/app/api/v1/listings/[id]/reviews/route';
import { POST as bookRoute } from '@/app/api/v1/bookings/route';
import { POST as cartCheckoutRoute } from '@/app/api/v1/carts/[id]/checkout/route';
import { POST as cartItemsRoute } from '@/app/api/v1/carts/[id]/items/route';
import { POST as cartsRoute } from '@/app/api/v1/carts/route';
import { signAccessToken } from '@/lib/auth/api-tokens';
import type { MemberActor } from '@/lib/domain/actor';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { aCustomer, givenVendor, guestContact } from '../support/scenario';
import { call, hoursFromNow, idempotent, keyFor } from './api-client';

// A booking's later steps through /api/v1: the services' rules come back as documented errors.

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
  process.env.DATABASE_URL = t.url;
  process.env.AUTH_SECRET ??= 'test-secret-for-api-tokens-0123456789';
});

async function booked(overrides: Record<string, unknown> = {}, hours: [number, number] = [48, 50]) {
  const { listing, actor } = await givenVendor(t.db).withRental({ units: 1, pricingUnit: 'HOUR', ...overrides });
  const key = await keyFor(t.db, actor as MemberActor);
  const made = await call(bookRoute, { method: 'POST', path: '/bookings', token: key, headers: idempotent(), body: { listing_id: listing.id, start_at: hoursFromNow(hours[0]), end_at: hoursFromNow(hours[1]), contact: guestContact } });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return { listing, key, booking: made.body, id: made.body.id as string };
}

describe('booking steps over /api/v1', () => {
  it('mark-paid confirms a bank-transfer booking; on an online one it is a 422 policy_violation', async () => {
    const manual = await booked({ paymentMode: 'MANUAL' });
    expect(manual.booking.status).toBe('awaiting_payment');
    const paid = await call(markPaidRoute, { method: 'POST', path: `/bookings/${manual.id}/mark-paid`, token: manual.key, params: { id: manual.id }, body: { note: 'Transfer 3 Jan' } });
    expect(paid.body).toMatchObject({ status: 'confirmed', paid: { amount: manual.booking.total.amount } });

    const online = await booked({ paymentMode: 'ONLINE_FULL' });
    const refused = await call(markPaidRoute, { method: 'POST', path: `/bookings/${online.id}/mark-paid`, token: online.key, params: { id: online.id }, body: {} });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('policy_violation');
  });

  it('check-in opens 24 hours before the start', async () => {
    const later = await booked();
    const early = await call(checkInRoute, { method: 'POST', path: `/bookings/${later.id}/check-in`, token: later.key, params: { id: later.id } });
    expect(early.status).toBe(422);
    expect(early.body.detail).toMatch(/24 hours/);
    const soon = await booked({}, [2, 4]);
    const ok = await call(checkInRoute, { method: 'POST', path: `/bookings/${soon.id}/check-in`, token: soon.key, params: { id: soon.id } });
    expect(ok.body.status).toBe('checked_in');
  });

  it('checkout answers a payment page for what is due now, and a replay answers the same page', async () => {
    const online = await booked({ paymentMode: 'ONLINE_FULL' });
    const headers = idempotent();
    const page = await call(checkoutRoute, { method: 'POST', path: `/bookings/${online.id}/checkout`, token: online.key, params: { id: online.id }, headers });
    expect(page.status).toBe(201);
    expect(page.body).toMatchObject({ amount: { amount: online.booking.total.amount, currency: 'GBP' } });
    expect(page.body.url.startsWith(absoluteUrl('/pay/test-checkout/'))).toBe(true); // from APP_URL, never the request's Host
    const again = await call(checkoutRoute, { method: 'POST', path: `/bookings/${online.id}/checkout`, token: online.key, params: { id: online.id }, headers });
    expect(again.body).toEqual(page.body);
    const none = await booked();
    const nothingDue = await call(checkoutRoute, { method: 'POST', path: `/bookings/${none.id}/checkout`, token: none.key, params: { id: none.id }, headers: idempotent() });
    expect(nothingDue.status).toBe(422);
  });

  it('reschedule moves a booking; onto a taken time it is a 409 slot_unavailable and nothing changes', async () => {
    const first = await booked({}, [48, 50]);
    const move = await call(rescheduleRoute, { method: 'POST', path: `/bookings/${first.id}/reschedule`, token: first.key, params: { id: first.id }, body: { start_at: hoursFromNow(60), end_at: hoursFromNow(62) } });
    expect(move.status, JSON.stringify(move.body)).toBe(200);
    expect(move.body.start_at).toBe(hoursFromNow(60));
    const other = await call(bookRoute, { method: 'POST', path: '/bookings', token: first.key, headers: idempotent(), body: { listing_id: first.listing.id, start_at: hoursFromNow(70), end_at: hoursFromNow(72), contact: guestContact } });
    const clash = await call(rescheduleRoute, { method: 'POST', path: `/bookings/${first.id}/reschedule`, token: first.key, params: { id: first.id }, body: { start_at: hoursFromNow(70), end_at: hoursFromNow(72) } });
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('slot_unavailable');
    expect(other.status).toBe(201);
  });

  it('a customer reviews a completed booking once; the listing’s reviews list it', async () => {
    const { userId, actor } = await aCustomer(t.db);
    const token = await signAccessToken(userId);
    const { listing } = await givenVendor(t.db).withRental({ units: 1, pricingUnit: 'HOUR' });
    const made = await call(bookRoute, { method: 'POST', path: '/bookings', token, headers: idempotent(), body: { listing_id: listing.id, start_at: hoursFromNow(30), end_at: hoursFromNow(32) } });
    expect(actor.kind).toBe('customer');
    const tooSoon = await call(reviewRoute, { method: 'POST', path: `/bookings/${made.body.id}/review`, token, params: { id: made.body.id }, body: { rating: 5 } });
    expect(tooSoon.status).toBe(422);
    await t.db.booking.update({ where: { id: made.body.id }, data: { status: 'COMPLETED' } });
    const review = await call(reviewRoute, { method: 'POST', path: `/bookings/${made.body.id}/review`, token, params: { id: made.body.id }, body: { rating: 4, comment: 'Good paddle' } });
    expect(review.status).toBe(201);
    expect(review.body).toMatchObject({ rating: 4, comment: 'Good paddle', author_name: 'Cora Customer' });
    const twice = await call(reviewRoute, { method: 'POST', path: `/bookings/${made.body.id}/review`, token, params: { id: made.body.id }, body: { rating: 1 } });
    expect(twice.status).toBe(409);
    const list = await call(reviewsRoute, { path: `/listings/${listing.id}/reviews`, params: { id: listing.id } });
    expect(list.body).toMatchObject({ data: [{ rating: 4, comment: 'Good paddle' }], has_more: false, next_cursor: null });
  });

  it('a cart checks out all or nothing: with one item taken meanwhile, nothing is booked and the cart stays', async () => {
    const { userId } = await aCustomer(t.db);
    const token = await signAccessToken(userId);
    const a = await givenVendor(t.db).withRental({ units: 1, pricingUnit: 'HOUR' });
    const b = await givenVendor(t.db).withRental({ units: 1, pricingUnit: 'HOUR' });
    const cart = await call(cartsRoute, { method: 'POST', path: '/carts', token });
    expect(cart.status).toBe(201);
    const id = cart.body.id;
    for (const listing of [a.listing, b.listing]) {
      const added = await call(cartItemsRoute, { method: 'POST', path: `/carts/${id}/items`, token, params: { id }, body: { listing_id: listing.id, start_at: hoursFromNow(30), end_at: hoursFromNow(32) } });
      expect(added.status, JSON.stringify(added.body)).toBe(201);
    }
    // Someone else takes b's only unit.
    const key = await keyFor(t.db, b.actor as MemberActor);
    expect((await call(bookRoute, { method: 'POST', path: '/bookings', token: key, headers: idempotent(), body: { listing_id: b.listing.id, start_at: hoursFromNow(30), end_at: hoursFromNow(32), contact: guestContact } })).status).toBe(201);

    const failed = await call(cartCheckoutRoute, { method: 'POST', path: `/carts/${id}/checkout`, token, params: { id }, headers: idempotent() });
    expect(failed.status).toBe(409);
    expect(failed.body.code).toBe('slot_unavailable');
    expect(await t.db.booking.count({ where: { customerId: userId } })).toBe(0);
    expect((await call(cartsRoute, { method: 'POST', path: '/carts', token })).body.items).toHaveLength(2);
  });
});
