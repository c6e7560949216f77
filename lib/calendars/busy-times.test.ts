import { describe, expect, it } from 'vitest';
import { BusyTimesError, MAX_OCCURRENCES, readBusyTimes } from './busy-times';

const busyTimesFromIcs = async (text: string, options: { from: Date; to: Date; zone: string }) => (await readBusyTimes(text, options)).intervals;

const ics = (...events: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', ...events, 'END:VCALENDAR'].join('\r\n');
const vevent = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'].join('\r\n');

const window = { from: new Date('2031-01-01T00:00:00Z'), to: new Date('2032-01-01T00:00:00Z'), zone: 'Europe/London' };
const iso = (intervals: Array<{ uid: string; startAt: Date; endAt: Date }>) =>
  intervals.map((i) => ({ uid: i.uid, start: i.startAt.toISOString(), end: i.endAt.toISOString() }));

describe('busy times from an iCalendar feed', () => {
  it('reads a single timed event in UTC', async () => {
    const text = ics(vevent('UID:one@test', 'DTSTAMP:20300101T000000Z', 'DTSTART:20310115T100000Z', 'DTEND:20310115T113000Z', 'SUMMARY:Dentist'));
    expect(iso(await busyTimesFromIcs(text, window))).toEqual([{ uid: 'one@test', start: '2031-01-15T10:00:00.000Z', end: '2031-01-15T11:30:00.000Z' }]);
  });

  it('places TZID times in their zone on both sides of a DST change (Europe/London)', async () => {
    const text = ics(
      vevent('UID:weekly@test', 'DTSTART;TZID=Europe/London:20310320T100000', 'DTEND;TZID=Europe/London:20310320T110000', 'RRULE:FREQ=WEEKLY;COUNT=2'),
      vevent('UID:ny@test', 'DTSTART;TZID=America/New_York:20310701T090000', 'DURATION:PT45M'),
    );
    // The clocks go forward on Sunday 30 March 2031: 10:00 GMT, then 10:00 BST = 09:00 UTC.
    expect(iso(await busyTimesFromIcs(text, window))).toEqual([
      { uid: 'weekly@test/2031-03-20T10:00:00', start: '2031-03-20T10:00:00.000Z', end: '2031-03-20T11:00:00.000Z' },
      { uid: 'weekly@test/2031-03-27T10:00:00', start: '2031-03-27T10:00:00.000Z', end: '2031-03-27T11:00:00.000Z' },
      { uid: 'ny@test', start: '2031-07-01T13:00:00.000Z', end: '2031-07-01T13:45:00.000Z' },
    ]);
  });

  it('uses the feed’s VTIMEZONE for non-IANA zone names (as Outlook writes them)', async () => {
    const text = ics(
      [
        'BEGIN:VTIMEZONE', 'TZID:GMT Standard Time',
        'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
        'BEGIN:DAYLIGHT', 'DTSTART:16010101T010000', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT',
        'END:VTIMEZONE',
      ].join('\r\n'),
      vevent('UID:outlook@test', 'DTSTART;TZID=GMT Standard Time:20310605T140000', 'DTEND;TZID=GMT Standard Time:20310605T150000'),
    );
    expect(iso(await busyTimesFromIcs(text, window))).toEqual([{ uid: 'outlook@test', start: '2031-06-05T13:00:00.000Z', end: '2031-06-05T14:00:00.000Z' }]);
  });

  it('expands a weekly RRULE, leaves out EXDATEs and moves an overridden occurrence (RECURRENCE-ID)', async () => {
    const text = ics(
      vevent(
        'UID:standup@test',
        'DTSTART;TZID=Europe/London:20310106T093000',
        'DTEND;TZID=Europe/London:20310106T100000',
        'RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20310203T235959Z',
        'EXDATE;TZID=Europe/London:20310113T093000',
      ),
      vevent('UID:standup@test', 'RECURRENCE-ID;TZID=Europe/London:20310120T093000', 'DTSTART;TZID=Europe/London:20310120T140000', 'DTEND;TZID=Europe/London:20310120T150000'),
      vevent('UID:standup@test', 'RECURRENCE-ID;TZID=Europe/London:20310127T093000', 'DTSTART;TZID=Europe/London:20310127T093000', 'DTEND;TZID=Europe/London:20310127T100000', 'STATUS:CANCELLED'),
    );
    expect(iso(await busyTimesFromIcs(text, window))).toEqual([
      { uid: 'standup@test/2031-01-06T09:30:00', start: '2031-01-06T09:30:00.000Z', end: '2031-01-06T10:00:00.000Z' },
      { uid: 'standup@test/2031-01-20T09:30:00', start: '2031-01-20T14:00:00.000Z', end: '2031-01-20T15:00:00.000Z' },
      { uid: 'standup@test/2031-02-03T09:30:00', start: '2031-02-03T09:30:00.000Z', end: '2031-02-03T10:00:00.000Z' },
    ]);
  });

  it('matches an override whose RECURRENCE-ID is written in UTC against a TZID series (it moves, not doubles)', async () => {
    const text = ics(
      vevent('UID:sync@test', 'DTSTART;TZID=Europe/London:20310707T090000', 'DTEND;TZID=Europe/London:20310707T100000', 'RRULE:FREQ=DAILY;COUNT=2'),
      vevent('UID:sync@test', 'RECURRENCE-ID:20310708T080000Z', 'DTSTART:20310708T150000Z', 'DTEND:20310708T160000Z'),
    );
    expect(iso(await busyTimesFromIcs(text, window))).toEqual([
      { uid: 'sync@test/2031-07-07T09:00:00', start: '2031-07-07T08:00:00.000Z', end: '2031-07-07T09:00:00.000Z' },
      { uid: 'sync@test/2031-07-08T09:00:00', start: '2031-07-08T15:00:00.000Z', end: '2031-07-08T16:00:00.000Z' },
    ]);
  });

  it('blocks whole local days in the business zone for all-day events', async () => {
    const text = ics(
      vevent('UID:holiday@test', 'DTSTART;VALUE=DATE:20310704', 'DTEND;VALUE=DATE:20310706'),
      vevent('UID:oneday@test', 'DTSTART;VALUE=DATE:20310110'),
    );
    expect(iso(await busyTimesFromIcs(text, { ...window, zone: 'America/New_York' }))).toEqual([
      { uid: 'oneday@test', start: '2031-01-10T05:00:00.000Z', end: '2031-01-11T05:00:00.000Z' },
      { uid: 'holiday@test', start: '2031-07-04T04:00:00.000Z', end: '2031-07-06T04:00:00.000Z' },
    ]);
  });

  it('reads floating times in the business zone', async () => {
    const text = ics(vevent('UID:floating@test', 'DTSTART:20310801T090000', 'DTEND:20310801T100000'));
    expect(iso(await busyTimesFromIcs(text, window))).toEqual([{ uid: 'floating@test', start: '2031-08-01T08:00:00.000Z', end: '2031-08-01T09:00:00.000Z' }]);
  });

  it('skips cancelled and transparent (free) events, other components and events outside the window', async () => {
    const text = ics(
      vevent('UID:cancelled@test', 'DTSTART:20310115T100000Z', 'DTEND:20310115T110000Z', 'STATUS:CANCELLED'),
      vevent('UID:free@test', 'DTSTART:20310115T120000Z', 'DTEND:20310115T130000Z', 'TRANSP:TRANSPARENT'),
      vevent('UID:before@test', 'DTSTART:20301231T220000Z', 'DTEND:20301231T233000Z'),
      vevent('UID:after@test', 'DTSTART:20320101T000000Z', 'DTEND:20320101T010000Z'),
      vevent('UID:straddles@test', 'DTSTART:20301231T230000Z', 'DTEND:20310101T010000Z', 'TRANSP:OPAQUE'),
      vevent('UID:daily@test', 'DTSTART:20301230T080000Z', 'DTEND:20301230T090000Z', 'RRULE:FREQ=DAILY;COUNT=4'),
      ['BEGIN:VTODO', 'UID:todo@test', 'DTSTART:20310115T100000Z', 'DUE:20310115T110000Z', 'END:VTODO'].join('\r\n'),
    );
    expect(iso(await busyTimesFromIcs(text, window))).toEqual([
      { uid: 'straddles@test', start: '2030-12-31T23:00:00.000Z', end: '2031-01-01T01:00:00.000Z' },
      { uid: 'daily@test/2031-01-01T08:00:00Z', start: '2031-01-01T08:00:00.000Z', end: '2031-01-01T09:00:00.000Z' },
      { uid: 'daily@test/2031-01-02T08:00:00Z', start: '2031-01-02T08:00:00.000Z', end: '2031-01-02T09:00:00.000Z' },
    ]);
  });

  it('stops an endless series at the window end', async () => {
    const text = ics(vevent('UID:forever@test', 'DTSTART:20310101T120000Z', 'DTEND:20310101T130000Z', 'RRULE:FREQ=WEEKLY'));
    const intervals = await busyTimesFromIcs(text, window);
    expect(intervals).toHaveLength(53);
    expect(intervals.at(-1)!.startAt < window.to).toBe(true);
  });

  it('refuses feeds with too many events in the window', async () => {
    const text = ics(vevent('UID:often@test', 'DTSTART:20310101T000000Z', 'DTEND:20310101T000500Z', 'RRULE:FREQ=HOURLY'));
    await expect(busyTimesFromIcs(text, window)).rejects.toThrow(BusyTimesError);
    await expect(busyTimesFromIcs(text, window)).rejects.toThrow(`more than ${MAX_OCCURRENCES.toLocaleString('en-GB')} events`);
  });

  it('gives a clear error for garbage', async () => {
    await expect(busyTimesFromIcs('<html>Sign in</html>', window)).rejects.toThrow('This is not an iCalendar (.ics) file.');
    await expect(busyTimesFromIcs('BEGIN:VCALENDAR\r\ngarbage\r\nEND:VCALENDAR', window)).rejects.toThrow('could not be read');
    expect(await busyTimesFromIcs(ics(), window)).toEqual([]);
  });
});
