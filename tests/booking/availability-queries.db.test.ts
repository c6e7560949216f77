import { beforeAll, describe, expect, it } from 'vitest';
import { availableListings } from '@/lib/availability-queries/available-listings';
import { appointmentSlotsBetween, listingMonthSchedule, rentalAvailability, sessionsBetween } from '@/lib/availability-queries/listing-availability';
import { cancelBooking } from '@/lib/booking/cancel-booking';
import { requestBooking } from '@/lib/booking/request-booking';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, aCustomer, at, givenVendor, guestContact, hoursAfter, minutesAfter } from '../support/scenario';

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

const start = at('2031-01-13T10:00:00Z');
const guest = { kind: 'guest' } as const;

describe('what pages and search offer matches what booking accepts', () => {
  it('counts free units, and a lapsed hold as free before any sweeper ran', async () => {
    const { listing } = await givenVendor(t.db).withRental({ units: 2, paymentMode: 'ONLINE_FULL' });
    const range = { startAt: start, endAt: hoursAfter(start, 2) };
    await requestBooking(t.db, { listingId: listing.id, ...range, contact: guestContact }, guest, { now: NOW });

    const held = await rentalAvailability(t.db, listing.id, range.startAt, range.endAt, minutesAfter(NOW, 10));
    expect(held.free.map((u) => u.code)).toEqual(['U-2']);
    expect([held.fits(1), held.fits(2)]).toEqual([true, false]);
    expect((await rentalAvailability(t.db, listing.id, range.startAt, range.endAt, minutesAfter(NOW, 40))).freeUnits).toBe(2);
    const search = async (now: Date) => (await availableListings(t.db, { from: range.startAt, to: range.endAt, now, listingIds: [listing.id] }))[0]?.available;
    expect(await search(minutesAfter(NOW, 10))).toBe(1);
    expect(await search(minutesAfter(NOW, 40))).toBe(2);
  });

  it('leaves a rental out of a date search when it is closed all day on the first date', async () => {
    // Open Monday to Friday only; 2031-01-18 is a Saturday, 2031-01-20 a Monday.
    const weekdays = Object.fromEntries(['1', '2', '3', '4', '5'].map((day) => [day, [['09:00', '18:00']]]));
    const { listing } = await givenVendor(t.db).withRental({ openingHours: weekdays });
    const found = async (fromDate: string, toDate: string) => (await availableListings(t.db, { fromDate, toDate, now: NOW, listingIds: [listing.id] })).length;
    expect(await found('2031-01-18', '2031-01-20')).toBe(0);
    expect(await found('2031-01-20', '2031-01-21')).toBe(1);
  });

  it('reports policy problems of a range', async () => {
    const { listing } = await givenVendor(t.db).withRental({ minDurationMinutes: 120 });
    const result = await rentalAvailability(t.db, listing.id, start, hoursAfter(start, 1), NOW);
    expect(result.violations.map((v) => v.code)).toEqual(['TOO_SHORT']);
  });

  it('shows seats left per session and leaves sold-out sessions out of search', async () => {
    const { listing, session } = await givenVendor(t.db).withSession({ capacity: 3 });
    const { actor } = await aCustomer(t.db);
    const booking = await requestBooking(t.db, { listingId: listing.id, sessionId: session.id, quantity: 3 }, actor, { now: NOW });
    const window = { from: NOW, to: hoursAfter(NOW, 24 * 7) };
    const [soldOut] = (await sessionsBetween(t.db, listing.id, window.from, window.to, NOW)).sessions;
    expect(soldOut).toMatchObject({ seatsLeft: 0, soldOut: true, bookable: false });
    expect(await availableListings(t.db, { ...window, now: NOW, listingIds: [listing.id] })).toEqual([]);

    await cancelBooking(t.db, booking.id, actor, undefined, NOW);
    expect((await sessionsBetween(t.db, listing.id, window.from, window.to, NOW)).sessions[0]).toMatchObject({ seatsLeft: 3, bookable: true });
    expect(await availableListings(t.db, { ...window, now: NOW, listingIds: [listing.id] })).toEqual([{ listingId: listing.id, kind: 'SESSION', available: 3 }]);
  });

  it('offers appointment slots in the vendor zone and drops the booked one', async () => {
    const { listing } = await givenVendor(t.db, { timeZone: 'America/New_York', currency: 'USD' }).withAppointment();
    const before = (await appointmentSlotsBetween(t.db, listing.id, '2031-01-13', '2031-01-13', { now: NOW })).slots;
    // 09:00–17:00 New York = 14:00–22:00 UTC; hourly service on a 30-minute grid: 15 starts.
    expect(before[0]!.startAt).toEqual(at('2031-01-13T14:00:00Z'));
    expect(before).toHaveLength(15);
    await requestBooking(t.db, { listingId: listing.id, startAt: at('2031-01-13T14:00:00Z'), contact: guestContact }, guest, { now: NOW });
    const after = (await appointmentSlotsBetween(t.db, listing.id, '2031-01-13', '2031-01-13', { now: NOW })).slots;
    expect(after.map((s) => s.startAt.toISOString())).not.toContain('2031-01-13T14:00:00.000Z');
    expect(after.map((s) => s.startAt.toISOString())).not.toContain('2031-01-13T14:30:00.000Z');
    expect(after).toHaveLength(13);
  });

  it('builds a month calendar for each kind', async () => {
    const rental = await givenVendor(t.db).withRental();
    const days = await listingMonthSchedule(t.db, rental.listing.id, '2031-01', NOW);
    expect(days).toHaveLength(31);
    expect(days[0]!.bookable).toBe(false); // 1 January is before NOW
    expect(days[10]!.bookable).toBe(true);

    const appointments = await givenVendor(t.db).withAppointment();
    const week = await listingMonthSchedule(t.db, appointments.listing.id, '2031-01', NOW);
    expect(week.find((d) => d.date === '2031-01-12')!.bookable).toBe(false); // a Sunday
    expect(week.find((d) => d.date === '2031-01-13')!.bookable).toBe(true);
  });
});
