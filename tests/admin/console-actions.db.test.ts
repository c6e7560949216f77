import { beforeAll, describe, expect, it } from 'vitest';
import { authenticate } from '@/lib/auth/authenticate';
import { registerCustomer } from '@/lib/auth/register';
import { customerSignUpSchema } from '@/lib/auth/schemas';
import { listAuditLog } from '@/lib/admin/audit';
import { listBookings, operatorBookingStep, operatorRefund } from '@/lib/admin/bookings';
import { listListings, unpublishListing } from '@/lib/admin/listings';
import type { OperatorActor } from '@/lib/domain/actor';
import { listOutbox, retryOutboxMessage, retryWebhookDelivery } from '@/lib/admin/outbox';
import { listPayments, listProviderEvents } from '@/lib/admin/payments';
import { listUsers, setUserSignIn } from '@/lib/admin/users';
import { requestBooking } from '@/lib/booking/request-booking';
import { processOutbox } from '@/lib/outbox/process-outbox';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, aCustomer, givenVendor, hoursAfter, operator as anOperator } from '../support/scenario';
import { monday10 } from '../cart/cart-scenario';

let t: TestDatabase;
let op: OperatorActor;
beforeAll(async () => {
  t = await useTestDatabase();
  process.env.DATABASE_URL = t.url; // authenticate() uses the app's client
  op = (await anOperator(t.db)) as OperatorActor;
});

const auditRows = (entityId: string) => t.db.auditLog.findMany({ where: { entityId }, orderBy: { createdAt: 'asc' } });

async function aBooking(listing: { bookingMode?: 'INSTANT' | 'REQUEST'; paymentMode?: 'NONE' | 'MANUAL' } = {}) {
  const { listing: row, vendor } = await givenVendor(t.db).withRental({ units: 1, ...listing });
  const customer = await aCustomer(t.db);
  const booking = await requestBooking(t.db, { listingId: row.id, startAt: monday10, endAt: hoursAfter(monday10, 1) }, customer.actor, { now: NOW });
  return { booking, listing: row, vendor };
}

