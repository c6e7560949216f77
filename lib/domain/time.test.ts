import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  calendarDaysBetween,
  daysBetweenDates,
  describeMinutes,
  eachLocalDate,
  isoWeekday,
  isValidTimeZone,
  localDateOf,
  localMinuteOfDay,
  localTimeExists,
  localTimeToInstant,
  monthBounds,
  parseClockTime,
  startOfLocalDay,
} from './time';

const iso = (d: Date) => d.toISOString();

describe('local dates of instants', () => {
  it('depends on the zone', () => {
    const instant = new Date('2025-03-09T03:30:00Z');
    expect(localDateOf(instant, 'America/New_York')).toBe('2025-03-08');
    expect(localDateOf(instant, 'Asia/Bangkok')).toBe('2025-03-09');
    expect(localMinuteOfDay(instant, 'Asia/Bangkok')).toBe(10 * 60 + 30);
  });

  it('finds the start of a local day, 23 or 25 hours long around DST', () => {
    expect(iso(startOfLocalDay('2025-03-30', 'Europe/London'))).toBe('2025-03-30T00:00:00.000Z');
    expect(iso(startOfLocalDay('2025-03-31', 'Europe/London'))).toBe('2025-03-30T23:00:00.000Z');
    expect(iso(startOfLocalDay('2025-07-01', 'Asia/Bangkok'))).toBe('2025-06-30T17:00:00.000Z');
    const sydneyEnd = startOfLocalDay('2025-04-07', 'Australia/Sydney').getTime() - startOfLocalDay('2025-04-06', 'Australia/Sydney').getTime();
    expect(sydneyEnd / 3_600_000).toBe(25);
  });
});

