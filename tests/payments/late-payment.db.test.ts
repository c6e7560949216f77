import { beforeAll, describe, expect, it } from 'vitest';
import { expireStaleHolds } from '@/lib/booking/expire-stale-holds';
import { requestBooking } from '@/lib/booking/request-booking';
import { processOutbox } from '@/lib/outbox/process-outbox';
import { refundHandler } from '@/lib/payments/refund-handler';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, expectBooking, givenVendor, guestContact, hoursAfter, minutesAfter } from '../support/scenario';
import { deliver, givenBookingAwaitingPayment, sessionCompleted, start } from './payment-scenario';

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

const later = hoursAfter(NOW, 1); // the 30-minute hold has lapsed

describe('late payment: money arriving after the hold expired', () => {
  it('confirms a lapsed hold the sweeper has not expired yet: its slot was never given away', async () => {
    const { booking } = await givenBookingAwaitingPayment(t.db);
    expect(await deliver(t.db, sessionCompleted(booking), { now: later })).toEqual({ status: 'applied', outcome: 'confirmed' });
    (await expectBooking(t.db, booking.id)).toBe('CONFIRMED');
  });

  it('rebooks the same slot when it is still free (an expired booking itself is frozen)', async () => {
    const { booking } = await givenBookingAwaitingPayment(t.db);
    await expireStaleHolds(t.db, later);
    expect(await deliver(t.db, sessionCompleted(booking, 'pi_late_free'), { now: later })).toEqual({ status: 'applied', outcome: 'rebooked' });

    const old = (await expectBooking(t.db, booking.id)).toBe('EXPIRED');
    expect(old.booking.paidAmount).toBe(0);
    const note = old.booking.events.at(-1)!;
    expect(note.data).toMatchObject({ kind: 'late_payment_rebooked' });

    const replacementId = (note.data as { replacementId: string }).replacementId;
    const replacement = (await expectBooking(t.db, replacementId)).toBe('CONFIRMED').toHaveEvents('CONFIRMED');
    expect(replacement.booking).toMatchObject({ startAt: booking.startAt, endAt: booking.endAt, contactEmail: booking.contactEmail, paidAmount: booking.depositAmount, totalAmount: booking.totalAmount });
    expect(replacement.booking.allocations.every((a) => a.blocking)).toBe(true);
    await replacement.toHaveOutboxTopics('booking.confirmed');
    expect(await t.db.payment.findMany({ where: { providerRef: 'pi_late_free' } })).toMatchObject([{ bookingId: replacementId, amount: booking.depositAmount }]);
    // Delivered again: nothing more.
    expect(await deliver(t.db, sessionCompleted(booking, 'pi_late_free'), { now: later })).toEqual({ status: 'duplicate' });
    expect(await t.db.booking.count({ where: { contactEmail: booking.contactEmail, listingId: booking.listingId, status: 'CONFIRMED' } })).toBe(1);
  });

  it('refunds automatically and tells the customer when the slot was taken meanwhile', async () => {
    const { booking, listing } = await givenBookingAwaitingPayment(t.db);
    await expireStaleHolds(t.db, later);
    const other = await requestBooking(t.db, { listingId: listing.id, startAt: start, endAt: hoursAfter(start, 2), contact: { ...guestContact, email: 'other@example.com' } }, { kind: 'guest' }, { now: later });

    expect(await deliver(t.db, sessionCompleted(booking, 'pi_late_taken'), { now: minutesAfter(later, 5) })).toEqual({ status: 'applied', outcome: 'refunding' });
    let check = (await expectBooking(t.db, booking.id)).toBe('EXPIRED');
    // Counted as refunded as soon as it is decided: no page shows this money as kept.
    expect(check.booking).toMatchObject({ paidAmount: booking.depositAmount, refundedAmount: booking.depositAmount });
    (await expectBooking(t.db, other.id)).toBe('AWAITING_PAYMENT');

    await processOutbox(t.db, { handlers: [refundHandler], now: minutesAfter(later, 6) });
    await processOutbox(t.db, { handlers: [refundHandler], now: minutesAfter(later, 7) }); // nothing left to do twice
    check = await expectBooking(t.db, booking.id);
    expect(check.booking).toMatchObject({ status: 'EXPIRED', paidAmount: booking.depositAmount, refundedAmount: booking.depositAmount });
    const refunds = await t.db.payment.findMany({ where: { bookingId: booking.id, kind: 'REFUND' } });
    expect(refunds).toMatchObject([{ provider: 'TEST', status: 'SUCCEEDED', amount: booking.depositAmount }]);
    const emails = await t.db.emailMessage.findMany({ where: { bookingId: booking.id, subject: { contains: 'refunded' } } });
    expect(emails).toHaveLength(1);
    expect(emails[0]!.text).toMatch(/booked by someone else/);
  });

  it('refunds a late payment for a session whose last seat was sold meanwhile', async () => {
    const world = await givenVendor(t.db).withSession({ capacity: 1, paymentMode: 'ONLINE_FULL' });
    const first = await requestBooking(t.db, { listingId: world.listing.id, sessionId: world.session.id, contact: guestContact }, { kind: 'guest' }, { now: NOW });
    await expireStaleHolds(t.db, later);
    await requestBooking(t.db, { listingId: world.listing.id, sessionId: world.session.id, contact: { ...guestContact, email: 'b@example.com' } }, { kind: 'guest' }, { now: later });
    expect(await deliver(t.db, sessionCompleted(first, 'pi_late_seat'), { now: later })).toEqual({ status: 'applied', outcome: 'refunding' });
    expect((await t.db.listingSession.findUniqueOrThrow({ where: { id: world.session.id } })).seatsTaken).toBe(1);
  });
});
