import { describe, expect, it } from 'vitest';
import { BERLIN_VTIMEZONE, ics, outlookVtimezone, spans, vevent } from '@/tests/calendars/ics-feeds';
import { readBusyTimes } from './busy-times';

// Each feed is read by a business in another zone than the feed's, so a time read in the wrong
// zone shows. Expected instants are worked out by hand from the zones' offsets on those dates.
const window = { from: new Date('2031-01-01T00:00:00Z'), to: new Date('2032-01-01T00:00:00Z') };
const london = { ...window, zone: 'Europe/London' };
const busy = async (text: string, options = london) => spans((await readBusyTimes(text, options)).intervals);

const US_RULES = { standard: 'FREQ=YEARLY;BYDAY=1SU;BYMONTH=11', daylight: 'FREQ=YEARLY;BYDAY=2SU;BYMONTH=3' };

describe('time zones of a feed (issue 16)', () => {
  it('1. reads a TZID in its zone when the feed carries the VTIMEZONE, as Google, Outlook, Apple and Thunderbird do', async () => {
    const text = ics(BERLIN_VTIMEZONE, vevent('UID:berlin@test', 'DTSTART;TZID=Europe/Berlin:20310115T100000', 'DTEND;TZID=Europe/Berlin:20310115T110000'));
    // 10:00 CET = 09:00 UTC, whatever the business's zone.
    expect(await busy(text)).toEqual(['2031-01-15T09:00:00.000Z/2031-01-15T10:00:00.000Z']);
    expect(await busy(text, { ...window, zone: 'America/New_York' })).toEqual(['2031-01-15T09:00:00.000Z/2031-01-15T10:00:00.000Z']);
  });

  it('1. reads a non-IANA TZID through the feed’s VTIMEZONE for a business in another zone', async () => {
    const text = ics(
      outlookVtimezone('GMT Standard Time', '+0000', '+0100', { standard: 'FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10', daylight: 'FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3' }),
      vevent('UID:outlook@test', 'DTSTART;TZID=GMT Standard Time:20310605T140000', 'DTEND;TZID=GMT Standard Time:20310605T150000'),
    );
    expect(await busy(text, { ...window, zone: 'America/New_York' })).toEqual(['2031-06-05T13:00:00.000Z/2031-06-05T14:00:00.000Z']);
  });

  it('5. maps Windows zone names without a matching VTIMEZONE to IANA zones (CLDR), IDs and display names', async () => {
    const text = ics(
      // Outlook named its VTIMEZONE differently from the TZID the event uses.
      outlookVtimezone('(UTC-08:00) Pacific Time (US & Canada)', '-0800', '-0700', US_RULES),
      vevent('UID:w-europe@test', 'DTSTART;TZID=W. Europe Standard Time:20310707T100000', 'DTEND;TZID=W. Europe Standard Time:20310707T110000'),
      vevent('UID:eastern@test', 'DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20310115T090000', 'DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20310115T093000'),
      vevent('UID:pacific@test', 'DTSTART;TZID=Pacific Standard Time:20310707T080000', 'DTEND;TZID=Pacific Standard Time:20310707T090000'),
    );
    expect(await busy(text, { ...window, zone: 'Asia/Tokyo' })).toEqual([
      '2031-01-15T14:00:00.000Z/2031-01-15T14:30:00.000Z', // 09:00 EST = 14:00 UTC
      '2031-07-07T08:00:00.000Z/2031-07-07T09:00:00.000Z', // 10:00 CEST = 08:00 UTC
      '2031-07-07T15:00:00.000Z/2031-07-07T16:00:00.000Z', // 08:00 PDT = 15:00 UTC
    ]);
  });

  it('6. UNTIL in UTC keeps the last occurrence of a TZID series without VTIMEZONE east of UTC', async () => {
    // 10:00 in Berlin on 20 January is 09:00 UTC: UNTIL names exactly the last occurrence.
    const text = ics(vevent('UID:until@test', 'DTSTART;TZID=Europe/Berlin:20310106T100000', 'DTEND;TZID=Europe/Berlin:20310106T110000', 'RRULE:FREQ=WEEKLY;UNTIL=20310120T090000Z'));
    expect(await busy(text)).toEqual([
      '2031-01-06T09:00:00.000Z/2031-01-06T10:00:00.000Z',
      '2031-01-13T09:00:00.000Z/2031-01-13T10:00:00.000Z',
      '2031-01-20T09:00:00.000Z/2031-01-20T10:00:00.000Z',
    ]);
  });

  it('6. EXDATE and RECURRENCE-ID in UTC apply to a TZID series whose VTIMEZONE is missing', async () => {
    const text = ics(
      vevent('UID:weekly@test', 'DTSTART;TZID=Europe/Berlin:20310106T100000', 'DTEND;TZID=Europe/Berlin:20310106T110000', 'RRULE:FREQ=WEEKLY;COUNT=4', 'EXDATE:20310113T090000Z'),
      vevent('UID:weekly@test', 'RECURRENCE-ID:20310120T090000Z', 'DTSTART:20310120T150000Z', 'DTEND:20310120T160000Z'),
    );
    expect(await busy(text)).toEqual([
      '2031-01-06T09:00:00.000Z/2031-01-06T10:00:00.000Z',
      '2031-01-20T15:00:00.000Z/2031-01-20T16:00:00.000Z', // moved, and only there
      '2031-01-27T09:00:00.000Z/2031-01-27T10:00:00.000Z',
    ]);
  });

  it('7. reads floating times in the feed’s X-WR-TIMEZONE, as Google and Apple do', async () => {
    const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Apple Inc.//macOS 14.0//EN', 'X-WR-TIMEZONE:America/New_York', vevent('UID:floating@test', 'DTSTART:20310115T090000', 'DTEND:20310115T100000'), 'END:VCALENDAR'].join('\r\n');
    expect(await busy(text)).toEqual(['2031-01-15T14:00:00.000Z/2031-01-15T15:00:00.000Z']);
  });

  it('reads old Mozilla-style TZIDs with an Olson name inside and tells which TZIDs were unknown', async () => {
    const text = ics(
      vevent('UID:moz@test', 'DTSTART;TZID=/mozilla.org/20050126_1/Europe/Berlin:20310115T100000', 'DTEND;TZID=/mozilla.org/20050126_1/Europe/Berlin:20310115T110000'),
      vevent('UID:odd@test', 'DTSTART;TZID=Somewhere Odd:20310116T100000', 'DTEND;TZID=Somewhere Odd:20310116T110000'),
    );
    const result = await readBusyTimes(text, london);
    expect(spans(result.intervals)).toEqual(['2031-01-15T09:00:00.000Z/2031-01-15T10:00:00.000Z', '2031-01-16T10:00:00.000Z/2031-01-16T11:00:00.000Z']);
    expect(result.unknownZones).toEqual(['Somewhere Odd']);
  });
});
