import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { billableDays, billableHours, billableMonths, billableNights, billablePeriods, billableWeeks } from './billable-periods';
import { calendarDaysBetween } from './time';

const at = (local: string, zone: string) => DateTime.fromISO(local, { zone }).toJSDate();

describe('HOUR: ceil of real elapsed minutes / 60', () => {
  it('rounds any part of an hour up, at least 1', () => {
    const z = 'Asia/Bangkok';
    expect(billableHours(at('2025-06-01T10:00', z), at('2025-06-01T12:00', z))).toBe(2);
    expect(billableHours(at('2025-06-01T10:00', z), at('2025-06-01T12:01', z))).toBe(3);
    expect(billableHours(at('2025-06-01T10:00', z), at('2025-06-01T10:15', z))).toBe(1);
  });

  it('bills real hours across the spring-forward night, not wall-clock hours', () => {
    // 00:00 → 06:00 local is 5 real hours on these nights.
    expect(billableHours(at('2025-03-09T00:00', 'America/New_York'), at('2025-03-09T06:00', 'America/New_York'))).toBe(5);
    expect(billableHours(at('2025-03-30T00:00', 'Europe/London'), at('2025-03-30T06:00', 'Europe/London'))).toBe(5);
    expect(billableHours(at('2025-10-05T00:00', 'Australia/Sydney'), at('2025-10-05T06:00', 'Australia/Sydney'))).toBe(5);
    // ... and 7 on the fall-back night.
    expect(billableHours(at('2025-11-02T00:00', 'America/New_York'), at('2025-11-02T06:00', 'America/New_York'))).toBe(7);
    expect(billableHours(at('2025-03-09T00:00', 'Asia/Bangkok'), at('2025-03-09T06:00', 'Asia/Bangkok'))).toBe(6);
  });
});

