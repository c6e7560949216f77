// How many hours, days, nights, weeks or months a time range is billed as. Counted in the
// listing's zone so a day is a local calendar day whether it lasts 23, 24 or 25 hours, and a
// month a calendar month whether it has 28 or 31 days.
import type { PricingUnit } from '@/lib/generated/prisma/enums';
import { calendarDaysBetween, calendarMonthsBetween, plusLocalDays, plusLocalMonths } from './time';

const HOUR_MS = 3_600_000;

/** HOUR: real elapsed time, ceil(minutes / 60): 61 minutes bill 2 hours; at least 1. */
export function billableHours(startAt: Date, endAt: Date): number {
  return Math.max(1, Math.ceil((endAt.getTime() - startAt.getTime()) / HOUR_MS));
}

/**
 * DAY: local-day periods starting at the pickup's wall-clock time; any part of a period counts
 * as a whole one; at least 1. Mon 10:00→Tue 10:00 = 1, →Tue 10:01 = 2; midnight to midnight
 * over local dates A→B = B − A. A 23- or 25-hour DST day is still one day.
 */
export function billableDays(startAt: Date, endAt: Date, timeZone: string): number {
  const dateDiff = calendarDaysBetween(startAt, endAt, timeZone);
  // Same wall-clock time on the return date: if the return is no later, the last period is whole.
  const days = plusLocalDays(startAt, dateDiff, timeZone).getTime() >= endAt.getTime() ? dateDiff : dateDiff + 1;
  return Math.max(1, days);
}

/** NIGHT: local midnights in (start, end], i.e. localDate(end) − localDate(start); at least 1. */
export function billableNights(startAt: Date, endAt: Date, timeZone: string): number {
  return Math.max(1, calendarDaysBetween(startAt, endAt, timeZone));
}

/**
 * WEEK: 7 local days from the pickup time, i.e. ceil(days / 7) with days as in billableDays:
 * a week across a DST change lasts 167 or 169 hours; any part of a week counts; at least 1.
 */
export function billableWeeks(startAt: Date, endAt: Date, timeZone: string): number {
  return Math.ceil(billableDays(startAt, endAt, timeZone) / 7);
}

/**
 * MONTH: calendar months from the pickup's wall-clock time in the listing's zone; a month from
 * the 29th–31st ends on the last day of a shorter month (31 Jan → 28 Feb = 1, 4 Jan → 4 Feb = 1);
 * any part of a further month counts as a whole one; at least 1.
 */
export function billableMonths(startAt: Date, endAt: Date, timeZone: string): number {
  const monthDiff = calendarMonthsBetween(startAt, endAt, timeZone);
  // The same day and time in the return's month: if the return is no later, the last month is whole.
  const months = plusLocalMonths(startAt, monthDiff, timeZone).getTime() >= endAt.getTime() ? monthDiff : monthDiff + 1;
  return Math.max(1, months);
}

/** Periods billed per unit for time-based pricing; null for SEAT and FIXED, which are not timed. */
export function billablePeriods(pricingUnit: PricingUnit, startAt: Date, endAt: Date, timeZone: string): number | null {
  switch (pricingUnit) {
    case 'HOUR':
      return billableHours(startAt, endAt);
    case 'DAY':
      return billableDays(startAt, endAt, timeZone);
    case 'NIGHT':
      return billableNights(startAt, endAt, timeZone);
    case 'WEEK':
      return billableWeeks(startAt, endAt, timeZone);
    case 'MONTH':
      return billableMonths(startAt, endAt, timeZone);
    case 'SEAT':
    case 'FIXED':
      return null;
  }
}
