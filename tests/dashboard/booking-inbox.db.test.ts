import { beforeAll, describe, expect, it } from 'vitest';
import { requestBooking } from '@/lib/booking/request-booking';
import { bookingInbox, openRequests, vendorBooking } from '@/lib/business/booking-inbox';
import { approveBooking } from '@/lib/booking/approve-booking';
import { NotFound } from '@/lib/errors';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, at, givenVendor, guestContact, hoursAfter } from '../support/scenario';

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

describe("the vendor's booking inbox", () => {
  it("shows only the vendor's own bookings, filtered by status, text and local dates", async () => {
    const a = await givenVendor(t.db).withRental({ units: 3, bookingMode: 'REQUEST' });
    const b = await givenVendor(t.db).withRental({ units: 1 });
    const start = at('2031-01-13T10:00:00Z');
    const guest = { kind: 'guest' } as const;
    const first = await requestBooking(t.db, { listingId: a.listing.id, startAt: start, endAt: hoursAfter(start, 1), contact: guestContact }, guest, { now: NOW });
    await requestBooking(t.db, { listingId: a.listing.id, startAt: hoursAfter(start, 48), endAt: hoursAfter(start, 49), contact: { ...guestContact, name: 'Zed Other' } }, guest, { now: NOW });
    const foreign = await requestBooking(t.db, { listingId: b.listing.id, startAt: start, endAt: hoursAfter(start, 1), contact: guestContact }, guest, { now: NOW });

    expect((await bookingInbox(t.db, a.vendor.id, {})).total).toBe(2);
    expect((await bookingInbox(t.db, a.vendor.id, { status: 'REQUESTED', q: 'zed' })).bookings.map((x) => x.contactName)).toEqual(['Zed Other']);
    expect((await bookingInbox(t.db, a.vendor.id, { q: first.reference.toLowerCase() })).bookings.map((x) => x.id)).toEqual([first.id]);
    expect((await bookingInbox(t.db, a.vendor.id, { from: '2031-01-13', to: '2031-01-13' })).bookings.map((x) => x.id)).toEqual([first.id]);
    expect((await bookingInbox(t.db, a.vendor.id, { q: foreign.reference })).total).toBe(0);
    expect((await bookingInbox(t.db, a.vendor.id, { status: 'NONSENSE', page: '-3' })).total).toBe(2);
    // Dates that do not exist are no filter (they used to throw RangeError: a 500 page).
    expect((await bookingInbox(t.db, a.vendor.id, { from: '2026-02-30', to: '2026-99-99' })).total).toBe(2);

    await expect(vendorBooking(t.db, a.vendor.id, foreign.id)).rejects.toBeInstanceOf(NotFound);
    expect((await vendorBooking(t.db, b.vendor.id, foreign.id)).reference).toBe(foreign.reference);
    // Ids from the URL that are not UUIDs (the fuzzer's finding: a 500 before) name no booking.
    for (const bad of ['-0', '../../etc/passwd', 'Europe/Nowhere', 'not-a-uuid']) await expect(vendorBooking(t.db, a.vendor.id, bad)).rejects.toBeInstanceOf(NotFound);
  });
});

describe('requests to answer, on top of the inbox (issue 13, point 14)', () => {
  it('lists only this business’s live requests, the one whose answer is due first on top', async () => {
    const a = await givenVendor(t.db).withRental({ units: 3, bookingMode: 'REQUEST', requestExpiryHours: 48 });
    const other = await givenVendor(t.db).withRental({ units: 1, bookingMode: 'REQUEST' });
    const start = at('2031-01-20T10:00:00Z');
    const guest = { kind: 'guest' } as const;
    const range = (h: number) => ({ startAt: hoursAfter(start, h), endAt: hoursAfter(start, h + 1) });
    const older = await requestBooking(t.db, { listingId: a.listing.id, ...range(0), contact: guestContact }, guest, { now: NOW });
    const newer = await requestBooking(t.db, { listingId: a.listing.id, ...range(5), contact: guestContact }, guest, { now: hoursAfter(NOW, 2) });
    const answered = await requestBooking(t.db, { listingId: a.listing.id, ...range(10), contact: guestContact }, guest, { now: NOW });
    await approveBooking(t.db, answered.id, a.actor, hoursAfter(NOW, 1));
    await requestBooking(t.db, { listingId: other.listing.id, ...range(0), contact: guestContact }, guest, { now: NOW });

    expect((await openRequests(t.db, a.vendor.id, hoursAfter(NOW, 3))).map((b) => b.id)).toEqual([older.id, newer.id]);
    // Once the first request's hold lapses, it is no longer one to answer.
    expect((await openRequests(t.db, a.vendor.id, hoursAfter(NOW, 48.5))).map((b) => b.id)).toEqual([newer.id]);
  });
});
