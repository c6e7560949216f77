import { describe, expect, it } from 'vitest';
import { BERLIN_VTIMEZONE, ics, spans, vevent } from '@/tests/calendars/ics-feeds';
import { readBusyTimes } from './busy-times';

const london = { from: new Date('2031-01-01T00:00:00Z'), to: new Date('2032-01-01T00:00:00Z'), zone: 'Europe/London' };
const busy = async (text: string) => spans((await readBusyTimes(text, london)).intervals);

describe('repeating events and their exceptions', () => {
  it('2. an override changes only its own series: a cancelled gym session leaves the stand-up at the same time alone', async () => {
    const text = ics(
      vevent('UID:gym@test', 'DTSTART:20310106T090000Z', 'DTEND:20310106T100000Z', 'RRULE:FREQ=DAILY;COUNT=3'),
      vevent('UID:standup@test', 'DTSTART:20310106T090000Z', 'DTEND:20310106T091500Z', 'RRULE:FREQ=DAILY;COUNT=3'),
      vevent('UID:gym@test', 'RECURRENCE-ID:20310107T090000Z', 'DTSTART:20310107T090000Z', 'DTEND:20310107T100000Z', 'STATUS:CANCELLED'),
      vevent('UID:gym@test', 'RECURRENCE-ID:20310108T090000Z', 'DTSTART:20310108T180000Z', 'DTEND:20310108T190000Z'),
    );
    expect(await busy(text)).toEqual([
      '2031-01-06T09:00:00.000Z/2031-01-06T10:00:00.000Z',
      '2031-01-06T09:00:00.000Z/2031-01-06T09:15:00.000Z',
      '2031-01-07T09:00:00.000Z/2031-01-07T09:15:00.000Z', // the stand-up still happens
      '2031-01-08T09:00:00.000Z/2031-01-08T09:15:00.000Z', // and is not moved with the gym
      '2031-01-08T18:00:00.000Z/2031-01-08T19:00:00.000Z',
    ]);
  });

  it('RANGE=THISANDFUTURE moves this and every later occurrence', async () => {
    const text = ics(
      BERLIN_VTIMEZONE,
      vevent('UID:course@test', 'DTSTART;TZID=Europe/Berlin:20310303T100000', 'DTEND;TZID=Europe/Berlin:20310303T110000', 'RRULE:FREQ=WEEKLY;COUNT=5'),
      // From 17 March on, the course is at 14:00 and lasts 90 minutes (across the DST change on 30 March).
      vevent('UID:course@test', 'RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Berlin:20310317T100000', 'DTSTART;TZID=Europe/Berlin:20310317T140000', 'DTEND;TZID=Europe/Berlin:20310317T153000'),
    );
    expect(await busy(text)).toEqual([
      '2031-03-03T09:00:00.000Z/2031-03-03T10:00:00.000Z',
      '2031-03-10T09:00:00.000Z/2031-03-10T10:00:00.000Z',
      '2031-03-17T13:00:00.000Z/2031-03-17T14:30:00.000Z',
      '2031-03-24T13:00:00.000Z/2031-03-24T14:30:00.000Z',
      '2031-03-31T12:00:00.000Z/2031-03-31T13:30:00.000Z',
    ]);
  });

  it('an EXDATE that names no occurrence does not keep the next EXDATE from applying', async () => {
    const text = ics(
      vevent('UID:daily@test', 'DTSTART:20310106T090000Z', 'DTEND:20310106T100000Z', 'RRULE:FREQ=DAILY;COUNT=3', 'EXDATE:20310106T093000Z,20310107T090000Z'),
    );
    expect(await busy(text)).toEqual(['2031-01-06T09:00:00.000Z/2031-01-06T10:00:00.000Z', '2031-01-08T09:00:00.000Z/2031-01-08T10:00:00.000Z']);
  });

  it('counts DTSTART as an occurrence even when the rule would not produce it, and adds RDATEs', async () => {
    const text = ics(
      // 6 January 2031 is a Monday; the rule says Wednesdays. Like dateutil and ical.js, COUNT then
      // counts the rule's own dates (8 and 15 January); blocking the extra day is the safe side.
      vevent('UID:wed@test', 'DTSTART:20310106T090000Z', 'DTEND:20310106T100000Z', 'RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=2', 'RDATE:20310110T120000Z'),
    );
    expect(await busy(text)).toEqual([
      '2031-01-06T09:00:00.000Z/2031-01-06T10:00:00.000Z',
      '2031-01-08T09:00:00.000Z/2031-01-08T10:00:00.000Z',
      '2031-01-10T12:00:00.000Z/2031-01-10T13:00:00.000Z',
      '2031-01-15T09:00:00.000Z/2031-01-15T10:00:00.000Z',
    ]);
  });

  it('repeats all-day events by whole days and keeps a DST-spanning meeting at its wall-clock time', async () => {
    const text = ics(
      BERLIN_VTIMEZONE,
      vevent('UID:weekend@test', 'DTSTART;VALUE=DATE:20310322', 'DTEND;VALUE=DATE:20310324', 'RRULE:FREQ=WEEKLY;COUNT=2'),
      vevent('UID:daily@test', 'DTSTART;TZID=Europe/Berlin:20310329T090000', 'DURATION:PT30M', 'RRULE:FREQ=DAILY;COUNT=2'),
    );
    expect(await busy(text)).toEqual([
      '2031-03-22T00:00:00.000Z/2031-03-24T00:00:00.000Z',
      '2031-03-29T00:00:00.000Z/2031-03-30T23:00:00.000Z', // London's clocks go forward on 30 March: 31 March starts at 00:00 BST
      '2031-03-29T08:00:00.000Z/2031-03-29T08:30:00.000Z',
      '2031-03-30T07:00:00.000Z/2031-03-30T07:30:00.000Z',
    ]);
  });
});
