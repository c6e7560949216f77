import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as refreshRoute } from '@/app/api/v1/auth/refresh/route';
import { POST as registerRoute } from '@/app/api/v1/auth/register/route';
import { POST as revokeRoute } from '@/app/api/v1/auth/revoke/route';
import { POST as tokenRoute } from '@/app/api/v1/auth/token/route';
import { POST as approveRoute } from '@/app/api/v1/bookings/[id]/approve/route';
import { POST as cancelRoute } from '@/app/api/v1/bookings/[id]/cancel/route';
import { POST as declineRoute } from '@/app/api/v1/bookings/[id]/decline/route';
import { GET as bookingRoute } from '@/app/api/v1/bookings/[id]/route';
import { GET as bookingsRoute, POST as bookRoute } from '@/app/api/v1/bookings/route';
import { POST as checkInRoute } from '@/app/api/v1/bookings/[id]/check-in/route';
import { POST as checkOutRoute } from '@/app/api/v1/bookings/[id]/check-out/route';
import { POST as checkoutRoute } from '@/app/api/v1/bookings/[id]/checkout/route';
import { POST as completeRoute } from '@/app/api/v1/bookings/[id]/complete/route';
import { POST as markPaidRoute } from '@/app/api/v1/bookings/[id]/mark-paid/route';
import { POST as rescheduleRoute } from '@/app/api/v1/bookings/[id]/reschedule/route';
import { POST as reviewRoute } from '@/app/api/v1/bookings/[id]/review/route';
import { GET as reviewsRoute } from '@/app/api/v1/listings/[id]/reviews/route';
import { POST as publishRoute } from '@/app/api/v1/listings/[id]/publish/route';
import { GET as unitsRoute, POST as createUnitRoute } from '@/app/api/v1/listings/[id]/units/route';
import { POST as unpublishRoute } from '@/app/api/v1/listings/[id]/unpublish/route';
import { GET as sessionsRoute, POST as createSessionsRoute } from '@/app/api/v1/listings/[id]/sessions/route';
import { DELETE as cancelSessionRoute, PATCH as updateSessionRoute } from '@/app/api/v1/sessions/[id]/route';
import { GET as staffRoute, PATCH as updateStaffRoute } from '@/app/api/v1/staff/[id]/route';
import { POST as timeOffRoute } from '@/app/api/v1/staff/[id]/time-off/route';
import { POST as cartCheckoutRoute } from '@/app/api/v1/carts/[id]/checkout/route';
import { DELETE as cartItemRoute } from '@/app/api/v1/carts/[id]/items/[item_id]/route';
import { POST as cartItemsRoute } from '@/app/api/v1/carts/[id]/items/route';
import { POST as cartsRoute } from '@/app/api/v1/carts/route';
import { DELETE as deleteUnitRoute, PATCH as updateUnitRoute } from '@/app/api/v1/units/[id]/route';
import { GET as availabilityRoute } from '@/app/api/v1/listings/[id]/availability/route';
import { GET as listingRoute, PATCH as updateListingRoute } from '@/app/api/v1/listings/[id]/route';
import { GET as listingsRoute, POST as createListingRoute } from '@/app/api/v1/listings/route';
import { GET as meRoute } from '@/app/api/v1/me/route';
import { GET as eventsRoute } from '@/app/api/v1/events/route';
import { GET as deliveriesRoute } from '@/app/api/v1/webhook-endpoints/[id]/deliveries/route';
import { POST as redeliverRoute } from '@/app/api/v1/webhook-endpoints/[id]/redeliver/route';
import { POST as rotateSecretRoute } from '@/app/api/v1/webhook-endpoints/[id]/rotate-secret/route';
import { DELETE as deleteEndpointRoute, GET as endpointRoute, PATCH as updateEndpointRoute } from '@/app/api/v1/webhook-endpoints/[id]/route';
import { POST as testEventRoute } from '@/app/api/v1/webhook-endpoints/[id]/test/route';
import { GET as endpointsRoute, POST as createEndpointRoute } from '@/app/api/v1/webhook-endpoints/route';
import { POST as quoteRoute } from '@/app/api/v1/quotes/route';
import { GET as vendorRoute } from '@/app/api/v1/vendors/[slug]/route';
import { OPERATIONS } from '@/lib/api/operations';
import { issueTokenPair, signAccessToken } from '@/lib/auth/api-tokens';
import { hashPassword } from '@/lib/auth/password';
import { revokeApiKey } from '@/lib/business/api-keys';
import { createEndpoint } from '@/lib/webhooks/endpoints';
import { addToCart } from '@/lib/cart/add-to-cart';
import { userOwner } from '@/lib/cart/owner';
import { requestBooking } from '@/lib/booking/request-booking';
import { customer, type MemberActor } from '@/lib/domain/actor';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { givenVendor, guestContact } from '../support/scenario';
import { call, hoursFromNow, idempotent, keyFor, type Call } from './api-client';

