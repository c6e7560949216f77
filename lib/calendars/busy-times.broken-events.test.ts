import { describe, expect, it } from 'vitest';
import { ics, iso, spans, vevent } from '@/tests/calendars/ics-feeds';
import { readBusyTimes } from './busy-times';

const london = { from: new Date('2031-01-01T00:00:00Z'), to: new Date('2032-01-01T00:00:00Z'), zone: 'Europe/London' };

describe('events that exporters write badly', () => {
  it('3. imports events without UID (older Exchange/OWA and Mozilla exports) under a stable substitute id', async () => {
    const text = ics(
      vevent('DTSTAMP:20310101T000000Z', 'DTSTART:20310115T100000Z', 'DTEND:20310115T110000Z', 'SUMMARY:Dentist'),
      vevent('DTSTAMP:20310101T000000Z', 'DTSTART:20310116T100000Z', 'DTEND:20310116T110000Z', 'SUMMARY:Dentist', 'RRULE:FREQ=DAILY;COUNT=2'),
    );
    const first = await readBusyTimes(text, london);
    expect(spans(first.intervals)).toEqual([
      '2031-01-15T10:00:00.000Z/2031-01-15T11:00:00.000Z',
      '2031-01-16T10:00:00.000Z/2031-01-16T11:00:00.000Z',
      '2031-01-17T10:00:00.000Z/2031-01-17T11:00:00.000Z',
    ]);
    const uids = first.intervals.map((i) => i.uid);
    expect(new Set(uids.map((u) => u.split('/')[0])).size).toBe(2);
    expect(uids.every((u) => u.startsWith('no-uid-'))).toBe(true);
    // Exchange stamps every export anew: the id must not change with DTSTAMP.
    const again = await readBusyTimes(text.replaceAll('DTSTAMP:20310101T000000Z', 'DTSTAMP:20310102T080000Z'), london);
    expect(again.intervals.map((i) => i.uid)).toEqual(uids);
  });

  it('4. skips only the broken event, imports the rest and says which event was skipped and why', async () => {
    const text = ics(
      vevent('UID:good@test', 'DTSTART:20310115T100000Z', 'DTEND:20310115T110000Z'),
      vevent('UID:exchange@test', 'DTSTART;TZID="W. Europe Standard Time:20310116T090000', 'DTEND;TZID="W. Europe Standard Time":20310116T100000'),
      vevent('UID:nostart@test', 'SUMMARY:Lunch', 'DTEND:20310117T130000Z'),
      vevent('UID:badrule@test', 'DTSTART:20310118T100000Z', 'DTEND:20310118T110000Z', 'RRULE:COUNT=3'),
      vevent('UID:good2@test', 'DTSTART:20310119T100000Z', 'DTEND:20310119T110000Z'),
    );
    const result = await readBusyTimes(text, london);
    expect(iso(result.intervals)).toEqual([
      { uid: 'good@test', start: '2031-01-15T10:00:00.000Z', end: '2031-01-15T11:00:00.000Z' },
      { uid: 'good2@test', start: '2031-01-19T10:00:00.000Z', end: '2031-01-19T11:00:00.000Z' },
    ]);
    expect(result.skipped).toEqual([
      { line: 9, date: '2031-01-16', reason: 'one of its lines has a quote (") that is never closed, often in a time zone name (TZID)' },
      { line: 14, reason: 'it has no start time (DTSTART)' },
      { line: 19, date: '2031-01-18', reason: 'its repeat rule (RRULE) has no frequency (FREQ)' },
    ]);
  });

  it('4. reads an all-day date written without VALUE=DATE (Apple) as that day instead of failing the feed', async () => {
    const text = ics(
      vevent('UID:apple@test', 'DTSTART:20310120', 'DTEND:20310121'),
      vevent('UID:good@test', 'DTSTART:20310122T100000Z', 'DTEND:20310122T110000Z'),
    );
    const result = await readBusyTimes(text, london);
    expect(spans(result.intervals)).toEqual(['2031-01-20T00:00:00.000Z/2031-01-21T00:00:00.000Z', '2031-01-22T10:00:00.000Z/2031-01-22T11:00:00.000Z']);
    expect(result.skipped).toEqual([]);
  });

  it('skips an event cut off by a missing END:VEVENT and keeps the events after it', async () => {
    const text = ics(
      ['BEGIN:VEVENT', 'UID:cut@test', 'DTSTART:20310115T100000Z', 'DTEND:20310115T110000Z'].join('\r\n'),
      vevent('UID:next@test', 'DTSTART:20310116T100000Z', 'DTEND:20310116T110000Z'),
    );
    const result = await readBusyTimes(text, london);
    expect(spans(result.intervals)).toEqual(['2031-01-16T10:00:00.000Z/2031-01-16T11:00:00.000Z']);
    expect(result.skipped).toEqual([{ line: 4, date: '2031-01-15', reason: 'it is cut off (it has no END:VEVENT)' }]);
  });

  it('gives an override that ends before it starts the series’ length, and skips a lone event that does', async () => {
    const text = ics(
      vevent('UID:hunt@test', 'DTSTART;TZID=America/Los_Angeles:20310707T120000', 'DTEND;TZID=America/Los_Angeles:20310707T130000', 'RRULE:FREQ=DAILY;COUNT=2'),
      vevent('UID:hunt@test', 'RECURRENCE-ID;TZID=America/Los_Angeles:20310708T120000', 'DTSTART;TZID=America/Los_Angeles:20310709T150000', 'DTEND;TZID=America/Los_Angeles:20310708T160000'),
      vevent('UID:backwards@test', 'DTSTART:20310710T100000Z', 'DTEND:20310710T090000Z'),
      vevent('UID:allday@test', 'DTSTART;TZID=Mars/Olympus_Mons;VALUE=DATE:20310711'),
    );
    const result = await readBusyTimes(text, london);
    expect(spans(result.intervals)).toEqual([
      '2031-07-07T19:00:00.000Z/2031-07-07T20:00:00.000Z',
      '2031-07-09T22:00:00.000Z/2031-07-09T23:00:00.000Z', // 15:00 PDT, for the series' hour
      '2031-07-10T23:00:00.000Z/2031-07-11T23:00:00.000Z', // a date is a day in London, whatever its TZID
    ]);
    expect(result.skipped).toEqual([{ line: 16, date: '2031-07-10', reason: 'it ends before it starts' }]);
    expect(result.unknownZones).toEqual([]);
  });
});