describe('booking steps by an operator', () => {
  it('approves a request through the booking service, with the step in the booking timeline and one audit row with the reason', async () => {
    const { booking } = await aBooking({ bookingMode: 'REQUEST' });
    expect(booking.status).toBe('REQUESTED');
    await operatorBookingStep(t.db, op, { bookingId: booking.id, action: 'approve', reason: 'Vendor asked us by phone' });
    const after = await t.db.booking.findUniqueOrThrow({ where: { id: booking.id }, include: { events: { orderBy: { createdAt: 'asc' } } } });
    expect(after.status).toBe('CONFIRMED');
    expect(after.events.at(-1)).toMatchObject({ fromStatus: 'REQUESTED', toStatus: 'CONFIRMED', actorType: 'OPERATOR', actorId: op.userId });
    const rows = await auditRows(booking.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'booking.approve', entityType: 'Booking', reason: 'Vendor asked us by phone', data: { before: { status: 'REQUESTED' }, after: { status: 'CONFIRMED' } } });
  });

  it('verifies a manual payment (recorded as the operator), refunds part of it by hand, then cancels, each audited once', async () => {
    const { booking } = await aBooking({ paymentMode: 'MANUAL' });
    expect(booking.status).toBe('AWAITING_PAYMENT');
    await operatorBookingStep(t.db, op, { bookingId: booking.id, action: 'verifyManualPayment', reason: 'Transfer seen on the statement' });
    const paid = await t.db.booking.findUniqueOrThrow({ where: { id: booking.id }, include: { payments: true } });
    expect(paid).toMatchObject({ status: 'CONFIRMED', paidAmount: 2000, manualPaymentVerifiedById: op.userId });
    expect(paid.payments).toEqual([expect.objectContaining({ provider: 'MANUAL', kind: 'CHARGE', amount: 2000, recordedById: op.userId })]);

    await operatorRefund(t.db, op, { bookingId: booking.id, amount: '5', reason: 'Goodwill for a late start' });
    expect(await t.db.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({ refundedAmount: 500 });
    await expect(operatorRefund(t.db, op, { bookingId: booking.id, amount: '50', reason: 'Too much' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });

    await operatorBookingStep(t.db, op, { bookingId: booking.id, action: 'cancel', reason: 'Boat damaged in the storm' });
    const cancelled = await t.db.booking.findUniqueOrThrow({ where: { id: booking.id } });
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: 'Boat damaged in the storm' });
    expect((await auditRows(booking.id)).map((r) => [r.action, r.reason])).toEqual([
      ['booking.verifyManualPayment', 'Transfer seen on the statement'],
      ['booking.refund', 'Goodwill for a late start'],
      ['booking.cancel', 'Boat damaged in the storm'],
    ]);
  });

  it('changes nothing and audits nothing when the step is not allowed, the reason is missing, or the actor is not an operator', async () => {
    const { booking, vendor } = await aBooking();
    expect(booking.status).toBe('CONFIRMED');
    await expect(operatorBookingStep(t.db, op, { bookingId: booking.id, action: 'approve', reason: 'Approve twice' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await expect(operatorBookingStep(t.db, op, { bookingId: booking.id, action: 'cancel', reason: '' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(operatorRefund(t.db, op, { bookingId: booking.id, amount: '1' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const owner = (await t.db.vendorMember.findFirstOrThrow({ where: { vendorId: vendor.id } })).userId;
    const vendorActor = { kind: 'member', userId: owner, vendorId: vendor.id, role: 'OWNER' } as unknown as OperatorActor;
    await expect(operatorBookingStep(t.db, vendorActor, { bookingId: booking.id, action: 'cancel', reason: 'Sneaky' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await t.db.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({ status: 'CONFIRMED' });
    expect(await auditRows(booking.id)).toHaveLength(0);
  });

  it('lists bookings by reference, contact and vendor, and payments by booking reference', async () => {
    const { booking, vendor } = await aBooking({ paymentMode: 'MANUAL' });
    await operatorBookingStep(t.db, op, { bookingId: booking.id, action: 'verifyManualPayment', reason: 'Cash at the desk' });
    expect((await listBookings(t.db, op, { q: booking.reference.toLowerCase() })).rows.map((b) => b.id)).toEqual([booking.id]);
    expect((await listBookings(t.db, op, { vendor: vendor.id, status: 'CONFIRMED', from: '2031-01-13', to: '2031-01-13' })).rows.map((b) => b.id)).toEqual([booking.id]);
    expect((await listBookings(t.db, op, { vendor: vendor.id, from: '2031-01-14' })).rows).toEqual([]);
    const payments = await listPayments(t.db, op, { q: booking.reference, provider: 'MANUAL', kind: 'CHARGE' });
    expect(payments.rows.map((p) => p.amount)).toEqual([2000]);
    await t.db.providerEvent.create({ data: { provider: 'TEST', eventId: 'evt_admin_1', type: 'checkout.session.completed', payload: { ok: true }, error: 'Unknown booking' } });
    expect((await listProviderEvents(t.db, op, { state: 'error', type: 'checkout' })).rows.map((e) => e.eventId)).toEqual(['evt_admin_1']);
    expect((await listProviderEvents(t.db, op, { state: 'processed' })).rows).toEqual([]);
  });
});

describe('listings', () => {
  it('unpublishes a published listing with a reason, once', async () => {
    const { listing } = await givenVendor(t.db).withRental({ title: 'Misleading photos' });
    await expect(unpublishListing(t.db, op, { listingId: listing.id, reason: 'x' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await unpublishListing(t.db, op, { listingId: listing.id, reason: 'Photos are of another boat' });
    expect(await t.db.listing.findUniqueOrThrow({ where: { id: listing.id } })).toMatchObject({ status: 'UNPUBLISHED' });
    await expect(unpublishListing(t.db, op, { listingId: listing.id, reason: 'Again' })).rejects.toMatchObject({ code: 'POLICY_VIOLATION' });
    expect(await auditRows(listing.id)).toEqual([expect.objectContaining({ action: 'listing.unpublish', data: { before: { status: 'PUBLISHED' }, after: { status: 'UNPUBLISHED' } } })]);
    expect((await listListings(t.db, op, { q: 'misleading', status: 'UNPUBLISHED', kind: 'RENTAL' })).rows.map((l) => l.id)).toEqual([listing.id]);
  });
});

describe('outbox and webhook deliveries', () => {
  it('puts a failed message back in the queue with fresh attempts, and the worker delivers it', async () => {
    const message = await t.db.outboxMessage.create({ data: { topic: 'admin-test.ping', payload: {}, status: 'FAILED', attempts: 8, lastError: 'SMTP down' } });
    const pending = await t.db.outboxMessage.create({ data: { topic: 'admin-test.ping', payload: {}, availableAt: hoursAfter(new Date(), 1) } });
    await expect(retryOutboxMessage(t.db, op, { messageId: pending.id, reason: 'Not failed' })).rejects.toMatchObject({ code: 'POLICY_VIOLATION' });
    await retryOutboxMessage(t.db, op, { messageId: message.id, reason: 'SMTP fixed' });
    expect(await t.db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: 'PENDING', attempts: 0 });
    const handled: string[] = [];
    await processOutbox(t.db, { handlers: [{ name: 'test', topics: ['admin-test.*'], handle: async (_db, m) => void handled.push(m.id) }] });
    expect(handled).toEqual([message.id]);
    expect(await t.db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: 'DONE' });
    expect(await auditRows(message.id)).toEqual([expect.objectContaining({ action: 'outbox.retry', reason: 'SMTP fixed', data: { before: { status: 'FAILED', attempts: 8, lastError: 'SMTP down' }, after: { status: 'PENDING', attempts: 0 } } })]);
    expect((await listOutbox(t.db, op, { status: 'DONE', topic: 'admin-test' })).rows.map((m) => m.id)).toEqual([message.id]);
  });

  it('makes a failed webhook delivery due again', async () => {
    const { vendor } = await givenVendor(t.db).ready;
    const endpoint = await t.db.webhookEndpoint.create({ data: { vendorId: vendor.id, url: 'https://example.com/hook', secret: 'whsec_czNjcmV0czNjcmV0czNjcmV0', events: ['booking.confirmed'] } });
    const event = await t.db.webhookEvent.create({ data: { vendorId: vendor.id, type: 'booking.confirmed', apiVersion: '2026-12-03', data: {} } });
    const delivery = await t.db.webhookDelivery.create({ data: { endpointId: endpoint.id, eventId: event.id, eventType: 'booking.confirmed', payload: {}, status: 'FAILED', attempts: 10 } });
    await retryWebhookDelivery(t.db, op, { deliveryId: delivery.id, reason: 'Receiver is back up' });
    expect(await t.db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect(await auditRows(delivery.id)).toHaveLength(1);
  });
});

describe('users', () => {
  it('a disabled account cannot sign in until re-enabled; an operator cannot disable themselves', async () => {
    const user = await registerCustomer(t.db, customerSignUpSchema.parse({ name: 'Dana', email: 'dana-admin@example.com', password: 'right-password' }));
    await setUserSignIn(t.db, op, { userId: user.id, disabled: true, reason: 'Abusive messages to vendors' });
    expect(await authenticate({ email: 'dana-admin@example.com', password: 'right-password' }, '10.9.0.1')).toBeNull();
    await expect(setUserSignIn(t.db, op, { userId: user.id, disabled: true, reason: 'Twice' })).rejects.toMatchObject({ code: 'POLICY_VIOLATION' });
    await setUserSignIn(t.db, op, { userId: user.id, disabled: false, reason: 'Apologised' });
    expect(await authenticate({ email: 'dana-admin@example.com', password: 'right-password' }, '10.9.0.1')).toMatchObject({ id: user.id });
    expect((await auditRows(user.id)).map((r) => r.action)).toEqual(['user.disable', 'user.enable']);

    await expect(setUserSignIn(t.db, op, { userId: op.userId, disabled: true, reason: 'Oops' })).rejects.toMatchObject({ code: 'POLICY_VIOLATION' });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: op.userId } })).toMatchObject({ disabledAt: null });
    expect((await listUsers(t.db, op, { q: 'DANA-ADMIN', role: 'CUSTOMER' })).rows.map((u) => u.id)).toEqual([user.id]);
  });

  it('the audit list filters by entity, action and operator', async () => {
    const trail = await listAuditLog(t.db, op, { entityType: 'User', action: 'user.', actor: op.userId });
    expect(trail.rows.map((r) => r.action)).toEqual(['user.enable', 'user.disable']);
    expect(trail.rows[0]?.actorEmail).toMatch(/^operator-/);
    // The entity by name, not only its id (issue 13, point 17).
    const user = await t.db.user.findUniqueOrThrow({ where: { id: trail.rows[0]!.entityId } });
    expect(trail.rows[0]?.entityLabel).toBe(user.email);
  });
});