// Every /api/v1 operation called by every kind of caller. Allowed callers get a 2xx; the others a
// 401 (no or bad credentials), 403 (a key without the scope, or no business) or 404 (another
// business's or person's object). A new operation without a case fails the "has a case" test.

const CALLERS = ['anonymous', 'customer', 'expiredToken', 'revokedKey', 'readOnlyKeyA', 'keyA', 'keyB', 'staffA', 'operator'] as const;
type Caller = (typeof CALLERS)[number];
const VALID: Caller[] = ['anonymous', 'customer', 'readOnlyKeyA', 'keyA', 'keyB', 'staffA', 'operator'];
/** POSTs that write need the write scope of a key, even sign-in ones. */
const WRITERS: Caller[] = VALID.filter((c) => c !== 'readOnlyKeyA');
const SIGNED_IN: Caller[] = ['customer', 'readOnlyKeyA', 'keyA', 'keyB', 'staffA', 'operator'];

type Handler = Parameters<typeof call>[0];
type Case = { operation: string; route: Handler; allow: Caller[]; request: (w: World) => Promise<Omit<Call, 'token'>> };

let t: TestDatabase;
type World = Awaited<ReturnType<typeof buildWorld>>;
let w: World;

async function buildWorld() {
  const a = givenVendor(t.db);
  const { listing: rental, vendor: vendorA, actor: ownerA } = await a.withRental({ units: 1, pricingUnit: 'HOUR' });
  const { actor: ownerB } = await givenVendor(t.db).ready;
  const customerUser = await t.db.user.create({ data: { email: `matrix-customer-${randomUUID()}@example.com`, name: 'Matrix Customer', phone: '+44 7700 900222' } });
  const staffUser = await t.db.user.create({ data: { email: `matrix-staff-${randomUUID()}@example.com`, name: 'Matrix Staff' } });
  await t.db.vendorMember.create({ data: { vendorId: vendorA.id, userId: staffUser.id, role: 'STAFF' } });
  const operatorUser = await t.db.user.create({ data: { email: `matrix-op-${randomUUID()}@example.com`, name: 'Matrix Operator', role: 'OPERATOR' } });
  const passwordHash = await hashPassword('correct horse battery');

  const revoked = await keyFor(t.db, ownerA as MemberActor);
  const revokedRow = await t.db.apiKey.findFirstOrThrow({ where: { vendorId: vendorA.id }, orderBy: { createdAt: 'desc' } });
  await revokeApiKey(t.db, ownerA as MemberActor, revokedRow.id);
  const tokens: Record<Caller, string | undefined> = {
    anonymous: undefined,
    customer: await signAccessToken(customerUser.id),
    expiredToken: await signAccessToken(customerUser.id, new Date(Date.now() - 3_600_000)),
    revokedKey: revoked,
    readOnlyKeyA: await keyFor(t.db, ownerA as MemberActor, ['read']),
    keyA: await keyFor(t.db, ownerA as MemberActor),
    keyB: await keyFor(t.db, ownerB as MemberActor),
    staffA: await signAccessToken(staffUser.id),
    operator: await signAccessToken(operatorUser.id),
  };
  let hour = 24;
  /** A fresh listing of business A with one unit (so every booking gets its own). */
  const listingOfA = async (overrides: Record<string, unknown> = {}) => {
    const listing = await t.db.listing.create({
      data: { vendorId: vendorA.id, categoryId: rental.categoryId, kind: 'RENTAL', slug: `m-${randomUUID().slice(0, 8)}`, title: 'Matrix kayak', status: 'PUBLISHED', currency: 'GBP', pricingUnit: 'HOUR', priceAmount: 1000, ...overrides },
    });
    await t.db.rentalUnit.create({ data: { listingId: listing.id, code: 'U-1' } });
    return listing;
  };
  /** A booking of business A by the matrix customer, in a fresh listing. */
  const bookingOfA = async (bookingMode: 'INSTANT' | 'REQUEST' = 'INSTANT', options: { paymentMode?: 'MANUAL' | 'ONLINE_FULL'; soon?: boolean; status?: 'CHECKED_IN' | 'COMPLETED' } = {}) => {
    const listing = await listingOfA({ bookingMode, ...(options.paymentMode ? { paymentMode: options.paymentMode } : {}) });
    hour += 3;
    const startIn = options.soon ? 2 : hour; // check-in opens 24 hours before the start
    const booking = await requestBooking(t.db, { listingId: listing.id, startAt: new Date(hoursFromNow(startIn)), endAt: new Date(hoursFromNow(startIn + 2)) }, customer(customerUser.id));
    if (options.status) await t.db.booking.update({ where: { id: booking.id }, data: { status: options.status } });
    return booking;
  };
  /** A fresh session listing of business A with one session in ten days. */
  const sessionsOfA = async () => {
    const listing = await t.db.listing.create({
      data: { vendorId: vendorA.id, categoryId: rental.categoryId, kind: 'SESSION', slug: `s-${randomUUID().slice(0, 8)}`, title: 'Matrix tour', status: 'PUBLISHED', currency: 'GBP', pricingUnit: 'SEAT', priceAmount: 1000 },
    });
    const startAt = new Date(hoursFromNow(240));
    const session = await t.db.listingSession.create({ data: { listingId: listing.id, startAt, endAt: new Date(startAt.getTime() + 7_200_000), capacity: 8 } });
    return { listing, session };
  };
  const user = async () => t.db.user.create({ data: { email: `matrix-${randomUUID()}@example.com`, name: 'Matrix Person', passwordHash } });
  /** The matrix customer's cart with one fresh item in it. */
  const cartWithItem = async () => {
    const listing = await listingOfA();
    hour += 3;
    await addToCart(t.db, userOwner(customerUser.id), { listingId: listing.id, startAt: new Date(hoursFromNow(hour)), endAt: new Date(hoursFromNow(hour + 2)) });
    const cart = await t.db.cart.findUniqueOrThrow({ where: { userId: customerUser.id }, include: { items: { orderBy: { createdAt: 'desc' }, take: 1 } } });
    return { cartId: cart.id, itemId: cart.items[0]!.id };
  };
  const stylist = await t.db.staffMember.create({ data: { vendorId: vendorA.id, name: 'Matrix Stylist' } });
  /** A webhook endpoint of business A (a fresh one: some cases delete it). */
  const endpointOfA = async () => {
    const { endpoint } = await createEndpoint(t.db, ownerA as MemberActor, { url: 'https://example.com/matrix-hooks', events: ['booking.confirmed'] });
    return { path: `/webhook-endpoints/${endpoint.id}`, params: { id: endpoint.id } };
  };
  return { rental, vendorA, stylist, cartWithItem, tokens, listingOfA, bookingOfA, sessionsOfA, user, endpointOfA, nextHour: () => (hour += 3) };
}

