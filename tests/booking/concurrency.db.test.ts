import { beforeAll, describe, expect, it } from 'vitest';
import { approveBooking } from '@/lib/booking/approve-booking';
import { cancelBooking } from '@/lib/booking/cancel-booking';
import { expireStaleHolds } from '@/lib/booking/expire-stale-holds';
import { createBooking, requestBooking } from '@/lib/booking/request-booking';
import { requestBookingSchema } from '@/lib/booking/schemas';
import type { Db } from '@/lib/db/prisma';
import { InvalidTransition, SlotUnavailable } from '@/lib/errors';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, at, givenVendor, guestContact, hoursAfter, minutesAfter } from '../support/scenario';

// Real parallel connections: several Prisma clients, each with its own pool, racing on one row.

let t: TestDatabase;
let clients: Db[];
beforeAll(async () => {
  t = await useTestDatabase();
  clients = Array.from({ length: 5 }, () => t.newClient(10)); // 50 connections in all
});

const start = at('2031-01-13T10:00:00Z');
const guest = { kind: 'guest' } as const;

async function race<T>(count: number, attempt: (db: Db, i: number) => Promise<T>) {
  const results = await Promise.allSettled(Array.from({ length: count }, (_, i) => attempt(clients[i % clients.length]!, i)));
  const ok = results.filter((r): r is PromiseFulfilledResult<Awaited<T>> => r.status === 'fulfilled').map((r) => r.value);
  const errors = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as Error);
  return { ok, errors };
}

describe('racing for the same inventory', () => {
  it('50 parallel requests for one unit and range: exactly 1 booking, 49 SlotUnavailable', async () => {
    const { listing } = await givenVendor(t.db).withRental({ units: 1 });
    const { ok, errors } = await race(50, (db) =>
      requestBooking(db, { listingId: listing.id, startAt: start, endAt: hoursAfter(start, 2), contact: guestContact }, guest, { now: NOW }),
    );
    expect(ok).toHaveLength(1);
    expect(errors).toHaveLength(49);
    expect(errors.every((e) => e instanceof SlotUnavailable)).toBe(true);
    expect(await t.db.booking.count({ where: { listingId: listing.id } })).toBe(1);
  }, 60_000);

  it('50 parallel seat requests on a 10-seat session never take more than 10 seats', async () => {
    const { listing, session } = await givenVendor(t.db).withSession({ capacity: 10 });
    const { ok, errors } = await race(50, (db, i) =>
      requestBooking(db, { listingId: listing.id, sessionId: session.id, quantity: 1 + (i % 3), contact: guestContact }, guest, { now: NOW }),
    );
    const seatsSold = ok.reduce((sum, booking) => sum + booking.quantity, 0);
    expect(seatsSold).toBeLessThanOrEqual(10);
    expect(seatsSold).toBeGreaterThanOrEqual(8); // the session fills up: at most 2 seats can be left over
    expect(errors.every((e) => e instanceof SlotUnavailable)).toBe(true);
    const after = await t.db.listingSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(after.seatsTaken).toBe(seatsSold);
  });

  it('50 parallel requests for one listing on 50 different dates all succeed', async () => {
    const { listing } = await givenVendor(t.db).withRental({ units: 1 });
    const { ok, errors } = await race(50, (db, i) =>
      requestBooking(db, { listingId: listing.id, startAt: hoursAfter(start, 24 * i), endAt: hoursAfter(start, 24 * i + 2), contact: { ...guestContact, email: `guest${i}@example.com` } }, guest, { now: NOW }),
    );
    expect(errors).toEqual([]);
    expect(ok).toHaveLength(50);
  }, 60_000);

  it('a booking of another date never waits for an unfinished booking of the same unit', async () => {
    const { listing } = await givenVendor(t.db).withRental({ units: 1 });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // One booking's transaction stays open (its allocation inserted, not committed) ...
    const open = clients[0]!.$transaction(async (tx) => {
      const booking = await createBooking(tx, requestBookingSchema.parse({ listingId: listing.id, startAt: start, endAt: hoursAfter(start, 2), contact: guestContact }), guest, { now: NOW });
      await held;
      return booking;
    }, { timeout: 30_000 }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 500));
    // ... while another date on the same unit is booked at once, not after it.
    const other = await requestBooking(clients[1]!, { listingId: listing.id, startAt: hoursAfter(start, 48), endAt: hoursAfter(start, 50), contact: guestContact }, guest, { now: NOW });
    release();
    await open;
    expect(other.status).toBe('CONFIRMED');
    expect(await t.db.booking.count({ where: { listingId: listing.id } })).toBe(2);
  });

  it('a unit taken by a racing booking is skipped for the next free one', async () => {
    const { listing } = await givenVendor(t.db).withRental({ units: 3 });
    const { ok, errors } = await race(30, (db, i) =>
      requestBooking(db, { listingId: listing.id, startAt: start, endAt: hoursAfter(start, 2), contact: { ...guestContact, email: `racer${i}@example.com` } }, guest, { now: NOW }),
    );
    expect(ok).toHaveLength(3); // every unit sold, none twice
    expect(errors.every((e) => e instanceof SlotUnavailable)).toBe(true);
    const units = await t.db.bookingAllocation.findMany({ where: { booking: { listingId: listing.id } }, select: { unitId: true } });
    expect(new Set(units.map((u) => u.unitId)).size).toBe(3);
  });

  it('parallel requests for overlapping ranges on 3 units never double-book a unit', async () => {
    const { listing } = await givenVendor(t.db).withRental({ units: 3 });
    const { ok } = await race(30, (db, i) =>
      requestBooking(db, { listingId: listing.id, startAt: hoursAfter(start, i % 4), endAt: hoursAfter(start, (i % 4) + 2), contact: guestContact }, guest, { now: NOW }),
    );
    expect(ok.length).toBeGreaterThan(0);
    const allocations = await t.db.bookingAllocation.findMany({ where: { booking: { listingId: listing.id } } });
    for (const a of allocations) {
      const clashes = allocations.filter((b) => b.id !== a.id && b.unitId === a.unitId && b.startAt < a.endAt && a.startAt < b.endAt);
      expect(clashes).toEqual([]);
    }
  });
});

