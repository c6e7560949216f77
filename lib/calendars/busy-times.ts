// Busy times from an iCalendar (.ics) feed: which instants an external calendar marks as taken.
// Pure apart from pausing: text in, intervals out. The feed is split into its events first
// (ics-blocks), each event is read on its own (feed-events), series are expanded on their own
// wall clock (expand-series) and every time is placed with its own zone (feed-zones). Events that
// cannot be read are skipped and listed; the import pauses every few milliseconds so a large feed
// never holds up the server's other requests.
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { startOfLocalDay } from '@/lib/domain/time';
import { BusyTimesError } from './busy-times-error';
import { expandSeries, keyOf, MAX_ITERATIONS, type StepBudget } from './expand-series';
import { readEvent, SkipEvent, type FeedEvent } from './feed-events';
import { FeedZones, instantOf, sameZone, shiftWall, wallSeconds, type FeedZone, type ZonedTime } from './feed-zones';
import { rawProperty, splitFeed, type IcsBlock } from './ics-blocks';

export { BusyTimesError, MAX_ITERATIONS };

export type BusyInterval = { uid: string; startAt: Date; endAt: Date };
/** An event left out of the import: where it starts in the file, its date when readable, and why. */
export type SkippedEvent = { line: number; date?: string; reason: string };
export type BusyTimes = {
  intervals: BusyInterval[];
  skipped: SkippedEvent[];
  /** TZIDs that named no known zone; their times were read as floating, in `floatingZone`. */
  unknownZones: string[];
  floatingZone: string;
};

/** At most this many busy times per feed inside the window. */
export const MAX_OCCURRENCES = 5_000;
/** The import gives other work a turn after this many milliseconds. */
const SLICE_MS = 10;

/**
 * The busy intervals of the feed that overlap [from, to). All-day events block whole local days
 * in `zone` (the business's time zone); floating times are read in the feed's X-WR-TIMEZONE, else in `zone`.
 */
