import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { billableDays, billableHours, billableMonths, billableNights, billableWeeks } from './billable-periods';
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

describe('NIGHT, WEEK, MONTH', () => {
  const z = 'America/New_York';
  it('counts local midnights for nights', () => {
    expect(billableNights(at('2025-06-02T15:00', z), at('2025-06-04T11:00', z), z)).toBe(2);
    expect(billableNights(at('2025-06-02T00:00', z), at('2025-06-04T00:00', z), z)).toBe(2);
    expect(billableNights(at('2025-06-02T10:00', z), at('2025-06-02T18:00', z), z)).toBe(1);
    expect(billableNights(at('2025-03-08T15:00', z), at('2025-03-10T11:00', z), z)).toBe(2);
  });

  it('rounds weeks (7 days) and months (30 days) up', () => {
    expect(billableWeeks(at('2025-06-01T10:00', z), at('2025-06-08T10:00', z), z)).toBe(1);
    expect(billableWeeks(at('2025-06-01T10:00', z), at('2025-06-08T11:00', z), z)).toBe(2);
    expect(billableMonths(at('2025-06-01T00:00', z), at('2025-07-01T00:00', z), z)).toBe(1);
    expect(billableMonths(at('2025-07-01T00:00', z), at('2025-08-01T00:00', z), z)).toBe(2); // 31 days
  });
});
