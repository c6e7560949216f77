import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { billableDays } from './billable-periods';
import { bookingDays, isMultiDay } from './booking-days';
import { addDays } from './time';

const zone = 'Australia/Sydney';
const at = (local: string, z = zone) => DateTime.fromISO(local, { zone: z }).toJSDate();

describe('days used and remaining', () => {
  // A month's desk from Monday 3 March 2031 09:00, Sydney.
  const desk = { startAt: at('2031-03-03T09:00'), endAt: at('2031-04-03T09:00'), timeZone: zone };

  it('counts a calendar month of days: none used before the start', () => {
    const d = bookingDays({ ...desk, now: at('2031-03-01T12:00') });
    expect(d).toMatchObject({ totalDays: 31, usedDays: 0, remainingDays: 31, today: null });
    expect(d.days[0]).toEqual({ date: '2031-03-03', state: 'upcoming', checkedIn: false });
  });

  it('on day 10 has used 10 days (today included) and has 21 left', () => {
    const d = bookingDays({ ...desk, now: at('2031-03-12T14:05'), checkIns: ['2031-03-03', '2031-03-04', '2031-03-12'] });
    expect(d).toMatchObject({ usedDays: 10, remainingDays: 21, today: '2031-03-12', checkedInDays: 3 });
    expect(d.days[9]).toEqual({ date: '2031-03-12', state: 'today', checkedIn: true });
    expect(d.days[8]!.state).toBe('past');
    expect(d.days[10]!.state).toBe('upcoming');
  });

  it('a day starts at the pickup time, not at midnight: 08:59 is still the previous day', () => {
    expect(bookingDays({ ...desk, now: at('2031-03-12T08:59') }).today).toBe('2031-03-11');
  });

  it('keeps days whole across the April DST change in Sydney (a 25-hour day)', () => {
    // 6 April 2031: clocks go back an hour in Sydney.
    const d = bookingDays({ startAt: at('2031-04-05T00:00'), endAt: at('2031-04-08T00:00'), timeZone: zone, now: at('2031-04-06T23:30') });
    expect(d.days.map((x) => x.date)).toEqual(['2031-04-05', '2031-04-06', '2031-04-07']);
    expect(d).toMatchObject({ usedDays: 2, today: '2031-04-06' });
  });

  it('has used every day after the end', () => {
    expect(bookingDays({ ...desk, now: at('2031-05-01T00:00') })).toMatchObject({ usedDays: 31, remainingDays: 0, today: null });
  });

  it('shows for multi-day rentals only', () => {
    expect(isMultiDay({ kind: 'RENTAL', ...desk })).toBe(true);
    expect(isMultiDay({ kind: 'RENTAL', startAt: at('2031-03-03T09:00'), endAt: at('2031-03-03T17:00'), timeZone: zone })).toBe(false);
    expect(isMultiDay({ kind: 'SESSION', ...desk })).toBe(false);
  });
});

describe('properties, in any zone and at any moment', () => {
  const zones = fc.constantFrom('Australia/Sydney', 'Europe/London', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Chatham', 'UTC');
  const booking = fc.record({
    zone: zones,
    startMs: fc.integer({ min: Date.UTC(2030, 0, 1), max: Date.UTC(2032, 0, 1) }),
    lengthMinutes: fc.integer({ min: 60, max: 35 * 24 * 60 }),
    nowOffsetMinutes: fc.integer({ min: -5 * 24 * 60, max: 40 * 24 * 60 }),
  });

  it('used + remaining = total = billable days; days are consecutive local dates; at most one is today', () => {
    fc.assert(
      fc.property(booking, ({ zone: z, startMs, lengthMinutes, nowOffsetMinutes }) => {
        const startAt = new Date(startMs);
        const endAt = new Date(startMs + lengthMinutes * 60_000);
        const now = new Date(startMs + nowOffsetMinutes * 60_000);
        const d = bookingDays({ startAt, endAt, timeZone: z, now });
        expect(d.usedDays + d.remainingDays).toBe(d.totalDays);
        expect(d.totalDays).toBe(billableDays(startAt, endAt, z));
        expect(d.days).toHaveLength(d.totalDays);
        d.days.forEach((day, i) => i > 0 && expect(day.date).toBe(addDays(d.days[i - 1]!.date, 1)));
        expect(d.days.filter((x) => x.state === 'today').length).toBe(d.today ? 1 : 0);
        // Used days come first: past (and today) before upcoming.
        expect(d.days.slice(0, d.usedDays).every((x) => x.state !== 'upcoming')).toBe(true);
        expect(d.days.slice(d.usedDays).every((x) => x.state === 'upcoming')).toBe(true);
        if (now < startAt) expect(d.usedDays).toBe(0);
        if (now >= endAt) expect(d.remainingDays).toBe(0);
        if (now >= startAt && now < endAt) expect(d.today).not.toBeNull();
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('days used never go down as time goes on', () => {
    fc.assert(
      fc.property(booking, fc.integer({ min: 0, max: 10 * 24 * 60 }), ({ zone: z, startMs, lengthMinutes, nowOffsetMinutes }, later) => {
        const range = { startAt: new Date(startMs), endAt: new Date(startMs + lengthMinutes * 60_000), timeZone: z };
        const now = startMs + nowOffsetMinutes * 60_000;
        expect(bookingDays({ ...range, now: new Date(now + later * 60_000) }).usedDays).toBeGreaterThanOrEqual(bookingDays({ ...range, now: new Date(now) }).usedDays);
      }),
      { numRuns: 60 },
    );
  }, 30_000);
});
