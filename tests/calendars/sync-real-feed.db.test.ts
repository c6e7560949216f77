import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointmentSlotsBetween } from '@/lib/availability-queries/listing-availability';
import { fetchFeed, type FetchFeed } from '@/lib/calendars/fetch-feed';
import { syncExternalCalendar } from '@/lib/calendars/sync-external-calendars';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, givenVendor } from '../support/scenario';
import { outlookVtimezone } from './ics-feeds';

// End to end: an Exchange-style feed served over HTTP on 127.0.0.1, fetched and synced by the real
// services into real PostgreSQL, and the staff member's appointment slots of that day.

let t: TestDatabase;
let server: Server;
let feedBody = '';
let base: string;

beforeAll(async () => {
  t = await useTestDatabase();
  server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8' }).end(feedBody));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

const testFetch: FetchFeed = (url) => fetchFeed(url, { unsafeAllowPrivateHostsForTests: true, timeoutMs: 5_000 });

const EU_RULES = { standard: 'FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10', daylight: 'FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3' };
const exchangeFeed = (...events: string[][]) =>
  [
    'BEGIN:VCALENDAR', 'METHOD:PUBLISH', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
    outlookVtimezone('W. Europe Standard Time', '+0100', '+0200', EU_RULES),
    ...events.map((lines) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'].join('\r\n')),
    'END:VCALENDAR',
  ].join('\r\n');

const W = 'TZID=W. Europe Standard Time';
const goodEvents = [
  // Tuesday stand-up, 11:00 Berlin = 10:00 London in January.
  ['UID:standup', `DTSTART;${W}:20310107T110000`, `DTEND;${W}:20310107T113000`, 'RRULE:FREQ=WEEKLY;BYDAY=TU', 'STATUS:CONFIRMED'],
  // Another series at the same time whose 14 January occurrence is cancelled: the stand-up must stay.
  ['UID:gym', `DTSTART;${W}:20310107T110000`, `DTEND;${W}:20310107T120000`, 'RRULE:FREQ=WEEKLY;BYDAY=TU'],
  ['UID:gym', `RECURRENCE-ID;${W}:20310114T110000`, `DTSTART;${W}:20310114T110000`, `DTEND;${W}:20310114T120000`, 'STATUS:CANCELLED'],
  // A call written with an Outlook display name and no VTIMEZONE for it: 09:00 EST = 14:00 UTC.
  ['UID:call', 'DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20310114T090000', 'DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20310114T094500', 'STATUS:TENTATIVE'],
  // Free all day: blocks nothing.
  ['UID:note', 'DTSTART;VALUE=DATE:20310114', 'DTEND;VALUE=DATE:20310115', 'TRANSP:TRANSPARENT'],
];
const brokenEvent = ['UID:broken', 'DTSTART;TZID="W. Europe Standard Time:20310114T150000', `DTEND;${W}:20310114T160000`];

/** Slot starts of a 60-minute service every 30 minutes, 09:00–17:00 London (UTC in January), that overlap no busy time: worked out here, not by the code under test. */
function freeStarts(busy: Array<[string, string]>): string[] {
  const starts: string[] = [];
  for (let minute = 9 * 60; minute + 60 <= 17 * 60; minute += 30) {
    const start = Date.UTC(2031, 0, 14, 0, minute);
    const end = start + 60 * 60_000;
    if (busy.every(([from, to]) => end <= Date.parse(from) || start >= Date.parse(to))) starts.push(new Date(start).toISOString());
  }
  return starts;
}

describe('a real feed, synced over HTTP, blocks exactly its busy times', () => {
  it('imports an Exchange feed with a broken event, tells the business, and the day’s slots exclude exactly the busy times', async () => {
    const { listing, staff } = await givenVendor(t.db).withAppointment();
    const slots = async () => (await appointmentSlotsBetween(t.db, listing.id, '2031-01-14', '2031-01-14', { now: NOW })).slots.map((s) => s.startAt.toISOString());
    expect(await slots()).toEqual(freeStarts([]));

    feedBody = exchangeFeed(...goodEvents, brokenEvent);
    const calendar = await t.db.externalCalendar.create({ data: { staffId: staff[0]!.id, name: 'Outlook', url: `${base}/calendar.ics` } });
    const warning = '1 event skipped: the event on 14 Jan 2031 (one of its lines has a quote (") that is never closed, often in a time zone name (TZID)).';
    expect(await syncExternalCalendar(t.db, calendar.id, { now: NOW, fetchFeed: testFetch })).toMatchObject({ ok: true, warning });

    const busy = (await t.db.externalBusyBlock.findMany({ where: { calendarId: calendar.id, startAt: { lt: new Date('2031-01-15T00:00:00Z') }, endAt: { gt: new Date('2031-01-14T00:00:00Z') } }, orderBy: { startAt: 'asc' } })).map(
      (b) => [b.startAt.toISOString(), b.endAt.toISOString()] as [string, string],
    );
    expect(busy).toEqual([
      ['2031-01-14T10:00:00.000Z', '2031-01-14T10:30:00.000Z'],
      ['2031-01-14T14:00:00.000Z', '2031-01-14T14:45:00.000Z'],
    ]);
    expect(await slots()).toEqual(freeStarts(busy));
    expect(await t.db.externalCalendar.findUniqueOrThrow({ where: { id: calendar.id } })).toMatchObject({ lastError: null, lastWarning: warning });

    // Once the exporter writes the event properly it is imported and the note goes away.
    feedBody = exchangeFeed(...goodEvents, ['UID:broken', `DTSTART;${W}:20310114T150000`, `DTEND;${W}:20310114T160000`]);
    expect(await syncExternalCalendar(t.db, calendar.id, { now: NOW, fetchFeed: testFetch })).toMatchObject({ ok: true, warning: null });
    expect(await slots()).toEqual(
      freeStarts([
        ['2031-01-14T10:00:00.000Z', '2031-01-14T10:30:00.000Z'],
        ['2031-01-14T14:00:00.000Z', '2031-01-14T15:00:00.000Z'],
      ]),
    );
    expect(await t.db.externalCalendar.findUniqueOrThrow({ where: { id: calendar.id } })).toMatchObject({ lastWarning: null });
  });
});
