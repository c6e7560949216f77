// Which time zone a feed's time is in, and how wall-clock times and instants convert in it.
// A TZID is read, in this order, as an IANA name (luxon, full history), as the feed's own VTIMEZONE,
// as a Windows zone name (CLDR), or as an IANA name behind an old vendor prefix
// ("/mozilla.org/20050126_1/Europe/Berlin"). Floating times (no TZID, no Z) are read in the
// feed's X-WR-TIMEZONE, which Google and Apple honour, else in the business's zone.
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { isValidTimeZone } from '@/lib/domain/time';
import { ianaForWindowsZone } from './windows-zones';

export type FeedZone = { kind: 'utc' } | { kind: 'iana'; name: string } | { kind: 'vtimezone'; tzid: string; timezone: ICAL.Timezone };

/** A time as written in the feed: its wall-clock reading (a floating ICAL.Time) and its zone. */
export type ZonedTime = { wall: ICAL.Time; zone: FeedZone };

const UTC: FeedZone = { kind: 'utc' };

/** A wall-clock time without zone ("floating" in iCalendar). */
export const floatingTime = (data: { year: number; month: number; day: number; hour?: number; minute?: number; second?: number; isDate: boolean }) =>
  new ICAL.Time(data, ICAL.Timezone.localTimezone);

export class FeedZones {
  private readonly resolved = new Map<string, FeedZone | undefined>();
  /** TZIDs that matched nothing (read as floating), for the sync's report. */
  readonly unknown = new Set<string>();
  readonly floating: FeedZone;

  constructor(
    private readonly vtimezones: Map<string, ICAL.Timezone>,
    businessZone: string,
    xWrTimezone: string | undefined,
  ) {
    const fromFeed = xWrTimezone ? this.byName(xWrTimezone) : undefined;
    this.floating = fromFeed ?? { kind: 'iana', name: businessZone };
  }

  /** The zone of a DATE-TIME value: UTC when it ends in Z, its TZID when it has one, else floating. */
  of(time: ICAL.Time, tzid: string | undefined): FeedZone {
    if (time.zone === ICAL.Timezone.utcTimezone) return UTC;
    if (!tzid) return this.floating;
    const zone = this.byName(tzid);
    if (zone) return zone;
    this.unknown.add(tzid);
    return this.floating;
  }

  private byName(tzid: string): FeedZone | undefined {
    if (this.resolved.has(tzid)) return this.resolved.get(tzid);
    const zone = this.lookUp(tzid.trim().replace(/^"|"$/g, ''));
    this.resolved.set(tzid, zone);
    return zone;
  }

  private lookUp(name: string): FeedZone | undefined {
    if (/^(Z|UTC|GMT|Etc\/UTC|Etc\/GMT)$/i.test(name)) return UTC;
    if (isValidTimeZone(name)) return { kind: 'iana', name };
    const own = this.vtimezones.get(name);
    if (own) return { kind: 'vtimezone', tzid: name, timezone: own };
    const windows = ianaForWindowsZone(name);
    if (windows) return { kind: 'iana', name: windows };
    const parts = name.split('/');
    for (let take = Math.min(3, parts.length - 1); take >= 1; take -= 1) {
      const tail = parts.slice(-take).join('/');
      if (tail.includes('/') && isValidTimeZone(tail)) return { kind: 'iana', name: tail };
    }
    return undefined;
  }
}

export const sameZone = (a: FeedZone, b: FeedZone) =>
  a.kind === b.kind && (a.kind === 'utc' || (a.kind === 'iana' && a.name === (b as { name: string }).name) || (a.kind === 'vtimezone' && a.tzid === (b as { tzid: string }).tzid));

/** A floating copy of a time's wall-clock reading. */
export function wallOf(time: ICAL.Time): ICAL.Time {
  return time.isDate
    ? floatingTime({ year: time.year, month: time.month, day: time.day, isDate: true })
    : floatingTime({ year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second, isDate: false });
}

/** The instant at which a wall-clock time in `zone` happens (a gap in spring is skipped forward). */
export function instantOf(wall: ICAL.Time, zone: FeedZone): Date {
  const fields = { year: wall.year, month: wall.month, day: wall.day, hour: wall.hour, minute: wall.minute, second: wall.second };
  const asUtc = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
  switch (zone.kind) {
    case 'utc':
      return new Date(asUtc);
    case 'vtimezone':
      return new Date(asUtc - zone.timezone.utcOffset(wallOf(wall)) * 1000); // utcOffset: seconds east of UTC at that wall time
    case 'iana':
      return DateTime.fromObject(fields, { zone: zone.name }).toJSDate();
  }
}

/** The wall-clock reading of an instant in `zone`, as a floating date-time. */
export function wallAt(instant: Date, zone: FeedZone): ICAL.Time {
  switch (zone.kind) {
    case 'utc':
      return wallOf(ICAL.Time.fromJSDate(instant, true));
    case 'vtimezone':
      return wallOf(ICAL.Time.fromJSDate(instant, true).convertToZone(zone.timezone));
    case 'iana': {
      const local = DateTime.fromJSDate(instant, { zone: zone.name });
      return floatingTime({ year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute, second: local.second, isDate: false });
    }
  }
}

/** The same moment as `time`, read on the wall clock of `zone` (dates stay dates). */
export function wallIn(time: ZonedTime, zone: FeedZone): ICAL.Time {
  if (time.wall.isDate || sameZone(time.zone, zone)) return wallOf(time.wall);
  return wallAt(instantOf(time.wall, time.zone), zone);
}

/** A wall-clock reading as seconds on a clock without zone, for wall-clock arithmetic. */
export const wallSeconds = (t: ICAL.Time) => Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) / 1000;

/** The wall-clock reading `seconds` later (a date stays a date). */
export function shiftWall(t: ICAL.Time, seconds: number): ICAL.Time {
  const d = new Date((wallSeconds(t) + seconds) * 1000);
  return t.isDate
    ? floatingTime({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), isDate: true })
    : floatingTime({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), isDate: false });
}
