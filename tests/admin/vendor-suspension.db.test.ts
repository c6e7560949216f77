import { beforeAll, describe, expect, it } from 'vitest';
import { listVendors, reactivateVendor, suspendVendor, vendorDetail } from '@/lib/admin/vendors';
import type { OperatorActor } from '@/lib/domain/actor';
import { approveBooking } from '@/lib/booking/approve-booking';
import { cancelBooking } from '@/lib/booking/cancel-booking';
import { previewBooking } from '@/lib/booking/preview-booking';
import { startCheckoutFor } from '@/lib/payments/checkout';
import { requestBooking } from '@/lib/booking/request-booking';
import { addToCart } from '@/lib/cart/add-to-cart';
import { checkoutCart } from '@/lib/cart/checkout-cart';
import { categoriesWithCounts, featuredListings, publicListing, storefront } from '@/lib/catalog/queries';
import { searchListings } from '@/lib/catalog/search';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, aCustomer, givenVendor, guestContact, hoursAfter, operator as anOperator } from '../support/scenario';
import { aGuest, monday10 } from '../cart/cart-scenario';
import { processOutbox } from '@/lib/outbox/process-outbox';
import { deliver, givenBookingAwaitingPayment, sessionCompleted } from '../payments/payment-scenario';
import { minutesAfter } from '../support/scenario';

let t: TestDatabase;
let op: OperatorActor;
beforeAll(async () => {
  t = await useTestDatabase();
  process.env.DATABASE_URL = t.url; // the catalog read models use the app's client
  op = (await anOperator(t.db)) as OperatorActor;
});

async function aShopWithRental(title: string) {
  const given = givenVendor(t.db);
  const { listing, vendor } = await given.withRental({ units: 2, title, summary: 'Suspension test' });
  return { listing, vendor };
}

const searchTitles = async (q: string) => (await searchListings(t.db, { q }, NOW)).items.map((i) => i.title);
const auditRows = (entityId: string) => t.db.auditLog.findMany({ where: { entityId }, orderBy: { createdAt: 'asc' } });