describe('racing lifecycle steps', () => {
  it('parallel approve and cancel on one request end in one consistent state with matching events', async () => {
    const { listing, actor } = await givenVendor(t.db).withRental({ bookingMode: 'REQUEST' });
    const booking = await requestBooking(t.db, { listingId: listing.id, startAt: start, endAt: hoursAfter(start, 2), contact: guestContact }, guest, { now: NOW });
    const { ok, errors } = await race(20, (db, i) =>
      i % 2 === 0 ? approveBooking(db, booking.id, actor, NOW) : cancelBooking(db, booking.id, actor, 'Double-booked elsewhere', NOW),
    );
    const final = await t.db.booking.findUniqueOrThrow({ where: { id: booking.id }, include: { events: { orderBy: { createdAt: 'asc' } } } });
    expect(errors.every((e) => e instanceof InvalidTransition)).toBe(true);
    // Either approved (then maybe cancelled) or cancelled first; never anything else.
    const path = final.events.map((e) => e.toStatus);
    expect([['REQUESTED', 'CONFIRMED'], ['REQUESTED', 'CONFIRMED', 'CANCELLED'], ['REQUESTED', 'CANCELLED']]).toContainEqual(path);
    expect(final.status).toBe(path.at(-1));
    expect(ok).toHaveLength(path.length - 1);
    for (const [i, event] of final.events.entries()) if (i > 0) expect(event.fromStatus).toBe(path[i - 1]);
  });

  it('two sweepers at once expire each hold exactly once', async () => {
    const { listing } = await givenVendor(t.db).withRental({ units: 20, paymentMode: 'ONLINE_FULL' });
    const holds = [];
    for (let i = 0; i < 20; i += 1) {
      holds.push(await requestBooking(t.db, { listingId: listing.id, startAt: start, endAt: hoursAfter(start, 1), contact: guestContact }, guest, { now: NOW }));
    }
    const later = minutesAfter(NOW, 45);
    const counts = await Promise.all([expireStaleHolds(clients[0]!, later), expireStaleHolds(clients[1]!, later), expireStaleHolds(clients[2]!, later)]);
    const ids = holds.map((h) => h.id);
    const expiredEvents = await t.db.bookingEvent.count({ where: { bookingId: { in: ids }, toStatus: 'EXPIRED' } });
    expect(expiredEvents).toBe(20);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(20); // other tests' lapsed holds may be swept too
    expect(await t.db.booking.count({ where: { id: { in: ids }, status: 'EXPIRED' } })).toBe(20);
  });
});
