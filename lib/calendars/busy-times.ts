// Busy times from an iCalendar (.ics) feed: which instants an external calendar marks as taken.
// Pure: text in, intervals out. Recurrences are expanded by ical.js in wall-clock time; each
// occurrence is then placed on the timeline with its own zone (IANA names through luxon, other
// names through the feed's VTIMEZONE), so a weekly 10:00 meeting stays at 10:00 across DST.
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { isValidTimeZone, startOfLocalDay } from '@/lib/domain/time';

export type BusyInterval = { uid: string; startAt: Date; endAt: Date };

/** The feed cannot be read or is too big to import; the message is shown to the vendor. */
export class BusyTimesError extends Error {}

/** At most this many busy times per feed inside the window. */
export const MAX_OCCURRENCES = 5_000;
/** At most this many recurrence steps per feed (old daily series are walked from their start). */
export const MAX_ITERATIONS = 100_000;

type Zone = { kind: 'utc' } | { kind: 'iana'; name: string } | { kind: 'vtimezone'; timezone: ICAL.Timezone } | { kind: 'floating' };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** The TZID a parsed time came with (ical.js keeps it, though its types do not say so). */
const tzidOf = (t: ICAL.Time): string | undefined => (t as ICAL.Time & { timezone?: string }).timezone;
const localDate = (t: ICAL.Time) => `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;

function parseCalendar(text: string): ICAL.Component {
  if (!/^\s*BEGIN:VCALENDAR/i.test(text)) throw new BusyTimesError('This is not an iCalendar (.ics) file.');
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text));
  } catch {
    throw new BusyTimesError('The calendar file could not be read (it is not valid iCalendar).');
  }
  if (root.name !== 'vcalendar') throw new BusyTimesError('This is not an iCalendar (.ics) file.');
  return root;
}

/**
 * The busy intervals of the feed that overlap [from, to). Floating times and all-day events are
 * read in `zone` (the business's time zone); all-day events block whole local days.
 */
export function busyTimesFromIcs(text: string, options: { from: Date; to: Date; zone: string }): BusyInterval[] {
  const { from, to, zone } = options;
  const root = parseCalendar(text);

  const feedZones = new Map<string, ICAL.Timezone>();
  for (const vtimezone of root.getAllSubcomponents('vtimezone')) {
    const tzid = vtimezone.getFirstPropertyValue('tzid');
    if (typeof tzid === 'string') feedZones.set(tzid, new ICAL.Timezone({ component: vtimezone, tzid }));
  }
  const zoneOf = (time: ICAL.Time): Zone => {
    if (time.zone === ICAL.Timezone.utcTimezone || tzidOf(time) === 'Z' || tzidOf(time) === 'UTC') return { kind: 'utc' };
    const tzid = tzidOf(time);
    if (!tzid) return { kind: 'floating' };
    if (isValidTimeZone(tzid)) return { kind: 'iana', name: tzid };
    const fromFeed = feedZones.get(tzid);
    return fromFeed ? { kind: 'vtimezone', timezone: fromFeed } : { kind: 'floating' };
  };
  const instant = (time: ICAL.Time, where: Zone): Date => {
    const wall = { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second };
    switch (where.kind) {
      case 'utc':
        return new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second));
      case 'vtimezone': {
        const offset = where.timezone.utcOffset(time); // seconds east of UTC at that wall-clock time
        return new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - offset * 1000);
      }
      case 'iana':
        return DateTime.fromObject(wall, { zone: where.name }).toJSDate();
      case 'floating':
        return DateTime.fromObject(wall, { zone }).toJSDate();
    }
  };

  // Overrides (RECURRENCE-ID) are attached to their series; a lone override without a series
  // (some feeds share only part of a series) is an ordinary event.
  const vevents = root.getAllSubcomponents('vevent');
  const series = new Map<string, ICAL.Event>();
  const singles: ICAL.Event[] = [];
  const overrides: ICAL.Event[] = [];
  for (const vevent of vevents) {
    const event = new ICAL.Event(vevent);
    if (!event.uid || !event.startDate) continue;
    if (event.isRecurrenceException()) overrides.push(event);
    else if (event.isRecurring()) series.set(event.uid, event);
    else singles.push(event);
  }
  const related: ICAL.Event[] = [];
  for (const override of overrides) {
    const master = series.get(override.uid);
    if (master) {
      master.relateException(override);
      related.push(override);
    } else singles.push(override);
  }

  const result: BusyInterval[] = [];
  const seen = new Set<string>();
  let iterations = 0;
  const used = new Set<ICAL.Event>();

  const add = (uid: string, item: ICAL.Event, start: ICAL.Time, end: ICAL.Time) => {
    if (isFree(item)) return;
    let startAt: Date;
    let endAt: Date;
    if (start.isDate) {
      // All-day: whole local days in the business's zone; no end means one day.
      const endDate = end && end.compare(start) > 0 ? localDate(end) : addOneDay(localDate(start));
      startAt = startOfLocalDay(localDate(start), zone);
      endAt = startOfLocalDay(endDate, zone);
    } else {
      const where = zoneOf(item.startDate);
      startAt = instant(start, where);
      endAt = end ? instant(end, tzidOf(end) && tzidOf(end) !== tzidOf(item.startDate) ? zoneOf(end) : where) : startAt;
    }
    if (!(endAt > startAt) || endAt <= from || startAt >= to) return;
    const key = `${uid}@${startAt.toISOString()}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (result.length >= MAX_OCCURRENCES) {
      throw new BusyTimesError(`The calendar has more than ${MAX_OCCURRENCES.toLocaleString('en-GB')} events in the next year; use a calendar with fewer events.`);
    }
    result.push({ uid, startAt, endAt });
  };

  // The stored uid: the event's UID, plus the original start (RECURRENCE-ID) for an occurrence.
  const uidOf = (uid: string, recurrenceId?: ICAL.Time | null) => (recurrenceId ? `${uid}/${recurrenceId.toString()}` : uid).slice(0, 1000);

  for (const event of singles) add(uidOf(event.uid, event.recurrenceId), event, event.startDate, event.endDate);

  for (const event of series.values()) {
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      iterations += 1;
      if (iterations > MAX_ITERATIONS) throw new BusyTimesError('The calendar repeats events too often to import.');
      const details = event.getOccurrenceDetails(next);
      // Past the window: stop once both the planned and the actual start lie beyond it (an override
      // may move an occurrence, but not by more than a day in practice; allow a week).
      const plannedStart = instant(next, next.isDate ? { kind: 'floating' } : zoneOf(event.startDate));
      if (plannedStart.getTime() >= to.getTime() + 7 * 86_400_000) break;
      if (details.item !== event) used.add(details.item);
      add(uidOf(event.uid, details.recurrenceId), details.item, details.startDate, details.endDate);
    }
  }
  // An override the series never reached (its RECURRENCE-ID written in another zone than the
  // series, say) still blocks its own time: better both than neither.
  for (const override of related) {
    if (!used.has(override)) add(uidOf(override.uid, override.recurrenceId), override, override.startDate, override.endDate);
  }

  return result.sort((a, b) => a.startAt.getTime() - b.startAt.getTime() || a.uid.localeCompare(b.uid));
}

function isFree(event: ICAL.Event): boolean {
  const status = String(event.component.getFirstPropertyValue('status') ?? '').toUpperCase();
  const transp = String(event.component.getFirstPropertyValue('transp') ?? '').toUpperCase();
  return status === 'CANCELLED' || transp === 'TRANSPARENT';
}

function addOneDay(date: string): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days: 1 }).toISODate()!;
}