export async function readBusyTimes(text: string, options: { from: Date; to: Date; zone: string }): Promise<BusyTimes> {
  const { from, to, zone } = options;
  const pause = pauser();
  const feed = await splitFeed(text, pause);
  const calendar = parseCalendarProperties(feed.properties);
  const vtimezones = new Map<string, ICAL.Timezone>();
  for (const block of feed.blocks.filter((b) => b.name === 'VTIMEZONE' && !b.broken)) {
    try {
      const component = new ICAL.Component(ICAL.parse(block.text) as unknown as unknown[]);
      const tzid = String(component.getFirstPropertyValue('tzid') ?? '');
      if (tzid && (component.getFirstSubcomponent('standard') || component.getFirstSubcomponent('daylight'))) vtimezones.set(tzid, new ICAL.Timezone({ component, tzid }));
    } catch {
      // an unreadable VTIMEZONE: its TZID is then read as an IANA or Windows name, or as floating
    }
  }
  const xWrTimezone = calendar.getFirstPropertyValue('x-wr-timezone');
  const zones = new FeedZones(vtimezones, zone, typeof xWrTimezone === 'string' && xWrTimezone.trim() ? xWrTimezone.trim() : undefined);

  const skipped: SkippedEvent[] = [];
  const skip = (block: IcsBlock, reason: string) => skipped.push({ line: block.line, ...dateOf(block), reason });
  const singles: FeedEvent[] = [];
  const series = new Map<string, FeedEvent>();
  const repeatsOfSameUid: FeedEvent[] = [];
  const overridesByUid = new Map<string, FeedEvent[]>();
  const outside = outsideWindow(from, to);
  for (const block of feed.blocks) {
    await pause();
    if (block.name !== 'VEVENT' || outside(block)) continue;
    let event: FeedEvent;
    try {
      event = readEvent(block, zones);
      if (event.endsBeforeStart && !event.recurrenceId) throw new SkipEvent('it ends before it starts');
    } catch (error) {
      if (error instanceof SkipEvent) {
        skip(block, error.message);
        continue;
      }
      throw error;
    }
    if (event.recurrenceId) {
      const list = overridesByUid.get(event.uid);
      if (list) list.push(event);
      else overridesByUid.set(event.uid, [event]);
    }
    else if (event.rrules.length > 0 || event.rdates.length > 0) {
      if (series.has(event.uid)) repeatsOfSameUid.push(event);
      else series.set(event.uid, event);
    } else singles.push(event);
  }
  for (const [uid, overrides] of overridesByUid) {
    const master = series.get(uid);
    if (!master) singles.push(...overrides); // a lone override is an ordinary event
    // An override whose end is written before its start (seen in real feeds) keeps the series' length.
    else overridesByUid.set(uid, overrides.map((o) => (o.endsBeforeStart ? { ...o, end: undefined, duration: lengthOf(master) } : o)));
  }

  const collector = new Collector(from, to, zone);
  for (const event of singles) collector.add(event, event.start, event.recurrenceId);

  const budget: StepBudget = { steps: 0 };
  const stopAfter = new Date(to.getTime() + 7 * 86_400_000); // an override may move an occurrence; allow a week
  for (const master of [...series.values(), ...repeatsOfSameUid]) {
    const overrides = series.get(master.uid) === master ? (overridesByUid.get(master.uid) ?? []) : [];
    const occurrences = expandSeries(master, overrides, { stopAfter, floating: zones.floating, budget });
    try {
      for (let step = occurrences.next(); ; step = occurrences.next()) {
        if (step.done) {
          // An override that names no occurrence (written for an older version of the series) still blocks its own time.
          for (const override of step.value) collector.add(override, override.start, override.recurrenceId);
          break;
        }
        collector.add(step.value.event, step.value.start, undefined, step.value.key, master.start.zone);
        await pause();
      }
    } catch (error) {
      if (error instanceof BusyTimesError) throw error;
      skipped.push({ line: master.line, date: isoDate(master.start.wall), reason: 'its repeat rule (RRULE) cannot be followed' });
    }
  }

  return {
    intervals: collector.intervals.sort((a, b) => a.startAt.getTime() - b.startAt.getTime() || a.uid.localeCompare(b.uid)),
    skipped,
    unknownZones: [...zones.unknown],
    floatingZone: zones.floating.kind === 'utc' ? 'UTC' : zones.floating.kind === 'iana' ? zones.floating.name : zones.floating.tzid,
  };
}

class Collector {
  readonly intervals: BusyInterval[] = [];
  private readonly seen = new Set<string>();
  constructor(
    private readonly from: Date,
    private readonly to: Date,
    private readonly zone: string,
  ) {}

