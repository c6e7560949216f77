import { beforeAll, describe, expect, it } from 'vitest';
import { completeEndedBookings } from '@/lib/booking/complete-ended-bookings';
import { markPaid } from '@/lib/booking/payment-steps';
import { requestBooking } from '@/lib/booking/request-booking';
import { checkIn } from '@/lib/booking/visit-steps';
import type { Db } from '@/lib/db/prisma';
import { scheduleNudges } from '@/lib/outbox/nudges';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, at, givenVendor, guestContact, hoursAfter, minutesAfter } from '../support/scenario';

// Ended bookings complete on their own, a grace period after the end, through the same step as a
// person's: the event, the outbox message and the booking.completed webhook, and the review opens.

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

const start = at('2031-01-07T10:00:00Z');
const end = hoursAfter(start, 2);

async function givenConfirmedBookings(count: number, vendorSettings: { requireCheckIn?: boolean; autoCompleteAfterMinutes?: number } = {}) {
  const world = await givenVendor(t.db).withRental({ units: count });
  await t.db.vendor.update({ where: { id: world.vendor.id }, data: vendorSettings });
  const bookings = [];
  for (let i = 0; i < count; i += 1) {
    bookings.push(await requestBooking(t.db, { listingId: world.listing.id, startAt: start, endAt: end, contact: guestContact }, { kind: 'guest' }, { now: NOW }));
  }
  return { ...world, bookings };
}
const statusOf = async (db: Db, id: string) => (await db.booking.findUniqueOrThrow({ where: { id } })).status;

describe('completing ended bookings', () => {
  it('completes a confirmed booking the grace period (120 minutes by default) after its end, with event, outbox and webhook', async () => {
    const { bookings, vendor } = await givenConfirmedBookings(1);
    const [booking] = bookings;
    expect(booking!.status).toBe('CONFIRMED');
    await completeEndedBookings(t.db, minutesAfter(end, 119));
    expect(await statusOf(t.db, booking!.id)).toBe('CONFIRMED');

    await completeEndedBookings(t.db, minutesAfter(end, 120));
    const after = await t.db.booking.findUniqueOrThrow({ where: { id: booking!.id }, include: { events: { orderBy: { createdAt: 'asc' } } } });
    expect(after).toMatchObject({ status: 'COMPLETED', completedAt: minutesAfter(end, 120), noShowAt: null });
    expect(after.events.at(-1)).toMatchObject({ fromStatus: 'CONFIRMED', toStatus: 'COMPLETED', actorType: 'SYSTEM' });
    expect((await t.db.outboxMessage.findMany({ where: { bookingId: booking!.id } })).map((m) => m.topic)).toContain('booking.completed');
    expect(await t.db.webhookEvent.count({ where: { vendorId: vendor.id, type: 'booking.completed' } })).toBe(1);

    // The review opens: the review request follows on the usual schedule (two hours after the end).
    const nudged = await scheduleNudges(t.db, minutesAfter(end, 121));
    expect(nudged.reviewRequests).toBeGreaterThanOrEqual(1);
    expect(await t.db.bookingNudge.count({ where: { bookingId: booking!.id, kind: 'review_request' } })).toBe(1);
  });

  it('follows the business’s grace period', async () => {
    const { bookings } = await givenConfirmedBookings(1, { autoCompleteAfterMinutes: 0 });
    await completeEndedBookings(t.db, end);
    expect(await statusOf(t.db, bookings[0]!.id)).toBe('COMPLETED');
  });

  it('marks a no-show where the business checks customers in; a checked-in one just completes; no review for a no-show', async () => {
    const { bookings, actor } = await givenConfirmedBookings(2, { requireCheckIn: true });
    const [missed, came] = bookings;
    await checkIn(t.db, came!.id, actor, minutesAfter(start, 5));
    expect(await completeEndedBookings(t.db, hoursAfter(end, 3))).toMatchObject({ completed: expect.any(Number) });
    const rows = await t.db.booking.findMany({ where: { id: { in: [missed!.id, came!.id] } } });
    expect(rows.find((b) => b.id === missed!.id)).toMatchObject({ status: 'COMPLETED', noShowAt: hoursAfter(end, 3) });
    expect(rows.find((b) => b.id === came!.id)).toMatchObject({ status: 'COMPLETED', noShowAt: null });
    await scheduleNudges(t.db, hoursAfter(end, 4));
    expect(await t.db.bookingNudge.count({ where: { bookingId: missed!.id } })).toBe(0);
    expect(await t.db.bookingNudge.count({ where: { bookingId: came!.id, kind: 'review_request' } })).toBe(1);
  });

  it('leaves a checked-in booking with a balance due for the desk', async () => {
    const world = await givenVendor(t.db).withRental({ units: 1, pricingUnit: 'DAY', priceAmount: 150_000, paymentMode: 'ONLINE_DEPOSIT', depositType: 'FIXED', depositValue: 100_000 });
    const booking = await requestBooking(t.db, { listingId: world.listing.id, startAt: start, endAt: hoursAfter(start, 48), contact: guestContact }, { kind: 'guest' }, { now: NOW });
    await markPaid(t.db, booking.id, { amount: booking.depositAmount, provider: 'TEST', providerRef: `dep_${booking.id}` });
    await checkIn(t.db, booking.id, world.actor, start);
    await completeEndedBookings(t.db, hoursAfter(start, 72));
    expect(await statusOf(t.db, booking.id)).toBe('CHECKED_IN');
  });

  it('is idempotent and safe on several servers at once (real parallel connections): each booking completes exactly once', async () => {
    const { bookings } = await givenConfirmedBookings(12);
    const servers = [t.newClient(3), t.newClient(3), t.newClient(3)];
    const runAt = hoursAfter(end, 5);
    const results = await Promise.all(servers.map((db) => completeEndedBookings(db, runAt)));
    const ids = bookings.map((b) => b.id);
    const events = await t.db.bookingEvent.findMany({ where: { bookingId: { in: ids }, toStatus: 'COMPLETED' } });
    expect(events).toHaveLength(12);
    expect(new Set(events.map((e) => e.bookingId)).size).toBe(12);
    expect(results.reduce((sum, r) => sum + r.completed, 0)).toBeGreaterThanOrEqual(12); // other tests' bookings may be in the sweep too
    expect(await completeEndedBookings(t.db, runAt)).toEqual({ completed: 0, noShows: 0 });
    expect(await t.db.outboxMessage.count({ where: { bookingId: { in: ids }, topic: 'booking.completed' } })).toBe(12);
  });
});
