import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableListings } from '@/lib/availability-queries/available-listings';
import { rentalAvailability } from '@/lib/availability-queries/listing-availability';
import { requestBooking } from '@/lib/booking/request-booking';
import { removeExternalCalendar } from '@/lib/business/staff';
import { addUnitExternalCalendar } from '@/lib/business/unit-calendars';
import { fetchFeed, type FetchFeed } from '@/lib/calendars/fetch-feed';
import { syncDueCalendars, syncExternalCalendar, syncOwnExternalCalendar } from '@/lib/calendars/sync-external-calendars';
import type { MemberActor } from '@/lib/domain/actor';
import { NotFound, SlotUnavailable } from '@/lib/errors';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, at, givenVendor, guestContact } from '../support/scenario';
import { ics, vevent } from './ics-feeds';

// A rental unit's external calendar (the boat also rented on another platform): served over real
// HTTP, synced by the same code as staff calendars, and its busy times block that unit exactly like a
// booking — in availability, in search, and in the locked booking transaction.

let t: TestDatabase;
let server: Server;
let base: string;
const bodies = new Map<string, string>();

beforeAll(async () => {
  t = await useTestDatabase();
  server = createServer((req, res) => {
    const body = bodies.get(req.url ?? '');
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/calendar' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

const testFetch: FetchFeed = (url) => fetchFeed(url, { unsafeAllowPrivateHostsForTests: true, timeoutMs: 5_000 });

/** The other platform's feed: the boat is out 14 Jan 2031 10:00–12:00 UTC (11:00–13:00 in Berlin, written in Berlin time). */
const otherPlatform = ics(vevent('UID:charter-1@other.example', 'DTSTART;TZID=Europe/Berlin:20310114T110000', 'DTEND;TZID=Europe/Berlin:20310114T130000'));

let n = 0;
async function aBoatWithFeed(units: number, body = otherPlatform) {
  const world = await givenVendor(t.db, { timeZone: 'Europe/Berlin', currency: 'EUR' }).withRental({ units, title: 'Boat' });
  const actor = world.actor as MemberActor;
  const path = `/boat-${(n += 1)}.ics`;
  bodies.set(path, body);
  // The production form refuses private addresses; the row is written as the service would, through it, with the test URL.
  const calendar = await addUnitExternalCalendar(t.db, actor, { unitId: world.units[0]!.id, name: 'Other platform', url: `https://example.com${path}` });
  await t.db.externalCalendar.update({ where: { id: calendar.id }, data: { url: `${base}${path}` } });
  return { ...world, actor, calendar };
}

const book = (listingId: string, start: string, end: string) => requestBooking(t.db, { listingId, startAt: at(start), endAt: at(end), contact: guestContact }, { kind: 'guest' }, { now: NOW });

describe('external calendars of rental units', () => {
  it('imports the unit’s busy times, which then block the unit in availability, search and booking', async () => {
    const { listing, units, calendar } = await aBoatWithFeed(1);
    expect(await syncExternalCalendar(t.db, calendar.id, { now: NOW, fetchFeed: testFetch })).toMatchObject({ ok: true, busyTimes: 1 });
    const blocks = await t.db.externalBusyBlock.findMany({ where: { calendarId: calendar.id } });
    expect(blocks.map((b) => ({ unitId: b.unitId, staffId: b.staffId, startAt: b.startAt.toISOString(), endAt: b.endAt.toISOString() }))).toEqual([
      { unitId: units[0]!.id, staffId: null, startAt: '2031-01-14T10:00:00.000Z', endAt: '2031-01-14T12:00:00.000Z' },
    ]);

    expect((await rentalAvailability(t.db, listing.id, at('2031-01-14T11:00:00Z'), at('2031-01-14T13:00:00Z'), NOW)).freeUnits).toBe(0);
    expect((await rentalAvailability(t.db, listing.id, at('2031-01-14T12:00:00Z'), at('2031-01-14T13:00:00Z'), NOW)).freeUnits).toBe(1); // [start, end): touching is free
    const found = async (from: string, to: string) => (await availableListings(t.db, { from: at(from), to: at(to), now: NOW, listingIds: [listing.id] })).length;
    expect(await found('2031-01-14T09:00:00Z', '2031-01-14T11:00:00Z')).toBe(0);
    expect(await found('2031-01-14T12:00:00Z', '2031-01-14T14:00:00Z')).toBe(1);

    await expect(book(listing.id, '2031-01-14T11:30:00Z', '2031-01-14T12:30:00Z')).rejects.toBeInstanceOf(SlotUnavailable);
    expect((await book(listing.id, '2031-01-14T12:00:00Z', '2031-01-14T13:00:00Z')).status).toBe('CONFIRMED');
  });

  it('blocks only the unit whose feed it is: the booking takes another unit, and the next one finds none', async () => {
    const { listing, units, calendar } = await aBoatWithFeed(2);
    await syncExternalCalendar(t.db, calendar.id, { now: NOW, fetchFeed: testFetch });
    const first = await book(listing.id, '2031-01-14T10:00:00Z', '2031-01-14T11:00:00Z');
    const allocation = await t.db.bookingAllocation.findFirstOrThrow({ where: { bookingId: first.id } });
    expect(allocation.unitId).toBe(units[1]!.id);
    await expect(book(listing.id, '2031-01-14T10:30:00Z', '2031-01-14T11:30:00Z')).rejects.toBeInstanceOf(SlotUnavailable);
  });

  it('tells the business about skipped events, as for staff calendars, and keeps the rest', async () => {
    const { calendar } = await aBoatWithFeed(1, ics(vevent('UID:ok@x', 'DTSTART:20310114T100000Z', 'DTEND:20310114T110000Z'), vevent('UID:bad@x', 'DTSTART;TZID="W. Europe Standard Time:20310116T090000', 'DTEND;TZID="W. Europe Standard Time:20310116T100000')));
    const result = await syncExternalCalendar(t.db, calendar.id, { now: NOW, fetchFeed: testFetch });
    expect(result.ok).toBe(true);
    const row = await t.db.externalCalendar.findUniqueOrThrow({ where: { id: calendar.id } });
    expect(row.lastError).toBeNull();
    expect(row.lastWarning).toMatch(/^1 event skipped: the event on 16 Jan 2031/);
    expect(await t.db.externalBusyBlock.count({ where: { calendarId: calendar.id } })).toBe(1);
  });

  it('is synced by the cron with staff calendars, but not for an inactive unit', async () => {
    const active = await aBoatWithFeed(1);
    const inactive = await aBoatWithFeed(1);
    await t.db.rentalUnit.update({ where: { id: inactive.units[0]!.id }, data: { active: false } });
    await syncDueCalendars(t.db, { now: NOW, fetchFeed: testFetch, limit: 1000 });
    expect((await t.db.externalCalendar.findUniqueOrThrow({ where: { id: active.calendar.id } })).lastSyncedAt).toEqual(NOW);
    expect((await t.db.externalCalendar.findUniqueOrThrow({ where: { id: inactive.calendar.id } })).lastSyncedAt).toBeNull();
  });

  it('belongs to its business only: another business cannot add, sync or remove it', async () => {
    const { units, calendar, actor } = await aBoatWithFeed(1);
    const other = (await givenVendor(t.db).withRental()).actor as MemberActor;
    await expect(addUnitExternalCalendar(t.db, other, { unitId: units[0]!.id, name: 'Mine', url: 'https://example.com/x.ics' })).rejects.toBeInstanceOf(NotFound);
    await expect(syncOwnExternalCalendar(t.db, other, { calendarId: calendar.id }, { fetchFeed: testFetch })).rejects.toBeInstanceOf(NotFound);
    await expect(removeExternalCalendar(t.db, other, { calendarId: calendar.id })).rejects.toBeInstanceOf(NotFound);
    expect(await syncOwnExternalCalendar(t.db, actor, { calendarId: calendar.id }, { now: NOW, fetchFeed: testFetch })).toMatchObject({ ok: true });
    await removeExternalCalendar(t.db, actor, { calendarId: calendar.id });
    expect(await t.db.externalBusyBlock.count({ where: { calendarId: calendar.id } })).toBe(0);
  });

  it('lets the database hold a calendar for exactly one staff member or one unit', async () => {
    const { units } = await aBoatWithFeed(1);
    const { staff } = await givenVendor(t.db).withAppointment();
    await expect(t.db.externalCalendar.create({ data: { staffId: staff[0]!.id, unitId: units[0]!.id, name: 'Both', url: 'https://example.com/both.ics' } })).rejects.toThrow();
    await expect(t.db.externalCalendar.create({ data: { name: 'Nobody', url: 'https://example.com/none.ics' } })).rejects.toThrow();
  });
});
