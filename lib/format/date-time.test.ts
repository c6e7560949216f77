import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatDayAndTime,
  formatLocalDate,
  formatMonth,
  formatRange,
  formatShortDay,
  formatTime,
  formatUtcInstant,
  isKnownTimeZone,
  utcOffsetMinutes,
  zoneName,
} from './date-time';

const at = (iso: string) => new Date(iso);

describe('times in the listing zone', () => {
  it('shows one day with a time range, or both ends in full across days', () => {
    expect(formatRange(at('2031-07-14T08:00Z'), at('2031-07-14T10:30Z'), 'Europe/London')).toBe('Mon, 14 Jul 2031, 09:00–11:30');
    expect(formatRange(at('2031-07-14T22:00Z'), at('2031-07-15T01:00Z'), 'Europe/London')).toBe('Mon, 14 Jul 2031 23:00 – Tue, 15 Jul 2031 02:00');
  });

  it('decides "same day" in the listing zone, not in UTC', () => {
    // 23:00–01:00 UTC is one evening in New York.
    expect(formatRange(at('2031-01-14T23:00Z'), at('2031-01-15T01:00Z'), 'America/New_York')).toBe('Tue, 14 Jan 2031, 18:00–20:00');
  });

  it('names the zone as it reads at that instant (summer and winter time)', () => {
    expect(zoneName('Europe/London', at('2031-07-01T12:00Z'))).toBe('BST');
    expect(zoneName('Europe/London', at('2031-01-01T12:00Z'))).toBe('GMT');
    expect(formatDateTime(at('2031-01-06T08:00Z'), 'Asia/Bangkok', { withZone: true })).toBe('6 Jan 2031, 15:00 GMT+7');
  });

  it('formats date-times, days and clock times', () => {
    expect(formatDateTime(at('2031-01-06T08:00Z'), 'Europe/Paris')).toBe('6 Jan 2031, 09:00');
    expect(formatDayAndTime(at('2031-01-06T08:00Z'), 'Europe/Paris')).toBe('Mon 6 Jan, 09:00');
    expect(formatShortDay(at('2031-01-06T23:30Z'), 'Europe/Paris')).toBe('Tue 7 Jan');
    expect(formatTime(at('2031-01-06T23:30Z'), 'Europe/Paris')).toBe('00:30');
    expect(formatUtcInstant(at('2031-01-06T08:00:05Z'))).toBe('6 Jan 2031, 08:00:05 UTC');
  });
});

describe('local calendar dates', () => {
  it('formats a date as written, whatever zone the server runs in', () => {
    expect(formatLocalDate('2031-03-30', { weekday: 'long', day: 'numeric', month: 'long' })).toBe('Sunday 30 March');
    expect(formatMonth('2032-02')).toBe('February 2032');
  });
});

describe('zones', () => {
  it('gives offsets in minutes, half hours and daylight saving included', () => {
    expect(utcOffsetMinutes('Asia/Kolkata', at('2031-01-01T00:00Z'))).toBe(330);
    expect(utcOffsetMinutes('America/St_Johns', at('2031-01-01T00:00Z'))).toBe(-210);
    expect(utcOffsetMinutes('America/St_Johns', at('2031-07-01T00:00Z'))).toBe(-150);
    expect(utcOffsetMinutes('UTC', at('2031-07-01T00:00Z'))).toBe(0);
  });

  it('knows real zone names and rejects made-up ones', () => {
    expect(isKnownTimeZone('Europe/London')).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
  });
});
