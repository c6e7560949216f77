// Time-zone helpers. Instants are JS Dates (UTC); local dates are 'YYYY-MM-DD' strings in an
// IANA zone; wall-clock times are minutes after local midnight (0..1440).
// Zone offsets come from luxon's IANAZone (the platform's tz database); the arithmetic is done
// on "local milliseconds" (wall-clock time written as if it were UTC) because slot generation
// converts thousands of times per request and DateTime objects are ~50x slower.
import { IANAZone } from 'luxon';

export type LocalDate = string; // 'YYYY-MM-DD'

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const MINUTES_PER_DAY = 24 * 60;

function zoneNamed(name: string): IANAZone {
  const zone = IANAZone.create(name);
  if (!zone.isValid) throw new RangeError(`Unknown time zone "${name}"`);
  return zone;
}

export function isValidTimeZone(name: string): boolean {
  return IANAZone.isValidZone(name);
}

/** 'YYYY-MM-DD' → days since 1970-01-01, rejecting impossible dates like 2025-02-30. */
function dayNumber(date: LocalDate): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match) {
    const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    if (new Date(ms).toISOString().slice(0, 10) === date) return ms / DAY_MS;
  }
  throw new RangeError(`Invalid local date "${date}" (expected YYYY-MM-DD)`);
}

const dateOfDayNumber = (days: number): LocalDate => new Date(days * DAY_MS).toISOString().slice(0, 10);

/** The instant's wall-clock time in the zone, as milliseconds on a UTC-like axis. */
function localMs(instant: Date, zone: string): number {
  const ts = instant.getTime();
  return ts + zoneNamed(zone).offset(ts) * MINUTE_MS;
}

/**
 * Instants whose wall-clock time in the zone is `local`: none in a spring-forward gap, two in a
 * fall-back overlap, else one. Like Temporal, it assumes at most one offset change within ±24 h.
 */
function possibleInstants(zone: IANAZone, local: number): number[] {
  const before = zone.offset(local - DAY_MS);
  const after = zone.offset(local + DAY_MS);
  const offsets = before === after ? [before] : [before, after];
  return offsets.filter((o) => zone.offset(local - o * MINUTE_MS) === o).map((o) => local - o * MINUTE_MS);
}

// Most local days have one offset throughout; remembering that skips the offset lookups.
const steadyOffsetCache = new Map<string, number | null>();
function steadyOffset(zone: IANAZone, day: number): number | null {
  const key = `${zone.name}|${day}`;
  let offset = steadyOffsetCache.get(key);
  if (offset === undefined) {
    const early = zone.offset(day * DAY_MS - DAY_MS);
    offset = early === zone.offset(day * DAY_MS + 2 * DAY_MS) ? early : null;
    if (steadyOffsetCache.size > 20_000) steadyOffsetCache.clear();
    steadyOffsetCache.set(key, offset);
  }
  return offset;
}

/**
 * Wall-clock local milliseconds → an instant. Nonexistent times (spring-forward gap) are shifted
 * forward by the gap, as luxon does (02:30 on a night that jumps 02:00→03:00 becomes 03:30 in
 * the new offset); ambiguous fall-back times take the first occurrence (the earlier instant).
 */
function resolveLocal(zone: IANAZone, local: number): { instant: number; exists: boolean } {
  const steady = steadyOffset(zone, Math.floor(local / DAY_MS));
  if (steady !== null) return { instant: local - steady * MINUTE_MS, exists: true };
  const candidates = possibleInstants(zone, local);
  if (candidates.length > 0) return { instant: Math.min(...candidates), exists: true };
  // In a gap: reading the time with the offset from before the jump lands after it.
  return { instant: local - zone.offset(local - DAY_MS) * MINUTE_MS, exists: false };
}

function checkMinute(minuteOfDay: number): void {
  if (!Number.isInteger(minuteOfDay) || minuteOfDay < 0 || minuteOfDay > MINUTES_PER_DAY) {
    throw new RangeError(`minuteOfDay must be an integer in 0..1440, got ${minuteOfDay}`);
  }
}

/** The local calendar date of an instant in a zone. */
export function localDateOf(instant: Date, zone: string): LocalDate {
  return dateOfDayNumber(Math.floor(localMs(instant, zone) / DAY_MS));
}

/** Minutes after local midnight of an instant's wall-clock time (seconds dropped). */
export function localMinuteOfDay(instant: Date, zone: string): number {
  const local = localMs(instant, zone);
  return Math.floor((local - Math.floor(local / DAY_MS) * DAY_MS) / MINUTE_MS);
}

/**
 * A wall-clock time on a local date as an instant; minuteOfDay 1440 is the next day's midnight.
 * Spring-forward gap: shifted forward by the gap (luxon's rule). Fall-back: the first occurrence.
 */