describe('suspending a vendor', () => {
  it('hides its listings from search, home and storefront, refuses new bookings and cart checkout, keeps its bookings; reactivating restores it', async () => {
    const { listing, vendor } = await aShopWithRental('Quokka kayak');
    const customer = await aCustomer(t.db);
    const kept = await requestBooking(t.db, { listingId: listing.id, startAt: monday10, endAt: hoursAfter(monday10, 1) }, customer.actor, { now: NOW });
    const guest = aGuest();
    await addToCart(t.db, guest.owner, { listingId: listing.id, startAt: hoursAfter(monday10, 3), endAt: hoursAfter(monday10, 4) }, NOW);
    expect(await searchTitles('quokka')).toEqual(['Quokka kayak']);

    await suspendVendor(t.db, op, { vendorId: vendor.id, reason: '  Fraud reports under review  ' }, NOW);

    expect(await t.db.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).toMatchObject({ status: 'SUSPENDED', suspendedAt: NOW, suspensionReason: 'Fraud reports under review' });
    expect(await searchTitles('quokka')).toEqual([]);
    expect((await featuredListings(100)).map((l) => l.id)).not.toContain(listing.id);
    expect(await storefront(vendor.slug)).toBeNull();
    expect(await publicListing(vendor.slug, listing.slug)).toBeNull();
    const categoryCount = (await categoriesWithCounts()).find((c) => c.id === listing.categoryId)?._count.listings;
    expect(categoryCount).toBe(0);
    await expect(
      requestBooking(t.db, { listingId: listing.id, startAt: hoursAfter(monday10, 6), endAt: hoursAfter(monday10, 7) }, customer.actor, { now: NOW }),
    ).rejects.toThrow('This listing is not available for booking right now.');
    await expect(checkoutCart(t.db, guest.owner, guest.actor, guestContact, NOW)).rejects.toThrow(/not available for booking/);
    const quote = { listingId: listing.id, startAt: hoursAfter(monday10, 6), endAt: hoursAfter(monday10, 7), quantity: 1 };
    await expect(previewBooking(t.db, quote, NOW)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.db.booking.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({ status: kept.status });

    await reactivateVendor(t.db, op, { vendorId: vendor.id, reason: 'Reports cleared' });

    expect(await t.db.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).toMatchObject({ status: 'ACTIVE', suspendedAt: null, suspensionReason: null });
    expect(await searchTitles('quokka')).toEqual(['Quokka kayak']);
    expect(await storefront(vendor.slug)).not.toBeNull();
    expect(await publicListing(vendor.slug, listing.slug)).not.toBeNull();
    expect((await previewBooking(t.db, quote, NOW)).quote).toBeTruthy();
    await requestBooking(t.db, { listingId: listing.id, startAt: hoursAfter(monday10, 6), endAt: hoursAfter(monday10, 7) }, customer.actor, { now: NOW });
  });

  it('stops every business-side step and new payments while suspended; customers can still cancel', async () => {
    const shop = givenVendor(t.db);
    const { listing: request, vendor, actor: owner } = await shop.withRental({ units: 2, bookingMode: 'REQUEST' });
    const { listing: paid } = await shop.withRental({ units: 1, paymentMode: 'ONLINE_FULL' });
    const customer = await aCustomer(t.db);
    const asked = await requestBooking(t.db, { listingId: request.id, startAt: monday10, endAt: hoursAfter(monday10, 1) }, customer.actor, { now: NOW });
    const held = await requestBooking(t.db, { listingId: paid.id, startAt: monday10, endAt: hoursAfter(monday10, 1), contact: guestContact }, { kind: 'guest' }, { now: NOW });
    const later = await requestBooking(t.db, { listingId: request.id, startAt: hoursAfter(monday10, 3), endAt: hoursAfter(monday10, 4) }, customer.actor, { now: NOW });

    await suspendVendor(t.db, op, { vendorId: vendor.id, reason: 'Chargebacks under review' }, NOW);

    await expect(approveBooking(t.db, asked.id, owner, NOW)).rejects.toThrow(/business is suspended/);
    await expect(startCheckoutFor(t.db, { bookingIds: [held.id], baseUrl: 'http://localhost' }, { now: NOW })).rejects.toThrow(/business is suspended/);
    expect((await t.db.booking.findUniqueOrThrow({ where: { id: asked.id } })).status).toBe('REQUESTED');
    expect(await t.db.checkoutSession.count({ where: { items: { some: { bookingId: held.id } } } })).toBe(0);
    expect((await cancelBooking(t.db, later.id, customer.actor, undefined, NOW)).status).toBe('CANCELLED');

    await reactivateVendor(t.db, op, { vendorId: vendor.id, reason: 'Cleared' });
    expect((await approveBooking(t.db, asked.id, owner, NOW)).status).not.toBe('REQUESTED');
  });

  it('a payment that still arrives while suspended (a payment page opened before) is refunded, and confirms nothing', async () => {
    const { booking, vendor } = await givenBookingAwaitingPayment(t.db);
    await suspendVendor(t.db, op, { vendorId: vendor.id, reason: 'Chargebacks under review' }, NOW);
    await deliver(t.db, sessionCompleted(booking), { now: minutesAfter(NOW, 5) });

    const after = await t.db.booking.findUniqueOrThrow({ where: { id: booking.id } });
    expect(after.status).toBe('AWAITING_PAYMENT');
    expect(after.paidAmount).toBe(booking.depositAmount);
    expect(after.refundedAmount).toBe(booking.depositAmount);
    expect(await t.db.outboxMessage.count({ where: { bookingId: booking.id, topic: 'payment.refund_requested' } })).toBe(1);
    expect(await t.db.outboxMessage.count({ where: { bookingId: booking.id, topic: 'booking.confirmed' } })).toBe(0);
  });

  it('the operator may cancel the pending bookings at once: requests and unpaid holds are cancelled and their customers told; confirmed ones are kept', async () => {
    const shop = givenVendor(t.db);
    const { listing: request, vendor } = await shop.withRental({ units: 3, bookingMode: 'REQUEST' });
    const { listing: paid } = await shop.withRental({ units: 2, paymentMode: 'ONLINE_FULL' });
    const { listing: onSite } = await shop.withRental({ units: 1 });
    const customer = await aCustomer(t.db);
    const asked = await requestBooking(t.db, { listingId: request.id, startAt: monday10, endAt: hoursAfter(monday10, 1) }, customer.actor, { now: NOW });
    const held = await requestBooking(t.db, { listingId: paid.id, startAt: monday10, endAt: hoursAfter(monday10, 1), contact: { ...guestContact, email: 'held-suspended@example.com' } }, { kind: 'guest' }, { now: NOW });
    const confirmed = await requestBooking(t.db, { listingId: onSite.id, startAt: monday10, endAt: hoursAfter(monday10, 1) }, customer.actor, { now: NOW });
    expect([asked.status, held.status, confirmed.status]).toEqual(['REQUESTED', 'AWAITING_PAYMENT', 'CONFIRMED']);

    const result = await suspendVendor(t.db, op, { vendorId: vendor.id, reason: 'Fraud', pending: 'cancel' }, NOW);
    expect(result).toMatchObject({ pendingBookings: 2, cancelledBookings: 2 });

    const status = async (id: string) => (await t.db.booking.findUniqueOrThrow({ where: { id } })).status;
    expect([await status(asked.id), await status(held.id), await status(confirmed.id)]).toEqual(['CANCELLED', 'CANCELLED', 'CONFIRMED']);
    await processOutbox(t.db, { now: minutesAfter(NOW, 1) });
    const told = await t.db.emailMessage.findFirstOrThrow({ where: { bookingId: held.id, to: 'held-suspended@example.com', subject: { startsWith: 'Booking cancelled' } } });
    expect(told.text).toContain('suspended by the platform');
    // A payment page opened before still pays: the money goes back.
    await deliver(t.db, sessionCompleted(held), { now: minutesAfter(NOW, 5) });
    expect(await t.db.booking.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({ status: 'CANCELLED', refundedAmount: held.depositAmount });
    const audit = (await auditRows(vendor.id)).find((r) => r.action === 'vendor.suspend');
    expect(audit?.data).toMatchObject({ pending: 'cancel', pendingBookings: 2, cancelledBookings: [asked.id, held.id].sort() });
  });

  it('by default the pending bookings are kept (they expire as usual)', async () => {
    const { booking, vendor } = await givenBookingAwaitingPayment(t.db);
    expect(await suspendVendor(t.db, op, { vendorId: vendor.id, reason: 'Review' }, NOW)).toMatchObject({ pendingBookings: 1, cancelledBookings: 0 });
    expect((await t.db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe('AWAITING_PAYMENT');
  });

  it('writes exactly one audit row per action, with the operator, the reason and the change', async () => {
    const { vendor } = await aShopWithRental('Audit boat');
    await suspendVendor(t.db, op, { vendorId: vendor.id, reason: 'Chargebacks' }, NOW);
    await reactivateVendor(t.db, op, { vendorId: vendor.id, reason: 'Resolved with the bank' });
    const rows = await auditRows(vendor.id);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      actorType: 'OPERATOR',
      actorId: op.userId,
      action: 'vendor.suspend',
      entityType: 'Vendor',
      reason: 'Chargebacks',
      data: { before: { status: 'ACTIVE', suspendedAt: null }, after: { status: 'SUSPENDED', suspendedAt: NOW.toISOString(), suspensionReason: 'Chargebacks' } },
    });
    expect(rows[1]).toMatchObject({ action: 'vendor.reactivate', reason: 'Resolved with the bank', data: { after: { status: 'ACTIVE', suspendedAt: null } } });
  });

  it('changes nothing without a reason, twice in a row, or for a non-operator', async () => {
    const { vendor, listing } = await aShopWithRental('Careful canoe');
    await expect(suspendVendor(t.db, op, { vendorId: vendor.id, reason: '  ' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: { reason: [expect.any(String)] } });
    await expect(suspendVendor(t.db, op, { vendorId: vendor.id })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const customer = await aCustomer(t.db);
    await expect(suspendVendor(t.db, customer.actor as unknown as OperatorActor, { vendorId: vendor.id, reason: 'Not allowed' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const owner = { kind: 'member', userId: listing.vendorId, vendorId: vendor.id, role: 'OWNER' };
    await expect(reactivateVendor(t.db, owner as unknown as OperatorActor, { vendorId: vendor.id, reason: 'Let me back' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(reactivateVendor(t.db, op, { vendorId: vendor.id, reason: 'Already active' })).rejects.toMatchObject({ code: 'POLICY_VIOLATION' });
    expect(await t.db.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).toMatchObject({ status: 'ACTIVE', suspendedAt: null });
    expect(await auditRows(vendor.id)).toHaveLength(0);
  });

  it('keeps the audit trail append-only', async () => {
    const { vendor } = await aShopWithRental('Permanent record');
    await suspendVendor(t.db, op, { vendorId: vendor.id, reason: 'Testing the trail' });
    const [row] = await auditRows(vendor.id);
    await expect(t.db.auditLog.update({ where: { id: row!.id }, data: { reason: 'rewritten' } })).rejects.toThrow();
    await expect(t.db.auditLog.delete({ where: { id: row!.id } })).rejects.toThrow();
    expect((await auditRows(vendor.id))[0]?.reason).toBe('Testing the trail');
  });

  it('lists vendors by name, slug or contact email and by status, and shows one with members and counts', async () => {
    const { vendor } = await aShopWithRental('Listed thing');
    await suspendVendor(t.db, op, { vendorId: vendor.id, reason: 'Listed as suspended' });
    const bySlug = await listVendors(t.db, op, { q: vendor.slug.toUpperCase(), status: 'SUSPENDED' });
    expect(bySlug.rows.map((v) => v.id)).toEqual([vendor.id]);
    expect((await listVendors(t.db, op, { q: vendor.contactEmail, status: 'ACTIVE' })).rows).toEqual([]);
    expect((await listVendors(t.db, op, { status: 'nonsense', page: 'x' })).filters).toEqual({ q: undefined, status: undefined, page: undefined });
    const detail = await vendorDetail(t.db, op, vendor.id);
    expect(detail.vendor.members).toHaveLength(1);
    expect(detail.listingCounts).toEqual({ PUBLISHED: 1 });
    await expect(vendorDetail(t.db, op, 'not-a-uuid')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
