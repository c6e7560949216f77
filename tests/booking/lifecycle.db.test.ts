import { beforeAll, describe, expect, it } from 'vitest';
import { approveBooking, declineBooking } from '@/lib/booking/approve-booking';
import { cancelBooking } from '@/lib/booking/cancel-booking';
import { expireStaleHolds } from '@/lib/booking/expire-stale-holds';
import { markPaid, verifyManualPayment } from '@/lib/booking/payment-steps';
import { requestBooking } from '@/lib/booking/request-booking';
import { rescheduleBooking } from '@/lib/booking/reschedule-booking';
import { checkIn, checkOut, completeBooking } from '@/lib/booking/visit-steps';
import type { Actor } from '@/lib/domain/actor';
import { Forbidden, InvalidTransition, PolicyViolation, SlotUnavailable, ValidationFailed } from '@/lib/errors';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, aCustomer, at, expectBooking, givenVendor, guestContact, hoursAfter, minutesAfter, operator } from '../support/scenario';

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

const start = at('2031-01-13T10:00:00Z');
const range = { startAt: start, endAt: hoursAfter(start, 2) };

async function bookedRental(overrides: Parameters<ReturnType<typeof givenVendor>['withRental']>[0] = {}) {
  const world = await givenVendor(t.db).withRental(overrides);
  const customer = await aCustomer(t.db);
  const booking = await requestBooking(t.db, { listingId: world.listing.id, ...range }, customer.actor, { now: NOW });
  return { ...world, customer: customer.actor, booking };
}

describe('approve and decline a request', () => {
  it('approves a request that is paid online into awaiting payment for the business’s pay window (24 h by default, not the 30-minute checkout hold)', async () => {
    const { booking, actor } = await bookedRental({ bookingMode: 'REQUEST', paymentMode: 'ONLINE_FULL' });
    const approved = await approveBooking(t.db, booking.id, actor, hoursAfter(NOW, 1));
    expect(approved.status).toBe('AWAITING_PAYMENT');
    expect(approved.holdExpiresAt).toEqual(hoursAfter(NOW, 25));
    expect(approved.approvedAt).toEqual(hoursAfter(NOW, 1));
    const check = (await expectBooking(t.db, booking.id)).toHaveEvents('REQUESTED', 'AWAITING_PAYMENT');
    expect(check.booking.events[1]).toMatchObject({ actorType: 'VENDOR', fromStatus: 'REQUESTED' });
    await check.toHaveOutboxTopics('booking.requested', 'booking.awaiting_payment');
  });

  it('gives the guest the pay window the business set, never past the start, and keeps the time held all along', async () => {
    const { booking, actor, vendor, listing } = await bookedRental({ bookingMode: 'REQUEST', paymentMode: 'ONLINE_FULL' });
    await t.db.vendor.update({ where: { id: vendor.id }, data: { payWindowHours: 72 } });
    expect((await approveBooking(t.db, booking.id, actor, NOW)).holdExpiresAt).toEqual(hoursAfter(NOW, 72));
    // Two hours later the approved request still holds its time: nobody else can take it.
    await expireStaleHolds(t.db, hoursAfter(NOW, 2));
    (await expectBooking(t.db, booking.id)).toBe('AWAITING_PAYMENT');
    await expect(requestBooking(t.db, { listingId: listing.id, ...range, contact: guestContact }, { kind: 'guest' }, { now: hoursAfter(NOW, 2) })).rejects.toBeInstanceOf(SlotUnavailable);

    // A request for tomorrow morning, approved tonight: the window ends at the start, not after it.
    const soon = { startAt: hoursAfter(NOW, 20), endAt: hoursAfter(NOW, 22) };
    const late = await requestBooking(t.db, { listingId: listing.id, ...soon, contact: guestContact }, { kind: 'guest' }, { now: NOW });
    expect((await approveBooking(t.db, late.id, actor, hoursAfter(NOW, 1))).holdExpiresAt).toEqual(soon.startAt);
    await expect(t.db.vendor.update({ where: { id: vendor.id }, data: { payWindowHours: 0 } })).rejects.toThrow();
  });

  it('approves a pay-on-site request straight to confirmed', async () => {
    const { booking, actor } = await bookedRental({ bookingMode: 'REQUEST' });
    expect((await approveBooking(t.db, booking.id, actor, NOW)).status).toBe('CONFIRMED');
  });

  it('refuses to approve a request whose hold lapsed, and anyone but the vendor', async () => {
    const { booking, actor, customer } = await bookedRental({ bookingMode: 'REQUEST', requestExpiryHours: 2 });
    await expect(approveBooking(t.db, booking.id, customer, NOW)).rejects.toBeInstanceOf(Forbidden);
    const other = await givenVendor(t.db).ready;
    await expect(approveBooking(t.db, booking.id, other.actor, NOW)).rejects.toBeInstanceOf(Forbidden);
    await expect(approveBooking(t.db, booking.id, actor, hoursAfter(NOW, 3))).rejects.toThrow(/expired/);
    (await expectBooking(t.db, booking.id)).toBe('REQUESTED');
  });

  it('declines with a reason, freeing the unit', async () => {
    const { booking, actor, listing, customer } = await bookedRental({ bookingMode: 'REQUEST' });
    await expect(declineBooking(t.db, booking.id, actor, '')).rejects.toBeInstanceOf(ValidationFailed);
    await declineBooking(t.db, booking.id, actor, 'Boat in maintenance', NOW);
    const check = (await expectBooking(t.db, booking.id)).toBe('DECLINED').toHaveEvents('REQUESTED', 'DECLINED');
    expect(check.booking.events[1]!.reason).toBe('Boat in maintenance');
    await requestBooking(t.db, { listingId: listing.id, ...range }, customer, { now: NOW });
    await expect(approveBooking(t.db, booking.id, actor, NOW)).rejects.toBeInstanceOf(InvalidTransition);
  });

  it('cannot approve or decline an instant booking', async () => {
    const { booking, actor } = await bookedRental();
    await expect(approveBooking(t.db, booking.id, actor, NOW)).rejects.toThrow(new InvalidTransition('A booking that is confirmed cannot be approved.'));
    await expect(declineBooking(t.db, booking.id, actor, 'No thanks')).rejects.toBeInstanceOf(InvalidTransition);
  });
});