describe('wall-clock time to instant', () => {
  it('keeps 09:00 at 09:00 local on both sides of a change', () => {
    expect(iso(localTimeToInstant('2025-03-08', 540, 'America/New_York'))).toBe('2025-03-08T14:00:00.000Z');
    expect(iso(localTimeToInstant('2025-03-10', 540, 'America/New_York'))).toBe('2025-03-10T13:00:00.000Z');
    expect(iso(localTimeToInstant('2025-10-25', 540, 'Europe/London'))).toBe('2025-10-25T08:00:00.000Z');
    expect(iso(localTimeToInstant('2025-10-27', 540, 'Europe/London'))).toBe('2025-10-27T09:00:00.000Z');
  });

  it('shifts a time in the spring-forward gap forward by the gap (luxon)', () => {
    // New York 2025-03-09 02:00 → 03:00: 02:30 does not exist and becomes 03:30 EDT.
    expect(iso(localTimeToInstant('2025-03-09', 150, 'America/New_York'))).toBe('2025-03-09T07:30:00.000Z');
    expect(localTimeExists('2025-03-09', 150, 'America/New_York')).toBe(false);
    expect(localTimeExists('2025-03-09', 180, 'America/New_York')).toBe(true);
    // Sydney 2025-10-05 02:00 → 03:00.
    expect(iso(localTimeToInstant('2025-10-05', 150, 'Australia/Sydney'))).toBe('2025-10-04T16:30:00.000Z');
  });

  it('takes the first occurrence of an ambiguous fall-back time', () => {
    expect(iso(localTimeToInstant('2025-11-02', 90, 'America/New_York'))).toBe('2025-11-02T05:30:00.000Z'); // EDT
    expect(iso(localTimeToInstant('2025-10-26', 90, 'Europe/London'))).toBe('2025-10-26T00:30:00.000Z'); // BST
    expect(iso(localTimeToInstant('2025-04-06', 150, 'Australia/Sydney'))).toBe('2025-04-05T15:30:00.000Z'); // AEDT
  });

  it('treats minute 1440 as the next midnight', () => {
    expect(iso(localTimeToInstant('2025-03-08', 1440, 'America/New_York'))).toBe(iso(startOfLocalDay('2025-03-09', 'America/New_York')));
  });

  it('round-trips every existing wall-clock time', () => {
    const zones = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Bangkok'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.date({ min: new Date('2024-01-01'), max: new Date('2027-01-01'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 1439 }),
        (zone, day, minute) => {
          const date = day.toISOString().slice(0, 10);
          const instant = localTimeToInstant(date, minute, zone);
          if (localTimeExists(date, minute, zone)) {
            expect(localDateOf(instant, zone)).toBe(date);
            expect(localMinuteOfDay(instant, zone)).toBe(minute);
            // The first occurrence: an hour earlier is not the same wall-clock time.
            const earlier = new Date(instant.getTime() - 3_600_000);
            expect(localDateOf(earlier, zone) === date && localMinuteOfDay(earlier, zone) === minute).toBe(false);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('agreement with luxon DateTime (the reference)', () => {
  const zones = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Bangkok', 'Australia/Lord_Howe', 'Pacific/Apia'];
  const instant = fc.integer({ min: Date.UTC(2010, 0, 1), max: Date.UTC(2030, 0, 1) }).map((ms) => new Date(ms));

  it('reads local dates and times like luxon', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), instant, (zone, at) => {
        const dt = DateTime.fromJSDate(at, { zone });
        expect(localDateOf(at, zone)).toBe(dt.toISODate());
        expect(localMinuteOfDay(at, zone)).toBe(dt.hour * 60 + dt.minute);
        expect(isoWeekday(localDateOf(at, zone))).toBe(dt.weekday);
      }),
      { numRuns: 200 },
    );
  });

  it('resolves wall-clock times to luxon’s earliest possible instant', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), instant, fc.integer({ min: 0, max: 1439 }), (zone, day, minute) => {
        const date = DateTime.fromJSDate(day, { zone }).toISODate()!;
        const dt = DateTime.fromISO(date, { zone }).set({ hour: Math.floor(minute / 60), minute: minute % 60 });
        const earliest = Math.min(...dt.getPossibleOffsets().map((c) => c.toMillis()));
        expect(localTimeToInstant(date, minute, zone).getTime()).toBe(earliest);
      }),
      { numRuns: 200 },
    );
  });

  it('resolves the hours around real transitions like luxon', () => {
    for (const [zone, date] of [
      ['America/New_York', '2025-03-09'],
      ['America/New_York', '2025-11-02'],
      ['Europe/London', '2025-03-30'],
      ['Europe/London', '2025-10-26'],
      ['Australia/Sydney', '2025-04-06'],
      ['Australia/Sydney', '2025-10-05'],
      ['Australia/Lord_Howe', '2025-04-06'],
      ['Australia/Lord_Howe', '2025-10-05'],
    ] as const) {
      for (let minute = 0; minute < 240; minute += 5) {
        const dt = DateTime.fromISO(date, { zone }).set({ hour: Math.floor(minute / 60), minute: minute % 60 });
        const earliest = Math.min(...dt.getPossibleOffsets().map((c) => c.toMillis()));
        expect(localTimeToInstant(date, minute, zone).getTime(), `${zone} ${date} ${minute}`).toBe(earliest);
      }
    }
  });

  it('handles a skipped calendar day (Samoa, 2011-12-30)', () => {
    expect(localDateOf(localTimeToInstant('2011-12-29', 23 * 60 + 59, 'Pacific/Apia'), 'Pacific/Apia')).toBe('2011-12-29');
    expect(localTimeExists('2011-12-30', 600, 'Pacific/Apia')).toBe(false);
    expect(localDateOf(new Date(localTimeToInstant('2011-12-29', 23 * 60 + 59, 'Pacific/Apia').getTime() + 60_000), 'Pacific/Apia')).toBe('2011-12-31');
  });
});

