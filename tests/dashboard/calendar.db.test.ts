import { beforeAll, describe, expect, it } from 'vitest';
import { entriesOn, vendorCalendar } from '@/lib/business/calendar';
import type { BookingStatus } from '@/lib/generated/prisma/enums';
import { aBookingWithAllocation } from '../support/fixtures';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, at, givenVendor } from '../support/scenario';

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

type Listing = { id: string; vendorId: string; kind: 'RENTAL' | 'SESSION' | 'APPOINTMENT' };
const book = (listing: Listing, target: { unitId: string } | { staffId: string } | { sessionId: string; seats: number }, startAt: string, endAt: string, status: BookingStatus = 'CONFIRMED') =>
  aBookingWithAllocation(t.db, listing, { status, startAt: at(startAt), endAt: at(endAt), target });

describe("the vendor's calendar", () => {
  it("shows only the signed-in vendor's bookings, even with another vendor's listing in the URL", async () => {
    const a = await givenVendor(t.db).withRental({ units: 1 });
    const b = await givenVendor(t.db).withRental({ units: 1 });
    const mine = await book(a.listing, { unitId: a.units[0]!.id }, '2031-01-07T10:00:00Z', '2031-01-07T12:00:00Z');
    await book(b.listing, { unitId: b.units[0]!.id }, '2031-01-07T10:00:00Z', '2031-01-07T12:00:00Z');

    const week = await vendorCalendar(t.db, a.vendor.id, { date: '2031-01-07' }, NOW);
    expect(week.entries.map((e) => e.reference)).toEqual([mine.reference]);
    expect(week.resources.map((r) => r.key)).toEqual([`unit:${a.units[0]!.id}`]);

    const probing = await vendorCalendar(t.db, a.vendor.id, { date: '2031-01-07', listing: b.listing.id }, NOW);
    expect(probing.listing).toBeNull();
    expect(probing.entries.map((e) => e.reference)).toEqual([mine.reference]);
    expect(probing.listings.map((l) => l.id)).toEqual([a.listing.id]);
  });

  it('places a booking across midnight on both local days', async () => {
    const a = await givenVendor(t.db).withRental({ units: 1 });
    const night = await book(a.listing, { unitId: a.units[0]!.id }, '2031-01-07T22:00:00Z', '2031-01-08T02:00:00Z');
    const week = await vendorCalendar(t.db, a.vendor.id, { view: 'week', date: '2031-01-08' }, NOW);
    expect(week.days.map((d) => d.date)).toEqual(['2031-01-06', '2031-01-07', '2031-01-08', '2031-01-09', '2031-01-10', '2031-01-11', '2031-01-12']);
    expect(entriesOn(week.entries, '2031-01-07', `unit:${a.units[0]!.id}`).map((e) => e.timeOn['2031-01-07'])).toEqual(['from 22:00']);
    expect(entriesOn(week.entries, '2031-01-08').map((e) => [e.reference, e.timeOn['2031-01-08']])).toEqual([[night.reference, 'until 02:00']]);
    expect(entriesOn(week.entries, '2031-01-09')).toEqual([]);
  });

  it('cuts days at local midnight across the spring DST change in Europe/London', async () => {
    const a = await givenVendor(t.db, { timeZone: 'Europe/London' }).withRental({ units: 1 });
    const unit = { unitId: a.units[0]!.id };
    // Clocks go forward at 01:00 UTC on Sunday 30 March 2031: that day lasts 23 hours.
    const lateSunday = await book(a.listing, unit, '2031-03-30T22:00:00Z', '2031-03-30T22:45:00Z'); // 23:00–23:45 BST, Sunday
    const earlyMonday = await book(a.listing, unit, '2031-03-30T23:15:00Z', '2031-03-31T00:00:00Z'); // 00:15 BST, Monday 31
    const sundayMorning = await book(a.listing, unit, '2031-03-30T00:30:00Z', '2031-03-30T02:00:00Z'); // 00:30 GMT – 03:00 BST

    const week = await vendorCalendar(t.db, a.vendor.id, { date: '2031-03-27' }, NOW);
    const sunday = week.days[6]!;
    expect(sunday.date).toBe('2031-03-30');
    expect([sunday.startAt.toISOString(), sunday.endAt.toISOString()]).toEqual(['2031-03-30T00:00:00.000Z', '2031-03-30T23:00:00.000Z']);
    expect(entriesOn(week.entries, '2031-03-30').map((e) => [e.reference, e.timeOn['2031-03-30']])).toEqual([
      [sundayMorning.reference, '00:30–03:00'],
      [lateSunday.reference, '23:00–23:45'],
    ]);
    expect(week.entries.map((e) => e.reference)).not.toContain(earlyMonday.reference);

    const next = await vendorCalendar(t.db, a.vendor.id, { date: week.next }, NOW);
    expect(next.days[0]!.startAt.toISOString()).toBe('2031-03-30T23:00:00.000Z');
    expect(entriesOn(next.entries, '2031-03-31').map((e) => [e.reference, e.timeOn['2031-03-31']])).toEqual([[earlyMonday.reference, '00:15–01:00']]);
  });

  it('hides cancelled, declined and expired bookings and keeps completed ones', async () => {
    const a = await givenVendor(t.db).withRental({ units: 5 });
    const statuses: BookingStatus[] = ['CANCELLED', 'DECLINED', 'EXPIRED', 'COMPLETED', 'REQUESTED'];
    const made = [];
    for (const [index, status] of statuses.entries()) {
      const day = String(index + 6).padStart(2, '0');
      made.push(await book(a.listing, { unitId: a.units[index]!.id }, `2031-01-${day}T09:00:00Z`, `2031-01-${day}T10:00:00Z`, status));
    }
    const week = await vendorCalendar(t.db, a.vendor.id, { date: '2031-01-06' }, NOW);
    expect(week.entries.map((e) => e.status)).toEqual(['COMPLETED', 'REQUESTED']);
    expect(week.entries.map((e) => e.reference)).toEqual([made[3]!.reference, made[4]!.reference]);
  });

  it('has a row for every unit, session listing and staff member, and narrows them to one listing', async () => {
    const given = givenVendor(t.db);
    const rental = await given.withRental({ units: 2, title: 'Kayak' });
    const tour = await given.withSession({ startAt: at('2031-01-08T10:00:00Z'), title: 'Harbour tour' });
    const service = await given.withAppointment({ staff: [{ name: 'Alex' }, { name: 'Bea' }], title: 'Massage' });
    await t.db.staffMember.create({ data: { vendorId: rental.vendor.id, name: 'Retired', active: false } });
    const seat = await book(tour.listing, { sessionId: tour.session.id, seats: 2 }, '2031-01-08T10:00:00Z', '2031-01-08T12:00:00Z');
    const massage = await book(service.listing, { staffId: service.staff[1]!.id }, '2031-01-09T14:00:00Z', '2031-01-09T15:00:00Z', 'CHECKED_IN');

    const week = await vendorCalendar(t.db, rental.vendor.id, { date: '2031-01-06' }, NOW);
    expect(week.resources.map((r) => [r.group, r.label, r.detail])).toEqual([
      ['UNITS', 'U-1', 'Kayak'],
      ['UNITS', 'U-2', 'Kayak'],
      ['SESSIONS', 'Harbour tour', 'Sessions'],
      ['STAFF', 'Alex', 'Massage'],
      ['STAFF', 'Bea', 'Massage'],
    ]);
    expect(entriesOn(week.entries, '2031-01-08', `listing:${tour.listing.id}`).map((e) => e.reference)).toEqual([seat.reference]);
    expect(entriesOn(week.entries, '2031-01-09', `staff:${service.staff[1]!.id}`).map((e) => [e.reference, e.status, e.contactName])).toEqual([
      [massage.reference, 'CHECKED_IN', 'Test Guest'],
    ]);

    const onlyMassage = await vendorCalendar(t.db, rental.vendor.id, { date: '2031-01-06', listing: service.listing.id }, NOW);
    expect(onlyMassage.resources.map((r) => r.label)).toEqual(['Alex', 'Bea']);
    expect(onlyMassage.entries.map((e) => e.reference)).toEqual([massage.reference]);
  });

  it("shows a month as whole weeks from Monday, in the filtered listing's own zone when it has one", async () => {
    const given = givenVendor(t.db, { timeZone: 'Europe/London' });
    const rental = await given.withRental({ units: 1, timeZone: 'Asia/Bangkok' });
    const late = await book(rental.listing, { unitId: rental.units[0]!.id }, '2031-01-31T20:00:00Z', '2031-01-31T21:00:00Z'); // 1 Feb 03:00 in Bangkok

    const business = await vendorCalendar(t.db, rental.vendor.id, { view: 'month', date: '2031-01-15' }, NOW);
    expect(business.zone).toBe('Europe/London');
    expect(business.otherZones).toEqual(['Asia/Bangkok']);
    expect([business.days[0]!.date, business.days.at(-1)!.date, business.days.length]).toEqual(['2030-12-30', '2031-02-02', 35]);
    expect([business.prev, business.next]).toEqual(['2030-12-01', '2031-02-01']);
    expect(entriesOn(business.entries, '2031-01-31').map((e) => [e.reference, e.timeOn['2031-01-31'], e.listingLocalStart])).toEqual([
      [late.reference, '20:00–21:00', '03:00 Asia/Bangkok'],
    ]);

    const own = await vendorCalendar(t.db, rental.vendor.id, { view: 'month', date: '2031-01-15', listing: rental.listing.id }, NOW);
    expect(own.zone).toBe('Asia/Bangkok');
    expect(entriesOn(own.entries, '2031-02-01').map((e) => [e.reference, e.timeOn['2031-02-01'], e.listingLocalStart])).toEqual([[late.reference, '03:00–04:00', undefined]]);
    expect(own.days.find((d) => d.date === '2031-02-01')?.inRange).toBe(false);
  });

  it('falls back to this week for a nonsense date or view', async () => {
    const a = await givenVendor(t.db).withRental({ units: 1 });
    const week = await vendorCalendar(t.db, a.vendor.id, { view: 'year', date: '2031-02-30', listing: 'nope' }, NOW);
    expect(week.query).toMatchObject({ view: 'week', date: undefined, listing: undefined });
    expect(week.days[0]!.date).toBe('2031-01-06');
    expect(week.days.find((d) => d.isToday)?.date).toBe('2031-01-06');
  });
});