describe('cancel', () => {
  it('lets the customer cancel before the start, recording the refund due under the policy', async () => {
    const { booking, customer, listing } = await bookedRental({ freeCancellationHours: 24 });
    await t.db.booking.update({ where: { id: booking.id }, data: { paidAmount: booking.totalAmount } });
    await cancelBooking(t.db, booking.id, customer, 'Change of plans', NOW);
    const check = (await expectBooking(t.db, booking.id)).toBe('CANCELLED').toHaveEvents('CONFIRMED', 'CANCELLED');
    expect(check.booking.events[1]!.data).toMatchObject({ refundAmount: booking.totalAmount, refundPercent: 100 });
    expect(check.booking.allocations.every((a) => !a.blocking)).toBe(true);
    // The unit is free again.
    await requestBooking(t.db, { listingId: listing.id, ...range, contact: guestContact }, { kind: 'guest' }, { now: NOW });
  });

  it('never lets a customer cancel after the start, but the vendor can, with a reason', async () => {
    const { booking, customer, actor } = await bookedRental();
    await expect(cancelBooking(t.db, booking.id, customer, undefined, hoursAfter(start, 1))).rejects.toBeInstanceOf(PolicyViolation);
    await expect(cancelBooking(t.db, booking.id, actor, undefined, hoursAfter(start, 1))).rejects.toBeInstanceOf(ValidationFailed);
    await cancelBooking(t.db, booking.id, actor, 'Storm warning', hoursAfter(start, 1));
    (await expectBooking(t.db, booking.id)).toBe('CANCELLED');
  });

  it('lets a guest cancel only their own booking through its magic link, and operators any', async () => {
    const { booking, listing } = await bookedRental({ units: 2 });
    const guestBooking = await requestBooking(t.db, { listingId: listing.id, ...range, contact: guestContact }, { kind: 'guest' }, { now: NOW });
    await expect(cancelBooking(t.db, guestBooking.id, { kind: 'guest', bookingId: booking.id }, undefined, NOW)).rejects.toBeInstanceOf(Forbidden);
    await cancelBooking(t.db, guestBooking.id, { kind: 'guest', bookingId: guestBooking.id }, undefined, NOW);
    await cancelBooking(t.db, booking.id, await operator(t.db), 'Fraud check failed', NOW);
    (await expectBooking(t.db, booking.id)).toBe('CANCELLED');
    const someoneElse = await aCustomer(t.db);
    await expect(cancelBooking(t.db, guestBooking.id, someoneElse.actor, undefined, NOW)).rejects.toBeInstanceOf(Forbidden);
  });

  it('never touches a terminal booking again', async () => {
    const { booking, customer, actor } = await bookedRental();
    await cancelBooking(t.db, booking.id, customer, undefined, NOW);
    await expect(cancelBooking(t.db, booking.id, actor, 'Again', NOW)).rejects.toBeInstanceOf(InvalidTransition);
    await expect(checkIn(t.db, booking.id, actor, start)).rejects.toBeInstanceOf(InvalidTransition);
    await expect(rescheduleBooking(t.db, booking.id, { startAt: hoursAfter(start, 24), endAt: hoursAfter(start, 26) }, customer, NOW)).rejects.toBeInstanceOf(InvalidTransition);
    (await expectBooking(t.db, booking.id)).toHaveEvents('CONFIRMED', 'CANCELLED');
  });
});

