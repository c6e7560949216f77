import { beforeAll, describe, expect, it } from 'vitest';
import { expireStaleHolds } from '@/lib/booking/expire-stale-holds';
import { verifyManualPayment } from '@/lib/booking/payment-steps';
import { requestBooking } from '@/lib/booking/request-booking';
import type { Db } from '@/lib/db/prisma';
import { InvalidTransition } from '@/lib/errors';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, at, givenVendor, guestContact, minutesAfter } from '../support/scenario';

// Seed appointments: manual payment. The unpaid hold is 30 minutes unless the business or the
// listing says otherwise; verifying records who and when; a verify racing the expiry has one winner.

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});
const guest = { kind: 'guest' } as const;

async function givenSalonTakingTransfers(listing: { holdMinutes?: number } = {}) {
  const world = await givenVendor(t.db).withAppointment({ paymentMode: 'MANUAL', priceAmount: 9000, ...listing });
  await t.db.vendor.update({ where: { id: world.vendor.id }, data: { manualPaymentInstructions: 'Demo Bank\nIBAN GB33 BUKB 2020 1555 5555 55', manualPaymentReferenceFormat: 'SALON-{reference}' } });
  return world;
}
const book = (db: Db, listingId: string, startAt = at('2031-01-08T10:00:00Z')) => requestBooking(db, { listingId, startAt, contact: guestContact }, guest, { now: NOW });

describe('the hold of a booking paid by bank transfer', () => {
  it('is 30 minutes by default', async () => {
    const { listing } = await givenSalonTakingTransfers();
    const booking = await book(t.db, listing.id);
    expect(booking.status).toBe('AWAITING_PAYMENT');
    expect(booking.holdExpiresAt).toEqual(minutesAfter(NOW, 30));
  });

  it('follows the business’s setting, and the listing’s own over it', async () => {
    const { listing, vendor } = await givenSalonTakingTransfers();
    await t.db.vendor.update({ where: { id: vendor.id }, data: { manualPaymentHoldMinutes: 24 * 60 } });
    expect((await book(t.db, listing.id)).holdExpiresAt).toEqual(minutesAfter(NOW, 24 * 60));
    await t.db.listing.update({ where: { id: listing.id }, data: { holdMinutes: 90 } });
    expect((await book(t.db, listing.id, at('2031-01-08T14:00:00Z'))).holdExpiresAt).toEqual(minutesAfter(NOW, 90));
  });

  it('emails the instructions, the payment reference, the amount and the deadline', async () => {
    const { listing } = await givenSalonTakingTransfers();
    const booking = await book(t.db, listing.id, at('2031-01-09T10:00:00Z'));
    const { processOutbox } = await import('@/lib/outbox/process-outbox');
    await processOutbox(t.db, { now: NOW });
    const email = await t.db.emailMessage.findFirstOrThrow({ where: { bookingId: booking.id, to: guestContact.email } });
    expect(email.subject).toMatch(/payment due/);
    expect(email.text).toContain(`SALON-${booking.reference}`);
    expect(email.text).toContain('IBAN GB33 BUKB 2020 1555 5555 55');
    expect(email.text).toMatch(/Pay by: .*08:30/);
    expect(email.text).toMatch(/Amount due: £90\.00/);
  });
});

describe('verifying a transfer', () => {
  it('records who verified it and when', async () => {
    const { listing, actor, owner } = await givenSalonTakingTransfers();
    const booking = await book(t.db, listing.id, at('2031-01-10T10:00:00Z'));
    const verifiedAt = minutesAfter(NOW, 10);
    await verifyManualPayment(t.db, booking.id, actor, 'Seen on the statement', verifiedAt);
    const after = await t.db.booking.findUniqueOrThrow({ where: { id: booking.id }, include: { payments: true } });
    expect(after).toMatchObject({ status: 'CONFIRMED', paidAmount: 9000, manualPaymentVerifiedById: owner.id, manualPaymentVerifiedAt: verifiedAt, holdExpiresAt: null });
    expect(after.payments).toEqual([expect.objectContaining({ provider: 'MANUAL', amount: 9000, recordedById: owner.id })]);
  });

  it('racing the expiry on real parallel connections: exactly one wins, every time', async () => {
    const { listing, actor } = await givenSalonTakingTransfers();
    const a = t.newClient(4);
    const b = t.newClient(4);
    const deadline = minutesAfter(NOW, 30);
    const weekdays = [13, 14, 15, 16, 17, 20, 21, 22];
    for (const [i, day] of weekdays.entries()) {
      const booking = await book(t.db, listing.id, at(`2031-01-${day}T10:00:00Z`));
      // The verifier's clock says just before the deadline, the sweeper's just after: both think they may act.
      const verify = () => verifyManualPayment(a, booking.id, actor, undefined, minutesAfter(deadline, -0.01));
      const expire = () => expireStaleHolds(b, minutesAfter(deadline, 0.01));
      const settled = i % 2 ? (await Promise.allSettled([expire(), verify()])).reverse() : await Promise.allSettled([verify(), expire()]);
      const verified = settled[0]!;
      const expired = settled[1]!;
      const row = await t.db.booking.findUniqueOrThrow({ where: { id: booking.id }, include: { payments: true, events: true } });
      if (row.status === 'CONFIRMED') {
        expect(verified.status).toBe('fulfilled');
        expect(expired.status).toBe('fulfilled'); // it found the booking confirmed under the lock and left it
        expect(row.payments).toHaveLength(1);
      } else {
        expect(row.status).toBe('EXPIRED');
        expect(expired.status).toBe('fulfilled');
        expect(verified.status).toBe('rejected');
        expect((verified as PromiseRejectedResult).reason).toBeInstanceOf(InvalidTransition);
        expect(row.payments).toHaveLength(0);
        expect(row.manualPaymentVerifiedAt).toBeNull();
      }
      expect(row.events.filter((e) => e.toStatus === 'CONFIRMED' || e.toStatus === 'EXPIRED')).toHaveLength(1);
    }
  });
});
