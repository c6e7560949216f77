import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointmentSlotsBetween } from '@/lib/availability-queries/listing-availability';
import { requestBooking } from '@/lib/booking/request-booking';
import { fetchFeed, fetchPublicFeed, type FetchFeed } from '@/lib/calendars/fetch-feed';
import { syncDueCalendars, syncExternalCalendar, syncOwnExternalCalendar } from '@/lib/calendars/sync-external-calendars';
import { NotFound, SlotUnavailable } from '@/lib/errors';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, aCustomer, at, givenVendor } from '../support/scenario';

// Real PostgreSQL and a real HTTP server on 127.0.0.1 serving .ics files; only the test fetcher
// may reach it (the production fetcher refuses private addresses).

let t: TestDatabase;
let server: Server;
let base: string;
type Feed = { status?: number; type?: string; body: string | Buffer; headers?: Record<string, string>; hang?: boolean };
const feeds = new Map<string, Feed>();

beforeAll(async () => {
  t = await useTestDatabase();
  server = createServer((req, res) => {
    const feed = feeds.get(req.url ?? '');
    if (!feed) {
      res.writeHead(404).end('not found');
      return;
    }
    if (feed.hang) return; // never answers
    res.writeHead(feed.status ?? 200, { 'content-type': feed.type ?? 'text/calendar', ...feed.headers });
    res.end(feed.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

const testFetch: FetchFeed = (url) => fetchFeed(url, { unsafeAllowPrivateHostsForTests: true, timeoutMs: 5_000 });

const ics = (...events: Array<[uid: string, start: string, end: string]>) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', ...events.flatMap(([uid, start, end]) => ['BEGIN:VEVENT', `UID:${uid}`, `DTSTART:${start}`, `DTEND:${end}`, 'END:VEVENT']), 'END:VCALENDAR'].join('\r\n');

let path = 0;
async function calendarServing(body: string, options: { staffId?: string } = {}) {
  const url = `${base}/cal-${(path += 1)}.ics`;
  feeds.set(new URL(url).pathname, { body });
  const staffId = options.staffId ?? (await givenVendor(t.db).withAppointment()).staff[0]!.id;
  const calendar = await t.db.externalCalendar.create({ data: { staffId, name: 'Work', url } });
  return { calendar, url, serve: (feed: Feed) => feeds.set(new URL(url).pathname, feed) };
}

const blocksOf = async (calendarId: string) =>
  (await t.db.externalBusyBlock.findMany({ where: { calendarId }, orderBy: { startAt: 'asc' } })).map((b) => ({ uid: b.uid, startAt: b.startAt.toISOString(), endAt: b.endAt.toISOString() }));

describe('syncing an external calendar', () => {
  it('imports busy times and replaces them on the next sync (a removed event disappears)', async () => {
    const { calendar, serve } = await calendarServing(ics(['a@test', '20310113T100000Z', '20310113T110000Z'], ['b@test', '20310114T120000Z', '20310114T123000Z']));
    expect(await syncExternalCalendar(t.db, calendar.id, { now: NOW, fetchFeed: testFetch })).toEqual({ calendarId: calendar.id, ok: true, busyTimes: 2, warning: null });
    expect(await blocksOf(calendar.id)).toEqual([
      { uid: 'a@test', startAt: '2031-01-13T10:00:00.000Z', endAt: '2031-01-13T11:00:00.000Z' },
      { uid: 'b@test', startAt: '2031-01-14T12:00:00.000Z', endAt: '2031-01-14T12:30:00.000Z' },
    ]);
    expect(await t.db.externalCalendar.findUniqueOrThrow({ where: { id: calendar.id } })).toMatchObject({ lastSyncedAt: NOW, lastError: null });

    serve({ body: ics(['b@test', '20310114T130000Z', '20310114T133000Z']) });
    const later = new Date(NOW.getTime() + 3_600_000);
    expect(await syncExternalCalendar(t.db, calendar.id, { now: later, fetchFeed: testFetch })).toMatchObject({ ok: true, busyTimes: 1 });
    expect(await blocksOf(calendar.id)).toEqual([{ uid: 'b@test', startAt: '2031-01-14T13:00:00.000Z', endAt: '2031-01-14T13:30:00.000Z' }]);
    expect((await t.db.externalCalendar.findUniqueOrThrow({ where: { id: calendar.id } })).lastSyncedAt).toEqual(later);
  });

  it('keeps the old busy times and records the reason when the feed fails (500, too large, not iCalendar)', async () => {
    const { calendar, serve } = await calendarServing(ics(['keep@test', '20310113T100000Z', '20310113T110000Z']));
    await syncExternalCalendar(t.db, calendar.id, { now: NOW, fetchFeed: testFetch });
    const before = await blocksOf(calendar.id);
    expect(before).toHaveLength(1);

    const failures: Array<[Feed, string]> = [
      [{ status: 500, body: 'oops' }, 'The calendar answered 500'],
      [{ body: 'X'.repeat(2 * 1024 * 1024 + 10) }, 'The calendar is larger than 2 MB'],
      [{ body: `BEGIN:VCALENDAR\r\n${'X'.repeat(2 * 1024 * 1024)}`, headers: { 'transfer-encoding': 'chunked' } }, 'The calendar is larger than 2 MB'],
      [{ type: 'text/html', body: '<html>Please sign in</html>' }, 'The address did not return an iCalendar (.ics) file'],
      [{ body: 'BEGIN:VCALENDAR\r\nthis is not ical\r\nEND:VCALENDAR' }, 'The calendar file could not be read (it is not valid iCalendar).'],
    ];
    for (const [feed, message] of failures) {
      serve(feed);
      const later = new Date(NOW.getTime() + 3_600_000);
      expect(await syncExternalCalendar(t.db, calendar.id, { now: later, fetchFeed: testFetch })).toEqual({ calendarId: calendar.id, ok: false, error: message });
      expect(await blocksOf(calendar.id)).toEqual(before);
      expect(await t.db.externalCalendar.findUniqueOrThrow({ where: { id: calendar.id } })).toMatchObject({ lastSyncedAt: NOW, lastError: message });
    }

    serve({ body: ics() });
    expect(await syncExternalCalendar(t.db, calendar.id, { now: NOW, fetchFeed: testFetch })).toMatchObject({ ok: true, busyTimes: 0 });
    expect(await t.db.externalCalendar.findUniqueOrThrow({ where: { id: calendar.id } })).toMatchObject({ lastError: null });
    expect(await blocksOf(calendar.id)).toEqual([]);
  });

  it('follows a few redirects and refuses endless ones', async () => {
    const { calendar, url, serve } = await calendarServing(ics(['moved@test', '20310113T100000Z', '20310113T110000Z']));
    const target = `${url}?real`;
    feeds.set(new URL(target).pathname + '?real', { body: ics(['moved@test', '20310113T100000Z', '20310113T110000Z']) });
    serve({ status: 302, body: '', headers: { location: target } });
    expect(await syncExternalCalendar(t.db, calendar.id, { now: NOW, fetchFeed: testFetch })).toMatchObject({ ok: true, busyTimes: 1 });
    serve({ status: 301, body: '', headers: { location: url } });
    expect(await syncExternalCalendar(t.db, calendar.id, { now: NOW, fetchFeed: testFetch })).toMatchObject({ ok: false, error: 'The calendar redirected too many times' });
  });

  it('reads compressed feeds, refuses ones that unpack past 2 MB and gives up on a silent host', async () => {
    const body = ics(['gz@test', '20310113T100000Z', '20310113T110000Z']);
    const { calendar, serve } = await calendarServing(body);
    serve({ body: gzipSync(body), headers: { 'content-encoding': 'gzip' } });
    expect(await syncExternalCalendar(t.db, calendar.id, { now: NOW, fetchFeed: testFetch })).toMatchObject({ ok: true, busyTimes: 1 });
    serve({ body: gzipSync(Buffer.concat([Buffer.from('BEGIN:VCALENDAR\r\n'), Buffer.alloc(3 * 1024 * 1024, 32)])), headers: { 'content-encoding': 'gzip' } });
    expect(await syncExternalCalendar(t.db, calendar.id, { now: NOW, fetchFeed: testFetch })).toMatchObject({ ok: false, error: 'The calendar is larger than 2 MB' });
    serve({ body: '', hang: true });
    const impatient: FetchFeed = (url) => fetchFeed(url, { unsafeAllowPrivateHostsForTests: true, timeoutMs: 300 });
    expect(await syncExternalCalendar(t.db, calendar.id, { now: NOW, fetchFeed: impatient })).toMatchObject({ ok: false, error: 'The calendar did not answer within 0.3 seconds' });
    expect(await blocksOf(calendar.id)).toHaveLength(1);
  });

  it('refuses loopback and private addresses on the production path', async () => {
    const { calendar } = await calendarServing(ics(['x@test', '20310113T100000Z', '20310113T110000Z']));
    const { port } = server.address() as AddressInfo;
    for (const address of [`https://127.0.0.1:${port}/cal.ics`, `https://localhost:${port}/cal.ics`, 'https://10.1.2.3/cal.ics', 'https://[::1]/cal.ics']) {
      await t.db.externalCalendar.update({ where: { id: calendar.id }, data: { url: address } });
      expect(await syncExternalCalendar(t.db, calendar.id, { now: NOW }), address).toMatchObject({ ok: false, error: 'This address points to a private network' });
      await expect(fetchPublicFeed(address)).rejects.toThrow('This address points to a private network');
    }
    // A public-looking name that resolves to a private address is refused too (injected resolver).
    await expect(fetchFeed('https://calendar.example.com/cal.ics', { resolve: async () => [{ address: '127.0.0.1', family: 4 }] })).rejects.toThrow('private network');
    // Even with the test allowance, a redirect to plain http is followed only by tests; production never reaches http at all.
    await expect(fetchPublicFeed(`http://127.0.0.1:${port}/cal.ics`)).rejects.toThrow('must start with https://');
  });

  it('blocks the slots and bookings that overlap a synced busy time', async () => {
    const { listing, staff } = await givenVendor(t.db).withAppointment();
    const slotsBefore = (await appointmentSlotsBetween(t.db, listing.id, '2031-01-13', '2031-01-13', { now: NOW })).slots.map((s) => s.startAt.toISOString());
    expect(slotsBefore).toContain('2031-01-13T10:00:00.000Z');

    const { calendar } = await calendarServing(ics(['busy@test', '20310113T100000Z', '20310113T110000Z']), { staffId: staff[0]!.id });
    expect(await syncExternalCalendar(t.db, calendar.id, { now: NOW, fetchFeed: testFetch })).toMatchObject({ ok: true, busyTimes: 1 });

    const slotsAfter = (await appointmentSlotsBetween(t.db, listing.id, '2031-01-13', '2031-01-13', { now: NOW })).slots.map((s) => s.startAt.toISOString());
    for (const blocked of ['2031-01-13T09:30:00.000Z', '2031-01-13T10:00:00.000Z', '2031-01-13T10:30:00.000Z']) expect(slotsAfter).not.toContain(blocked);
    expect(slotsAfter).toContain('2031-01-13T11:00:00.000Z');
    const { actor } = await aCustomer(t.db);
    await expect(requestBooking(t.db, { listingId: listing.id, startAt: at('2031-01-13T10:00:00Z') }, actor, { now: NOW })).rejects.toBeInstanceOf(SlotUnavailable);
    await requestBooking(t.db, { listingId: listing.id, startAt: at('2031-01-13T11:00:00Z') }, actor, { now: NOW });
  });

  it('lets only members of the staff member’s business sync it', async () => {
    const { calendar } = await calendarServing(ics(['a@test', '20310113T100000Z', '20310113T110000Z']));
    const other = await givenVendor(t.db).ready;
    await expect(syncOwnExternalCalendar(t.db, { kind: 'member', userId: other.owner.id, vendorId: other.vendor.id, role: 'OWNER' }, { calendarId: calendar.id }, { now: NOW, fetchFeed: testFetch })).rejects.toBeInstanceOf(NotFound);
    expect(await blocksOf(calendar.id)).toEqual([]);
  });
});

describe('syncing the calendars that are due', () => {
  it('picks only calendars not synced in the last 15 minutes, never-synced first', async () => {
    await t.db.externalCalendar.updateMany({ data: { lastSyncedAt: NOW } }); // the calendars of earlier tests are fresh
    const body = ics(['due@test', '20310113T100000Z', '20310113T110000Z']);
    const never = await calendarServing(body);
    const stale = await calendarServing(body);
    const fresh = await calendarServing(body);
    await t.db.externalCalendar.update({ where: { id: stale.calendar.id }, data: { lastSyncedAt: new Date(NOW.getTime() - 16 * 60_000) } });
    await t.db.externalCalendar.update({ where: { id: fresh.calendar.id }, data: { lastSyncedAt: new Date(NOW.getTime() - 5 * 60_000) } });

    expect(await syncDueCalendars(t.db, { now: NOW, fetchFeed: testFetch, limit: 1 })).toEqual({ due: 1, synced: 1, failed: 0 });
    expect((await t.db.externalCalendar.findUniqueOrThrow({ where: { id: never.calendar.id } })).lastSyncedAt).toEqual(NOW);
    expect(await syncDueCalendars(t.db, { now: NOW, fetchFeed: testFetch })).toEqual({ due: 1, synced: 1, failed: 0 });
    expect(await blocksOf(stale.calendar.id)).toHaveLength(1);
    expect(await blocksOf(fresh.calendar.id)).toEqual([]);
    expect(await syncDueCalendars(t.db, { now: NOW, fetchFeed: testFetch })).toEqual({ due: 0, synced: 0, failed: 0 });
  });
});