describe('DAY: local-day periods from the pickup time, any part counts', () => {
  const z = 'Europe/London';
  it('counts whole and partial days', () => {
    expect(billableDays(at('2025-06-02T10:00', z), at('2025-06-03T10:00', z), z)).toBe(1);
    expect(billableDays(at('2025-06-02T10:00', z), at('2025-06-03T10:01', z), z)).toBe(2);
    expect(billableDays(at('2025-06-02T10:00', z), at('2025-06-02T12:00', z), z)).toBe(1);
    expect(billableDays(at('2025-06-02T23:00', z), at('2025-06-03T01:00', z), z)).toBe(1);
    expect(billableDays(at('2025-06-02T10:00', z), at('2025-06-04T09:00', z), z)).toBe(2);
  });

  it('counts B − A for midnight-to-midnight rentals', () => {
    expect(billableDays(at('2025-06-02T00:00', z), at('2025-06-05T00:00', z), z)).toBe(3);
    expect(billableDays(at('2025-06-02T10:00', z), at('2025-06-05T00:00', z), z)).toBe(3);
  });

  it('counts calendar days across DST, not 24-hour blocks', () => {
    for (const [zone, sat, mon] of [
      ['Europe/London', '2025-03-29', '2025-03-31'],
      ['Europe/London', '2025-10-25', '2025-10-27'],
      ['America/New_York', '2025-03-08', '2025-03-10'],
      ['America/New_York', '2025-11-01', '2025-11-03'],
      ['Australia/Sydney', '2025-04-05', '2025-04-07'],
      ['Australia/Sydney', '2025-10-04', '2025-10-06'],
      ['Asia/Bangkok', '2025-03-29', '2025-03-31'],
    ] as const) {
      // 47 or 49 real hours around a change, still exactly two days.
      expect(billableDays(at(`${sat}T10:00`, zone), at(`${mon}T10:00`, zone), zone), `${zone} ${sat}`).toBe(2);
      expect(billableDays(at(`${sat}T00:00`, zone), at(`${mon}T00:00`, zone), zone), `${zone} ${sat}`).toBe(2);
      expect(billableDays(at(`${sat}T10:00`, zone), at(`${mon}T10:01`, zone), zone), `${zone} ${sat}`).toBe(3);
    }
  });

  it('is between the calendar-date difference and one more', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Bangkok'),
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 0, 1) }),
        fc.integer({ min: 1, max: 40 * 24 * 60 }),
        (zone, start, minutes) => {
          const startAt = new Date(start);
          const endAt = new Date(start + minutes * 60_000);
          const days = billableDays(startAt, endAt, zone);
          const dateDiff = calendarDaysBetween(startAt, endAt, zone);
          expect(days).toBeGreaterThanOrEqual(Math.max(1, dateDiff));
          expect(days).toBeLessThanOrEqual(dateDiff + 1);
          expect(days).toBeGreaterThanOrEqual(Math.ceil(minutes / (25 * 60)));
          expect(days).toBeLessThanOrEqual(Math.ceil(minutes / (23 * 60)) + 1);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('NIGHT', () => {
  const z = 'America/New_York';
  it('counts local midnights for nights', () => {
    expect(billableNights(at('2025-06-02T15:00', z), at('2025-06-04T11:00', z), z)).toBe(2);
    expect(billableNights(at('2025-06-02T00:00', z), at('2025-06-04T00:00', z), z)).toBe(2);
    expect(billableNights(at('2025-06-02T10:00', z), at('2025-06-02T18:00', z), z)).toBe(1);
    expect(billableNights(at('2025-03-08T15:00', z), at('2025-03-10T11:00', z), z)).toBe(2);
  });
});

// Reference for WEEK and MONTH, written without the code under test: the wall-clock time of the
// pickup moved by whole calendar days or months (the day clamped to the end of a shorter month)
// with plain UTC date arithmetic, then read in the zone by luxon, taking the earliest instant of
// an ambiguous time (a time in a spring-forward gap moves forward by the gap).
function shiftedWallClock(startAt: Date, zone: string, shift: { days?: number; months?: number }): number {
  const s = DateTime.fromJSDate(startAt, { zone });
  const monthIndex = s.year * 12 + (s.month - 1) + (shift.months ?? 0);
  const [year, month] = [Math.floor(monthIndex / 12), (monthIndex % 12) + 1];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const date = new Date(Date.UTC(year, month - 1, Math.min(s.day, lastDay) + (shift.days ?? 0)));
  const local = DateTime.fromObject(
    { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: s.hour, minute: s.minute, second: s.second, millisecond: s.millisecond },
    { zone },
  );
  return Math.min(...local.getPossibleOffsets().map((d) => d.toMillis()));
}

/** The fewest whole periods (at least 1) whose end is not before the return. */
function periodsCovering(endAt: Date, periodEnd: (k: number) => number): number {
  let k = 1;
  while (periodEnd(k) < endAt.getTime()) k++;
  return k;
}

const dstZones = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Bangkok', 'Australia/Lord_Howe'] as const;

describe('WEEK: 7 local days from the pickup time, any part counts', () => {
  const z = 'America/New_York';
  it('rounds weeks up', () => {
    expect(billableWeeks(at('2025-06-01T10:00', z), at('2025-06-08T10:00', z), z)).toBe(1);
    expect(billableWeeks(at('2025-06-01T10:00', z), at('2025-06-08T10:01', z), z)).toBe(2);
    expect(billableWeeks(at('2025-06-01T10:00', z), at('2025-06-01T11:00', z), z)).toBe(1);
    expect(billableWeeks(at('2025-06-01T10:00', z), at('2025-06-15T10:00', z), z)).toBe(2);
  });

  it('counts a week across DST as 7 local days (167 or 169 hours)', () => {
    expect(billableWeeks(at('2025-03-05T10:00', z), at('2025-03-12T10:00', z), z)).toBe(1);
    expect(billableWeeks(at('2025-10-29T10:00', z), at('2025-11-05T10:00', z), z)).toBe(1);
    expect(billableWeeks(at('2025-03-05T10:00', z), at('2025-03-12T10:01', z), z)).toBe(2);
  });

  it('matches shifting the wall-clock pickup time by whole weeks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...dstZones),
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 0, 1) }),
        fc.integer({ min: 1, max: 90 * 24 * 60 }),
        (zone, start, minutes) => {
          const startAt = new Date(start);
          const endAt = new Date(start + minutes * 60_000);
          const expected = periodsCovering(endAt, (k) => shiftedWallClock(startAt, zone, { days: 7 * k }));
          expect(billableWeeks(startAt, endAt, zone)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('MONTH: calendar months in the listing zone, any part counts', () => {
  const z = 'Europe/London';
  it('bills 4 January to 4 February as one month, a minute more as two', () => {
    expect(billableMonths(at('2027-01-04T00:00', z), at('2027-02-04T00:00', z), z)).toBe(1);
    expect(billableMonths(at('2027-01-04T10:00', z), at('2027-02-04T10:00', z), z)).toBe(1);
    expect(billableMonths(at('2027-01-04T10:00', z), at('2027-02-04T10:01', z), z)).toBe(2);
    expect(billableMonths(at('2027-01-04T10:00', z), at('2027-01-05T10:00', z), z)).toBe(1);
  });

  it('bills a month whatever its length: 28, 29, 30 or 31 days', () => {
    expect(billableMonths(at('2025-07-01T00:00', z), at('2025-08-01T00:00', z), z)).toBe(1); // 31 days
    expect(billableMonths(at('2025-02-01T00:00', z), at('2025-03-01T00:00', z), z)).toBe(1); // 28 days
    expect(billableMonths(at('2028-02-01T00:00', z), at('2028-03-01T00:00', z), z)).toBe(1); // 29 days
    expect(billableMonths(at('2025-02-01T00:00', z), at('2025-03-02T00:00', z), z)).toBe(2); // 29 days, but past 1 March
    expect(billableMonths(at('2025-01-15T09:00', z), at('2026-01-15T09:00', z), z)).toBe(12);
    expect(billableMonths(at('2025-01-15T09:00', z), at('2026-01-15T09:30', z), z)).toBe(13);
  });

  it('ends a month from the 29th–31st on the last day of a shorter month', () => {
    expect(billableMonths(at('2027-01-31T10:00', z), at('2027-02-28T10:00', z), z)).toBe(1);
    expect(billableMonths(at('2027-01-31T10:00', z), at('2027-03-01T10:00', z), z)).toBe(2);
    expect(billableMonths(at('2028-01-31T10:00', z), at('2028-02-29T10:00', z), z)).toBe(1); // leap year
    expect(billableMonths(at('2028-01-31T10:00', z), at('2028-03-01T10:00', z), z)).toBe(2);
    expect(billableMonths(at('2027-01-30T10:00', z), at('2027-02-28T10:00', z), z)).toBe(1);
    // Each month is counted from the pickup date, not from the previous clamped end.
    expect(billableMonths(at('2027-01-31T10:00', z), at('2027-03-31T10:00', z), z)).toBe(2);
    expect(billableMonths(at('2027-03-31T10:00', z), at('2027-04-30T10:00', z), z)).toBe(1);
  });

  it('keeps the pickup’s wall-clock time across DST', () => {
    // 10:00 GMT in March to 10:00 BST in April is one hour short of a month of real time.
    expect(billableMonths(at('2025-03-15T10:00', z), at('2025-04-15T10:00', z), z)).toBe(1);
    expect(billableMonths(at('2025-10-15T10:00', z), at('2025-11-15T10:00', z), z)).toBe(1);
    expect(billableMonths(at('2025-10-15T10:00', z), at('2025-11-15T10:01', z), z)).toBe(2);
    const ny = 'America/New_York';
    expect(billableMonths(at('2025-02-09T02:30', ny), at('2025-03-09T03:30', ny), ny)).toBe(1); // 02:30 is skipped that night
  });

  it('matches shifting the wall-clock pickup time by whole calendar months', () => {
    // Pickups near month ends, over leap and common years, in zones with and without DST.
    const pickup = fc
      .record({
        year: fc.integer({ min: 2023, max: 2029 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.oneof(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 27, max: 31 })),
        minute: fc.oneof(fc.integer({ min: 0, max: 1439 }), fc.constant(0)),
      })
      .map(({ year, month, day, minute }) => ({ year, month, day: Math.min(day, new Date(Date.UTC(year, month, 0)).getUTCDate()), minute }));
    const stay = fc.oneof(
      fc.integer({ min: 1, max: 400 * 24 * 60 }),
      fc.integer({ min: 1, max: 24 }).chain((m) => fc.integer({ min: m * 28 * 24 * 60 - 2 * 24 * 60, max: m * 31 * 24 * 60 + 2 * 24 * 60 })),
    );
    fc.assert(
      fc.property(fc.constantFrom(...dstZones), pickup, stay, (zone, p, minutes) => {
        const startAt = DateTime.fromObject({ year: p.year, month: p.month, day: p.day, hour: Math.floor(p.minute / 60), minute: p.minute % 60 }, { zone }).toJSDate();
        const endAt = new Date(startAt.getTime() + minutes * 60_000);
        const expected = periodsCovering(endAt, (k) => shiftedWallClock(startAt, zone, { months: k }));
        expect(billableMonths(startAt, endAt, zone)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('billablePeriods: each pricing unit counts its own way', () => {
  it('bills one stay as hours, days, nights, weeks or months, and SEAT and FIXED as untimed', () => {
    const z = 'Europe/London';
    // 38 nights; 38 days and 8 hours; 5 weeks and 4 days; 1 month and 8 days.
    const [startAt, endAt] = [at('2025-06-02T10:00', z), at('2025-07-10T18:00', z)];
    expect(billablePeriods('HOUR', startAt, endAt, z)).toBe(38 * 24 + 8);
    expect(billablePeriods('DAY', startAt, endAt, z)).toBe(39);
    expect(billablePeriods('NIGHT', startAt, endAt, z)).toBe(38);
    expect(billablePeriods('WEEK', startAt, endAt, z)).toBe(6);
    expect(billablePeriods('MONTH', startAt, endAt, z)).toBe(2);
    expect(billablePeriods('SEAT', startAt, endAt, z)).toBeNull();
    expect(billablePeriods('FIXED', startAt, endAt, z)).toBeNull();
  });
});