export function localTimeToInstant(date: LocalDate, minuteOfDay: number, zone: string): Date {
  checkMinute(minuteOfDay);
  return new Date(resolveLocal(zoneNamed(zone), dayNumber(date) * DAY_MS + minuteOfDay * MINUTE_MS).instant);
}

/** True when the wall-clock time exists on that date (is not inside a spring-forward gap). */
export function localTimeExists(date: LocalDate, minuteOfDay: number, zone: string): boolean {
  return resolveLocalTime(date, minuteOfDay, zone).exists;
}

/** localTimeToInstant and localTimeExists in one lookup, for loops over many candidate times. */
export function resolveLocalTime(date: LocalDate, minuteOfDay: number, zone: string): { instant: Date; exists: boolean } {
  checkMinute(minuteOfDay);
  const { instant, exists } = resolveLocal(zoneNamed(zone), dayNumber(date) * DAY_MS + minuteOfDay * MINUTE_MS);
  return { instant: new Date(instant), exists };
}

/** The first instant of a local day (usually 00:00; 01:00 where midnight falls in a DST gap). */
export function startOfLocalDay(date: LocalDate, zone: string): Date {
  return localTimeToInstant(date, 0, zone);
}

/** The same wall-clock time `days` local days later (a local day may last 23, 24 or 25 hours). */
export function plusLocalDays(instant: Date, days: number, zone: string): Date {
  return new Date(resolveLocal(zoneNamed(zone), localMs(instant, zone) + days * DAY_MS).instant);
}

/**
 * The same wall-clock time `months` calendar months later, the day clamped to the end of a
 * shorter month (31 January + 1 month = 28 or 29 February; + 2 months = 31 March).
 */
export function plusLocalMonths(instant: Date, months: number, zone: string): Date {
  const local = localMs(instant, zone);
  const day = Math.floor(local / DAY_MS);
  const date = new Date(day * DAY_MS);
  const monthIndex = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const [year, month] = [Math.floor(monthIndex / 12), ((monthIndex % 12) + 12) % 12];
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const targetDay = Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)) / DAY_MS;
  return new Date(resolveLocal(zoneNamed(zone), targetDay * DAY_MS + (local - day * DAY_MS)).instant);
}

/** ISO weekday of a local date: 1 = Monday .. 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const sundayZero = new Date(dayNumber(date) * DAY_MS).getUTCDay();
  return sundayZero === 0 ? 7 : sundayZero;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** Whole calendar days from date a to date b (negative when b is before a). */
export function daysBetweenDates(a: LocalDate, b: LocalDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** Every local date from `from` to `to`, both included (empty when to < from). */
export function eachLocalDate(from: LocalDate, to: LocalDate): LocalDate[] {
  const first = dayNumber(from);
  const count = dayNumber(to) - first + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => dateOfDayNumber(first + i));
}

/** Local midnights passed going from one instant to another: localDate(end) − localDate(start). */
export function calendarDaysBetween(startAt: Date, endAt: Date, zone: string): number {
  return daysBetweenDates(localDateOf(startAt, zone), localDateOf(endAt, zone));
}

/** Local month starts passed going from one instant to another: localMonth(end) − localMonth(start). */
export function calendarMonthsBetween(startAt: Date, endAt: Date, zone: string): number {
  const monthIndex = (date: LocalDate) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
  return monthIndex(localDateOf(endAt, zone)) - monthIndex(localDateOf(startAt, zone));
}

/** 'HH:MM' (00:00..24:00) → minutes after midnight. */
export function parseClockTime(value: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
  if (!match || Number(match[2]) > 59 || minutes > MINUTES_PER_DAY) {
    throw new RangeError(`Invalid clock time "${value}" (expected HH:MM, 00:00..24:00)`);
  }
  return minutes;
}

/** The local month 'YYYY-MM' → its first and last local dates. */
export function monthBounds(month: string): { first: LocalDate; last: LocalDate } {
  const first = `${month}-01`;
  if (!/^\d{4}-\d{2}$/.test(month)) throw new RangeError(`Invalid month "${month}" (expected YYYY-MM)`);
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  dayNumber(first); // validates the month number
  return { first, last: dateOfDayNumber(Date.UTC(year, monthNumber, 0) / DAY_MS) };
}

/** 90 → "1 hour 30 minutes", 2880 → "2 days": durations in policy messages. */
export function describeMinutes(minutes: number): string {
  const parts: string[] = [];
  const days = Math.floor(minutes / MINUTES_PER_DAY);
  const hours = Math.floor((minutes % MINUTES_PER_DAY) / 60);
  const mins = minutes % 60;
  if (days) parts.push(days === 1 ? '1 day' : `${days} days`);
  if (hours) parts.push(hours === 1 ? '1 hour' : `${hours} hours`);
  if (mins || parts.length === 0) parts.push(mins === 1 ? '1 minute' : `${mins} minutes`);
  return parts.join(' ');
}