describe('calendar arithmetic', () => {
  it('numbers weekdays ISO-style', () => {
    expect(isoWeekday('2025-03-10')).toBe(1);
    expect(isoWeekday('2025-03-09')).toBe(7);
  });

  it('iterates dates inclusively, across DST and month ends', () => {
    expect(eachLocalDate('2025-03-29', '2025-04-01')).toEqual(['2025-03-29', '2025-03-30', '2025-03-31', '2025-04-01']);
    expect(eachLocalDate('2025-04-02', '2025-04-01')).toEqual([]);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysBetweenDates('2025-01-01', '2025-12-31')).toBe(364);
  });

  it('counts calendar days between instants in the zone', () => {
    const ny = (s: string) => DateTime.fromISO(s, { zone: 'America/New_York' }).toJSDate();
    expect(calendarDaysBetween(ny('2025-03-08T23:00'), ny('2025-03-09T01:00'), 'America/New_York')).toBe(1);
    expect(calendarDaysBetween(ny('2025-03-08T10:00'), ny('2025-03-10T09:00'), 'America/New_York')).toBe(2);
    expect(calendarDaysBetween(ny('2025-03-08T10:00'), ny('2025-03-08T23:59'), 'America/New_York')).toBe(0);
  });

  it('parses clock times and months', () => {
    expect(parseClockTime('09:30')).toBe(570);
    expect(parseClockTime('24:00')).toBe(1440);
    expect(() => parseClockTime('9:30')).toThrow(RangeError);
    expect(() => parseClockTime('24:30')).toThrow(RangeError);
    expect(monthBounds('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
  });

  it('refuses impossible or malformed local dates instead of rolling them over', () => {
    for (const bad of ['2025-02-30', '2025-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '2025-1-01', '2025-01-1', ' 2025-01-01', '2025-01-01T00:00', 'x2025-01-01']) {
      expect(() => addDays(bad, 0), bad).toThrow(RangeError);
      expect(() => localTimeToInstant(bad, 600, 'Europe/London'), bad).toThrow(/Invalid local date/);
    }
    expect(addDays('2024-02-29', 0)).toBe('2024-02-29'); // a leap day exists
    expect(() => eachLocalDate('2025-02-28', '2025-02-30')).toThrow(RangeError);
  });

  it('refuses minutes that are not on a clock, and unknown zones', () => {
    for (const bad of [-1, 1441, 90.5, Number.NaN]) {
      expect(() => localTimeToInstant('2025-06-02', bad, 'Europe/London'), String(bad)).toThrow(/minuteOfDay must be an integer in 0\.\.1440/);
      expect(() => localTimeExists('2025-06-02', bad, 'Europe/London'), String(bad)).toThrow(RangeError);
    }
    expect(localTimeExists('2025-06-02', 0, 'Europe/London')).toBe(true);
    expect(localTimeExists('2025-06-02', 1440, 'Europe/London')).toBe(true);
    expect(() => localDateOf(new Date(), 'Mars/Olympus_Mons')).toThrow(/Unknown time zone "Mars\/Olympus_Mons"/);
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });

  it('refuses clock times and months that are not HH:MM or YYYY-MM', () => {
    expect(parseClockTime('00:00')).toBe(0);
    expect(parseClockTime('23:59')).toBe(1439);
    for (const bad of ['09:60', '9:30', '09:30:00', 'x09:30', '09:30x', '24:01', '25:00', '']) {
      expect(() => parseClockTime(bad), bad).toThrow(/Invalid clock time/);
    }
    expect(monthBounds('2025-02')).toEqual({ first: '2025-02-01', last: '2025-02-28' });
    expect(monthBounds('2025-12')).toEqual({ first: '2025-12-01', last: '2025-12-31' });
    for (const bad of ['2025-13', '2025-00', '2025-1', 'x2025-01', '2025-01x', '2025-01-01']) {
      expect(() => monthBounds(bad), bad).toThrow(RangeError);
    }
    expect(() => monthBounds('2025-1')).toThrow(/Invalid month "2025-1"/);
  });

  it('describes durations', () => {
    expect(describeMinutes(1)).toBe('1 minute');
    expect(describeMinutes(61)).toBe('1 hour 1 minute');
    expect(describeMinutes(1440 + 120 + 5)).toBe('1 day 2 hours 5 minutes');
    expect(describeMinutes(90)).toBe('1 hour 30 minutes');
    expect(describeMinutes(2880)).toBe('2 days');
    expect(describeMinutes(0)).toBe('0 minutes');
  });
});