beforeAll(async () => {
  t = await useTestDatabase();
  process.env.DATABASE_URL = t.url;
  process.env.AUTH_SECRET ??= 'test-secret-for-api-tokens-0123456789';
  // Every call here comes from one client address: the matrix is about access, not rate limits (tested in api-v1).
  process.env.API_RATE_LIMIT_ANONYMOUS = '100000';
  w = await buildWorld();
});

const byId = (id: string, suffix = '') => ({ path: `/bookings/${id}${suffix}`, params: { id } });

const CASES: Case[] = [
  { operation: 'GET /listings', route: listingsRoute, allow: VALID, request: async () => ({ path: '/listings?limit=5' }) },
  { operation: 'GET /listings/{id}', route: listingRoute, allow: VALID, request: async (w) => ({ path: `/listings/${w.rental.id}`, params: { id: w.rental.id } }) },
  {
    operation: 'GET /listings/{id}/availability',
    route: availabilityRoute,
    allow: VALID,
    request: async (w) => ({ path: `/listings/${w.rental.id}/availability?from=2031-01-06&to=2031-01-07`, params: { id: w.rental.id } }),
  },
  {
    operation: 'GET /listings/{id}/reviews',
    route: reviewsRoute,
    allow: VALID,
    request: async (w) => ({ path: `/listings/${w.rental.id}/reviews`, params: { id: w.rental.id } }),
  },
  { operation: 'GET /vendors/{slug}', route: vendorRoute, allow: VALID, request: async (w) => ({ path: `/vendors/${w.vendorA.slug}`, params: { slug: w.vendorA.slug } }) },
  {
    operation: 'POST /quotes',
    route: quoteRoute,
    allow: VALID,
    request: async (w) => ({ method: 'POST', path: '/quotes', body: { listing_id: w.rental.id, start_at: hoursFromNow(30), end_at: hoursFromNow(32) } }),
  },
  {
    operation: 'POST /bookings',
    route: bookRoute,
    allow: ['anonymous', 'customer', 'keyA', 'keyB', 'staffA', 'operator'],
    request: async (w) => {
      const listing = await w.listingOfA();
      const at = w.nextHour();
      return { method: 'POST', path: '/bookings', headers: idempotent(), body: { listing_id: listing.id, start_at: hoursFromNow(at), end_at: hoursFromNow(at + 2), contact: guestContact } };
    },
  },
  { operation: 'GET /bookings', route: bookingsRoute, allow: SIGNED_IN, request: async () => ({ path: '/bookings' }) },
  { operation: 'GET /bookings/{id}', route: bookingRoute, allow: ['customer', 'readOnlyKeyA', 'keyA', 'staffA', 'operator'], request: async (w) => byId((await w.bookingOfA()).id) },
  {
    operation: 'POST /bookings/{id}/cancel',
    route: cancelRoute,
    allow: ['customer', 'keyA', 'staffA', 'operator'],
    request: async (w) => ({ method: 'POST', ...byId((await w.bookingOfA()).id, '/cancel'), body: { reason: 'Matrix says so' } }),
  },
  {
    operation: 'POST /bookings/{id}/approve',
    route: approveRoute,
    allow: ['keyA', 'staffA', 'operator'],
    request: async (w) => ({ method: 'POST', ...byId((await w.bookingOfA('REQUEST')).id, '/approve') }),
  },
  {
    operation: 'POST /bookings/{id}/decline',
    route: declineRoute,
    allow: ['keyA', 'staffA', 'operator'],
    request: async (w) => ({ method: 'POST', ...byId((await w.bookingOfA('REQUEST')).id, '/decline'), body: { reason: 'Fully booked that week' } }),
  },
  {
    operation: 'POST /bookings/{id}/mark-paid',
    route: markPaidRoute,
    allow: ['keyA', 'staffA', 'operator'],
    request: async (w) => ({ method: 'POST', ...byId((await w.bookingOfA('INSTANT', { paymentMode: 'MANUAL' })).id, '/mark-paid'), body: { note: 'Transfer arrived' } }),
  },
  { operation: 'POST /bookings/{id}/check-in', route: checkInRoute, allow: ['keyA', 'staffA', 'operator'], request: async (w) => ({ method: 'POST', ...byId((await w.bookingOfA('INSTANT', { soon: true })).id, '/check-in') }) },
  {
    operation: 'POST /bookings/{id}/check-out',
    route: checkOutRoute,
    allow: ['keyA', 'staffA', 'operator'],
    request: async (w) => ({ method: 'POST', ...byId((await w.bookingOfA('INSTANT', { soon: true, status: 'CHECKED_IN' })).id, '/check-out') }),
  },
  {
    operation: 'POST /bookings/{id}/complete',
    route: completeRoute,
    allow: ['keyA', 'staffA', 'operator'],
    request: async (w) => ({ method: 'POST', ...byId((await w.bookingOfA('INSTANT', { soon: true, status: 'CHECKED_IN' })).id, '/complete') }),
  },
  {
    operation: 'POST /bookings/{id}/reschedule',
    route: rescheduleRoute,
    allow: ['customer', 'keyA', 'staffA', 'operator'],
    request: async (w) => {
      const booking = await w.bookingOfA();
      const later = booking.startAt.getTime() + 24 * 3_600_000;
      return { method: 'POST', ...byId(booking.id, '/reschedule'), body: { start_at: new Date(later).toISOString(), end_at: new Date(later + 2 * 3_600_000).toISOString() } };
    },
  },
  {
    operation: 'POST /bookings/{id}/checkout',
    route: checkoutRoute,
    allow: ['customer', 'keyA', 'staffA', 'operator'],
    request: async (w) => ({ method: 'POST', ...byId((await w.bookingOfA('INSTANT', { paymentMode: 'ONLINE_FULL' })).id, '/checkout'), headers: idempotent() }),
  },
  {
    operation: 'POST /bookings/{id}/review',
    route: reviewRoute,
    allow: ['customer'],
    request: async (w) => ({ method: 'POST', ...byId((await w.bookingOfA('INSTANT', { status: 'COMPLETED' })).id, '/review'), body: { rating: 5, comment: 'Lovely' } }),
  },
  {
    operation: 'POST /listings',
    route: createListingRoute,
    allow: ['keyA', 'keyB', 'staffA'],
    request: async (w) => {
      const category = await t.db.category.findUniqueOrThrow({ where: { id: w.rental.categoryId } });
      return { method: 'POST', path: '/listings', body: { kind: 'rental', category: category.slug, title: `Matrix boat ${randomUUID().slice(0, 6)}`, pricing_unit: 'DAY', price_amount: 4550, booking_mode: 'instant', payment_mode: 'NONE' } };
    },
  },
  {
    operation: 'PATCH /listings/{id}',
    route: updateListingRoute,
    allow: ['keyA', 'staffA'],
    request: async (w) => {
      const listing = await w.listingOfA();
      return { method: 'PATCH', path: `/listings/${listing.id}`, params: { id: listing.id }, body: { price_amount: 1250, summary: 'Edited by the matrix' } };
    },
  },
  {
    operation: 'POST /listings/{id}/publish',
    route: publishRoute,
    allow: ['keyA', 'staffA'],
    request: async (w) => {
      const listing = await w.listingOfA({ status: 'UNPUBLISHED' });
      return { method: 'POST', path: `/listings/${listing.id}/publish`, params: { id: listing.id } };
    },
  },
  {
    operation: 'POST /listings/{id}/unpublish',
    route: unpublishRoute,
    allow: ['keyA', 'staffA'],
    request: async (w) => {
      const listing = await w.listingOfA();
      return { method: 'POST', path: `/listings/${listing.id}/unpublish`, params: { id: listing.id } };
    },
  },
  { operation: 'GET /listings/{id}/units', route: unitsRoute, allow: ['readOnlyKeyA', 'keyA', 'staffA'], request: async (w) => ({ path: `/listings/${w.rental.id}/units`, params: { id: w.rental.id } }) },
  {
    operation: 'POST /listings/{id}/units',
    route: createUnitRoute,
    allow: ['keyA', 'staffA'],
    request: async (w) => ({ method: 'POST', path: `/listings/${w.rental.id}/units`, params: { id: w.rental.id }, body: { code: `M-${randomUUID().slice(0, 6)}` } }),
  },
  {
    operation: 'PATCH /units/{id}',
    route: updateUnitRoute,
    allow: ['keyA', 'staffA'],
    request: async (w) => {
      const listing = await w.listingOfA();
      const unit = await t.db.rentalUnit.findFirstOrThrow({ where: { listingId: listing.id } });
      return { method: 'PATCH', path: `/units/${unit.id}`, params: { id: unit.id }, body: { name: 'Renamed' } };
    },
  },
  {
    operation: 'DELETE /units/{id}',
    route: deleteUnitRoute,
    allow: ['keyA', 'staffA'],
    request: async (w) => {
      const listing = await w.listingOfA();
      const unit = await t.db.rentalUnit.create({ data: { listingId: listing.id, code: `SPARE-${randomUUID().slice(0, 6)}` } });
      return { method: 'DELETE', path: `/units/${unit.id}`, params: { id: unit.id } };
    },
  },
  {
    operation: 'GET /listings/{id}/sessions',
    route: sessionsRoute,
    allow: ['readOnlyKeyA', 'keyA', 'staffA'],
    request: async (w) => {
      const { listing } = await w.sessionsOfA();
      return { path: `/listings/${listing.id}/sessions?from=${encodeURIComponent(hoursFromNow(0))}&to=${encodeURIComponent(hoursFromNow(24 * 30))}`, params: { id: listing.id } };
    },
  },
  {
    operation: 'POST /listings/{id}/sessions',
    route: createSessionsRoute,
    allow: ['keyA', 'staffA'],
    request: async (w) => {
      const { listing } = await w.sessionsOfA();
      const date = hoursFromNow(24 * 12).slice(0, 10);
      return { method: 'POST', path: `/listings/${listing.id}/sessions`, params: { id: listing.id }, body: { date, time: '18:30', duration_minutes: 90, capacity: 10 } };
    },
  },
  {
    operation: 'PATCH /sessions/{id}',
    route: updateSessionRoute,
    allow: ['keyA', 'staffA'],
    request: async (w) => {
      const { session } = await w.sessionsOfA();
      return { method: 'PATCH', path: `/sessions/${session.id}`, params: { id: session.id }, body: { capacity: 12 } };
    },
  },
  {
    operation: 'DELETE /sessions/{id}',
    route: cancelSessionRoute,
    allow: ['keyA', 'staffA'],
    request: async (w) => {
      const { session } = await w.sessionsOfA();
      return { method: 'DELETE', path: `/sessions/${session.id}`, params: { id: session.id } };
    },
  },
  { operation: 'GET /staff/{id}', route: staffRoute, allow: ['readOnlyKeyA', 'keyA', 'staffA'], request: async (w) => ({ path: `/staff/${w.stylist.id}`, params: { id: w.stylist.id } }) },
  {
    operation: 'PATCH /staff/{id}',
    route: updateStaffRoute,
    allow: ['keyA', 'staffA'],
    request: async (w) => ({ method: 'PATCH', path: `/staff/${w.stylist.id}`, params: { id: w.stylist.id }, body: { bio: 'Edited by the matrix', hours: [{ weekday: 1, start: '09:00', end: '17:00' }] } }),
  },
  {
    operation: 'POST /staff/{id}/time-off',
    route: timeOffRoute,
    allow: ['keyA', 'staffA'],
    request: async (w) => ({ method: 'POST', path: `/staff/${w.stylist.id}/time-off`, params: { id: w.stylist.id }, body: { start_date: '2031-02-01', end_date: '2031-02-03', reason: 'Holiday' } }),
  },
  { operation: 'POST /carts', route: cartsRoute, allow: ['customer', 'staffA', 'operator'], request: async () => ({ method: 'POST', path: '/carts' }) },
  {
    operation: 'POST /carts/{id}/items',
    route: cartItemsRoute,
    allow: ['customer'],
    request: async (w) => {
      const { cartId } = await w.cartWithItem();
      const listing = await w.listingOfA();
      const at = w.nextHour();
      return { method: 'POST', path: `/carts/${cartId}/items`, params: { id: cartId }, body: { listing_id: listing.id, start_at: hoursFromNow(at), end_at: hoursFromNow(at + 2) } };
    },
  },
  {
    operation: 'DELETE /carts/{id}/items/{item_id}',
    route: cartItemRoute,
    allow: ['customer'],
    request: async (w) => {
      const { cartId, itemId } = await w.cartWithItem();
      return { method: 'DELETE', path: `/carts/${cartId}/items/${itemId}`, params: { id: cartId, item_id: itemId } };
    },
  },
  {
    operation: 'POST /carts/{id}/checkout',
    route: cartCheckoutRoute,
    allow: ['customer'],
    request: async (w) => {
      const { cartId } = await w.cartWithItem();
      return { method: 'POST', path: `/carts/${cartId}/checkout`, params: { id: cartId }, headers: idempotent() };
    },
  },
  {
    operation: 'POST /auth/register',
    route: registerRoute,
    allow: WRITERS,
    request: async () => ({ method: 'POST', path: '/auth/register', body: { account_type: 'customer', name: 'New', email: `new-${randomUUID()}@example.com`, password: 'correct horse battery' } }),
  },
  { operation: 'POST /auth/token', route: tokenRoute, allow: WRITERS, request: async (w) => ({ method: 'POST', path: '/auth/token', body: { email: (await w.user()).email, password: 'correct horse battery' } }) },
  {
    operation: 'POST /auth/refresh',
    route: refreshRoute,
    allow: WRITERS,
    request: async (w) => ({ method: 'POST', path: '/auth/refresh', body: { refresh_token: (await issueTokenPair(t.db, (await w.user()).id)).refreshToken } }),
  },
  {
    operation: 'POST /auth/revoke',
    route: revokeRoute,
    allow: WRITERS,
    request: async (w) => ({ method: 'POST', path: '/auth/revoke', body: { refresh_token: (await issueTokenPair(t.db, (await w.user()).id)).refreshToken } }),
  },
  { operation: 'GET /me', route: meRoute, allow: ['customer', 'staffA', 'operator'], request: async () => ({ path: '/me' }) },
  // Webhooks are the owners': API keys (which act as the owner) see only their own business's endpoints.
  { operation: 'GET /webhook-endpoints', route: endpointsRoute, allow: ['readOnlyKeyA', 'keyA', 'keyB'], request: async () => ({ path: '/webhook-endpoints' }) },
  {
    operation: 'POST /webhook-endpoints',
    route: createEndpointRoute,
    allow: ['keyA', 'keyB'],
    request: async () => ({ method: 'POST', path: '/webhook-endpoints', body: { url: 'https://example.com/matrix-hooks', events: ['booking.confirmed'] } }),
  },
  { operation: 'GET /webhook-endpoints/{id}', route: endpointRoute, allow: ['readOnlyKeyA', 'keyA'], request: async (w) => w.endpointOfA() },
  { operation: 'PATCH /webhook-endpoints/{id}', route: updateEndpointRoute, allow: ['keyA'], request: async (w) => ({ method: 'PATCH', ...(await w.endpointOfA()), body: { enabled: false } }) },
  { operation: 'DELETE /webhook-endpoints/{id}', route: deleteEndpointRoute, allow: ['keyA'], request: async (w) => ({ method: 'DELETE', ...(await w.endpointOfA()) }) },
  {
    operation: 'POST /webhook-endpoints/{id}/rotate-secret',
    route: rotateSecretRoute,
    allow: ['keyA'],
    request: async (w) => {
      const endpoint = await w.endpointOfA();
      return { method: 'POST', path: `${endpoint.path}/rotate-secret`, params: endpoint.params };
    },
  },
  {
    operation: 'POST /webhook-endpoints/{id}/test',
    route: testEventRoute,
    allow: ['keyA'],
    request: async (w) => {
      const endpoint = await w.endpointOfA();
      return { method: 'POST', path: `${endpoint.path}/test`, params: endpoint.params };
    },
  },
  {
    operation: 'GET /webhook-endpoints/{id}/deliveries',
    route: deliveriesRoute,
    allow: ['readOnlyKeyA', 'keyA'],
    request: async (w) => {
      const endpoint = await w.endpointOfA();
      return { path: `${endpoint.path}/deliveries`, params: endpoint.params };
    },
  },
  {
    operation: 'POST /webhook-endpoints/{id}/redeliver',
    route: redeliverRoute,
    allow: ['keyA'],
    request: async (w) => {
      const endpoint = await w.endpointOfA();
      return { method: 'POST', path: `${endpoint.path}/redeliver`, params: endpoint.params, body: { since: '2031-01-01T00:00:00Z' } };
    },
  },
  { operation: 'GET /events', route: eventsRoute, allow: ['readOnlyKeyA', 'keyA', 'keyB'], request: async () => ({ path: '/events?type=booking.confirmed' }) },
];

describe('the /api/v1 authorization matrix', () => {
  it('has a case for every operation', () => {
    expect(CASES.map((c) => c.operation).sort()).toEqual(OPERATIONS.map((op) => `${op.method} ${op.path}`).sort());
  });

  for (const c of CASES) {
    for (const caller of CALLERS) {
      const allowed = c.allow.includes(caller);
      it(`${c.operation} as ${caller}: ${allowed ? 'allowed' : 'refused'}`, async () => {
        const response = await call(c.route, { ...(await c.request(w)), token: w.tokens[caller] });
        if (allowed) {
          expect(response.status, JSON.stringify(response.body)).toBeGreaterThanOrEqual(200);
          expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
        } else {
          expect([401, 403, 404], JSON.stringify(response.body)).toContain(response.status);
          expect(response.headers.get('content-type')).toBe('application/problem+json');
          // Dead credentials are always a 401, whatever the operation.
          if (caller === 'expiredToken' || caller === 'revokedKey') expect(response.status).toBe(401);
          if (caller === 'anonymous') expect(response.status).toBe(401);
        }
      });
    }
  }
});