  /** Adds an event (at `start`) unless it is free or outside the window. The uid names the occurrence. */
  add(event: FeedEvent, start: ZonedTime, recurrenceId?: ZonedTime, seriesKey?: string, seriesZone?: FeedZone) {
    if (event.free) return;
    const interval = this.interval(event, start);
    if (!interval || !(interval.endAt > interval.startAt) || interval.endAt <= this.from || interval.startAt >= this.to) return;
    const occurrence = seriesKey !== undefined ? label(seriesKey, seriesZone!) : recurrenceId ? label(keyOf(recurrenceId.wall), recurrenceId.zone) : undefined;
    const uid = (occurrence ? `${event.uid}/${occurrence}` : event.uid).slice(0, 1000);
    const key = `${uid}@${interval.startAt.toISOString()}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (this.intervals.length >= MAX_OCCURRENCES) {
      throw new BusyTimesError(`The calendar has more than ${MAX_OCCURRENCES.toLocaleString('en-GB')} events in the next year; use a calendar with fewer events.`);
    }
    this.intervals.push({ uid, ...interval });
  }

  private interval(event: FeedEvent, start: ZonedTime): { startAt: Date; endAt: Date } | null {
    const { end, duration } = event;
    if (start.wall.isDate) {
      // All-day: whole local days in the business's zone; no (or no later) end means one day.
      const days = end ? Math.round((wallSeconds(end.wall) - wallSeconds(event.start.wall)) / 86_400) : duration ? Math.floor(duration.toSeconds() / 86_400) : 1;
      const first = isoDate(start.wall);
      return { startAt: startOfLocalDay(first, this.zone), endAt: startOfLocalDay(plusDays(first, Math.max(days, 1)), this.zone) };
    }
    const startAt = instantOf(start.wall, start.zone);
    if (end) {
      if (end.wall.isDate || sameZone(end.zone, event.start.zone)) {
        // Same clock: the end keeps its wall-clock distance (a 10:00–11:00 meeting stays so across DST).
        return { startAt, endAt: instantOf(shiftWall(start.wall, wallSeconds(end.wall) - wallSeconds(event.start.wall)), start.zone) };
      }
      return { startAt, endAt: new Date(startAt.getTime() + instantOf(end.wall, end.zone).getTime() - instantOf(event.start.wall, event.start.zone).getTime()) };
    }
    if (duration) {
      if (duration.isNegative) return null;
      // Days and weeks are nominal (a day across DST is 23 or 25 hours), hours and minutes exact.
      const days = duration.weeks * 7 + duration.days;
      const exact = duration.hours * 3600 + duration.minutes * 60 + duration.seconds;
      return { startAt, endAt: new Date(instantOf(shiftWall(start.wall, days * 86_400), start.zone).getTime() + exact * 1000) };
    }
    return null; // a DATE-TIME start without end or duration is a moment: it blocks nothing
  }
}

/** A series' own length, for an override that gives none that makes sense. */
function lengthOf(master: FeedEvent): ICAL.Duration | undefined {
  if (master.duration) return master.duration;
  if (!master.end) return undefined;
  return ICAL.Duration.fromSeconds(Math.max(0, wallSeconds(master.end.wall) - wallSeconds(master.start.wall)));
}

function parseCalendarProperties(lines: string[]): ICAL.Component {
  try {
    return new ICAL.Component(ICAL.parse(['BEGIN:VCALENDAR', ...lines, 'END:VCALENDAR'].join('\r\n')) as unknown as unknown[]);
  } catch {
    throw new BusyTimesError('The calendar file could not be read (it is not valid iCalendar).');
  }
}

/**
 * Whether an event surely lies outside the window, judged from its raw dates without parsing
 * (most of a long-lived feed is history). Two days of margin cover any zone's offset.
 */
function outsideWindow(from: Date, to: Date) {
  const first = compactDate(new Date(from.getTime() - 2 * 86_400_000));
  const last = compactDate(new Date(to.getTime() + 2 * 86_400_000));
  return (block: IcsBlock) => {
    if (block.broken || /^(RRULE|RDATE|RECURRENCE-ID|DURATION)[;:]/im.test(block.text)) return false;
    const start = /^(\d{8})/.exec(rawProperty(block, 'DTSTART')?.value ?? '')?.[1];
    if (!start) return false;
    const end = /^(\d{8})/.exec(rawProperty(block, 'DTEND')?.value ?? start)?.[1] ?? start;
    return end < first || start > last;
  };
}

/** Resolves at once while the current slice lasts, else after other work had a turn. */
function pauser() {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < SLICE_MS) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  };
}

function dateOf(block: IcsBlock): { date?: string } {
  const match = /^(\d{4})(\d{2})(\d{2})/.exec(rawProperty(block, 'DTSTART')?.value ?? '');
  return match ? { date: `${match[1]}-${match[2]}-${match[3]}` } : {};
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const compactDate = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, '');
const isoDate = (t: ICAL.Time) => `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
const plusDays = (date: string, days: number) => DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate()!;
/** "20310106T093000" → "2031-01-06T09:30:00" (with Z in UTC): the occurrence's original start, as stored. */
function label(key: string, zone: FeedZone): string {
  const date = `${key.slice(0, 4)}-${key.slice(4, 6)}-${key.slice(6, 8)}`;
  if (key.length === 8) return date;
  return `${date}T${key.slice(9, 11)}:${key.slice(11, 13)}:${key.slice(13, 15)}${zone.kind === 'utc' ? 'Z' : ''}`;
}