describe('payments', () => {
  it('confirms an online booking when the payment arrives, once', async () => {
    const { booking } = await bookedRental({ paymentMode: 'ONLINE_FULL' });
    const paid = await markPaid(t.db, booking.id, { amount: booking.totalAmount, provider: 'TEST', providerRef: `pi_${booking.id}` }, minutesAfter(NOW, 5));
    expect(paid).toMatchObject({ status: 'CONFIRMED', paidAmount: booking.totalAmount, holdExpiresAt: null });
    await expect(markPaid(t.db, booking.id, { amount: booking.totalAmount, provider: 'TEST', providerRef: 'pi_other' })).rejects.toBeInstanceOf(InvalidTransition);
    expect(await t.db.payment.count({ where: { bookingId: booking.id } })).toBe(1);
  });

  it('lets the vendor verify a bank transfer, recording who and when', async () => {
    const { booking, actor, customer } = await bookedRental({ paymentMode: 'MANUAL' });
    expect(booking.status).toBe('AWAITING_PAYMENT');
    expect(booking.holdExpiresAt).toEqual(hoursAfter(NOW, 0.5)); // 30 minutes to pay by transfer unless the business or listing says otherwise
    await expect(verifyManualPayment(t.db, booking.id, customer)).rejects.toBeInstanceOf(Forbidden);
    const verified = await verifyManualPayment(t.db, booking.id, actor, 'Transfer ref 4411', hoursAfter(NOW, 20));
    expect(verified).toMatchObject({ status: 'CONFIRMED', paidAmount: booking.totalAmount, manualPaymentVerifiedAt: hoursAfter(NOW, 20) });
    expect(verified.manualPaymentVerifiedById).toBe(actor.kind === 'member' ? actor.userId : null);
    const payment = await t.db.payment.findFirstOrThrow({ where: { bookingId: booking.id } });
    expect(payment).toMatchObject({ provider: 'MANUAL', amount: booking.totalAmount, status: 'SUCCEEDED' });
  });

  it('refuses manual verification of an online booking', async () => {
    const { booking, actor } = await bookedRental({ paymentMode: 'ONLINE_FULL' });
    await expect(verifyManualPayment(t.db, booking.id, actor)).rejects.toBeInstanceOf(PolicyViolation);
  });
});

describe('visit: check in, check out, complete', () => {
  it('checks in and out, completing the booking', async () => {
    const { booking, actor } = await bookedRental();
    await expect(checkIn(t.db, booking.id, actor, NOW)).rejects.toThrow(/24 hours/);
    await checkIn(t.db, booking.id, actor, start);
    await checkOut(t.db, booking.id, actor, hoursAfter(start, 2));
    const check = (await expectBooking(t.db, booking.id)).toBe('COMPLETED').toHaveEvents('CONFIRMED', 'CHECKED_IN', 'COMPLETED');
    expect(check.booking.checkedOutAt).toEqual(hoursAfter(start, 2));
  });

  it('completes a confirmed booking only after it ended', async () => {
    const { booking, actor, customer } = await bookedRental();
    await expect(completeBooking(t.db, booking.id, actor, hoursAfter(start, 1))).rejects.toBeInstanceOf(InvalidTransition);
    await expect(completeBooking(t.db, booking.id, customer, hoursAfter(start, 3))).rejects.toBeInstanceOf(Forbidden);
    await completeBooking(t.db, booking.id, actor, hoursAfter(start, 3));
    (await expectBooking(t.db, booking.id)).toBe('COMPLETED');
  });

  it('cannot check in an unpaid or requested booking', async () => {
    const { booking, actor } = await bookedRental({ paymentMode: 'ONLINE_FULL' });
    await expect(checkIn(t.db, booking.id, actor, start)).rejects.toBeInstanceOf(InvalidTransition);
  });
});

describe('reschedule', () => {
  it('moves a rental to a free time, releasing the old one in the same transaction', async () => {
    const { booking, customer, listing } = await bookedRental();
    const next = { startAt: hoursAfter(start, 24), endAt: hoursAfter(start, 26) };
    const moved = await rescheduleBooking(t.db, booking.id, next, customer, NOW);
    expect(moved).toMatchObject({ ...next, status: 'CONFIRMED' });
    const check = (await expectBooking(t.db, booking.id)).toHaveEvents('CONFIRMED', 'CONFIRMED');
    expect(check.booking.allocations).toHaveLength(1);
    expect(check.booking.allocations[0]).toMatchObject(next);
    await check.toHaveOutboxTopics('booking.confirmed', 'booking.rescheduled');
    await requestBooking(t.db, { listingId: listing.id, ...range, contact: guestContact }, { kind: 'guest' }, { now: NOW });
  });

  it('changes nothing when the new time is taken or costs a different amount', async () => {
    const { booking, customer, listing } = await bookedRental();
    const taken = { startAt: hoursAfter(start, 24), endAt: hoursAfter(start, 26) };
    await requestBooking(t.db, { listingId: listing.id, ...taken, contact: guestContact }, { kind: 'guest' }, { now: NOW });
    await expect(rescheduleBooking(t.db, booking.id, taken, customer, NOW)).rejects.toBeInstanceOf(SlotUnavailable);
    await expect(rescheduleBooking(t.db, booking.id, { startAt: hoursAfter(start, 48), endAt: hoursAfter(start, 51) }, customer, NOW)).rejects.toThrow(/different price/);
    const check = (await expectBooking(t.db, booking.id)).toHaveEvents('CONFIRMED');
    expect(check.booking).toMatchObject(range);
    expect(check.booking.allocations[0]).toMatchObject({ ...range, blocking: true });
  });

  it('moves seats to another session, keeping the counters right', async () => {
    const world = await givenVendor(t.db).withSession({ capacity: 4 });
    const other = await t.db.listingSession.create({ data: { listingId: world.listing.id, startAt: hoursAfter(world.session.startAt, 24), endAt: hoursAfter(world.session.endAt, 24), capacity: 4 } });
    const { actor } = await aCustomer(t.db);
    const booking = await requestBooking(t.db, { listingId: world.listing.id, sessionId: world.session.id, quantity: 3 }, actor, { now: NOW });
    await rescheduleBooking(t.db, booking.id, { sessionId: other.id }, actor, NOW);
    const seats = async (id: string) => (await t.db.listingSession.findUniqueOrThrow({ where: { id } })).seatsTaken;
    expect([await seats(world.session.id), await seats(other.id)]).toEqual([0, 3]);
  });
});

describe('expiring holds', () => {
  it('expires lapsed holds once, however often it runs, and leaves live ones alone', async () => {
    const { listing } = await givenVendor(t.db).withRental({ units: 3, paymentMode: 'ONLINE_FULL' });
    const guest: Actor = { kind: 'guest' };
    const lapsed = await requestBooking(t.db, { listingId: listing.id, ...range, contact: guestContact }, guest, { now: NOW });
    const live = await requestBooking(t.db, { listingId: listing.id, ...range, contact: guestContact }, guest, { now: minutesAfter(NOW, 20) });

    expect(await expireStaleHolds(t.db, minutesAfter(NOW, 31))).toBeGreaterThanOrEqual(1);
    expect(await expireStaleHolds(t.db, minutesAfter(NOW, 31))).toBe(0);
    (await expectBooking(t.db, lapsed.id)).toBe('EXPIRED').toHaveEvents('AWAITING_PAYMENT', 'EXPIRED');
    (await expectBooking(t.db, live.id)).toBe('AWAITING_PAYMENT');
    await expect(markPaid(t.db, lapsed.id, { amount: 100, provider: 'TEST', providerRef: 'late' })).rejects.toBeInstanceOf(InvalidTransition);
  });
});
