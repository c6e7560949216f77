import 'server-only';
// Reads one VEVENT into what the import needs: its start, end, repeat rules, exceptions and
// whether it blocks time. A problem with the event throws SkipEvent with a reason the business
// can act on; the rest of the feed is still imported.
import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import type { FeedZones, ZonedTime } from './feed-zones';
import { instantOf, wallOf } from './feed-zones';
import type { IcsBlock } from './ics-blocks';

/** This event cannot be imported; `message` says why, in words for the business. */
export class SkipEvent extends Error {}

export type FeedEvent = {
  uid: string;
  /** Line of its BEGIN:VEVENT in the feed, for messages. */
  line: number;
  start: ZonedTime;
  end?: ZonedTime;
  duration?: ICAL.Duration;
  /** For an override of one occurrence of a series: the occurrence's original start. */
  recurrenceId?: ZonedTime;
  /** RANGE=THISANDFUTURE: the override also changes every later occurrence. */
  thisAndFuture: boolean;
  rrules: ICAL.Recur[];
  rdates: ZonedTime[];
  exdates: ZonedTime[];
  /** Cancelled or marked free (TRANSP:TRANSPARENT): blocks nothing. */
  free: boolean;
  /** DTEND was before DTSTART (seen in real feeds); `end` is then left out. */
  endsBeforeStart: boolean;
};

export function readEvent(block: IcsBlock, zones: FeedZones): FeedEvent {
  if (block.broken) throw new SkipEvent(`it is cut off (${block.broken})`);
  let component: ICAL.Component;
  try {
    component = new ICAL.Component(readBareDatesAsDates(ICAL.parse(block.text) as unknown as [string, JCalProperty[], unknown[]]));
  } catch (error) {
    throw new SkipEvent(unreadableLine(error));
  }
  const startProp = component.getFirstProperty('dtstart');
  if (!startProp) throw new SkipEvent('it has no start time (DTSTART)');
  const start = zonedTimes(startProp, zones, 'start time (DTSTART)')[0];
  if (!start) throw new SkipEvent('its start time (DTSTART) is empty');
  const endProp = component.getFirstProperty('dtend');
  const writtenEnd = endProp ? zonedTimes(endProp, zones, 'end time (DTEND)')[0] : undefined;
  const endsBeforeStart = !!writtenEnd && !writtenEnd.wall.isDate && !start.wall.isDate && instantOf(writtenEnd.wall, writtenEnd.zone) < instantOf(start.wall, start.zone);
  const end = endsBeforeStart ? undefined : writtenEnd;
  const durationProp = endProp ? null : component.getFirstProperty('duration');
  const duration = durationProp ? readValue(() => durationProp.getFirstValue() as ICAL.Duration, 'duration (DURATION)') : undefined;
  const recurrenceProp = component.getFirstProperty('recurrence-id');

  const rrules = component.getAllProperties('rrule').map((p) => readValue(() => p.getFirstValue() as ICAL.Recur, 'repeat rule (RRULE)'));
  for (const rule of rrules) {
    if (!rule.freq) throw new SkipEvent('its repeat rule (RRULE) has no frequency (FREQ)');
  }
  return {
    uid: String(component.getFirstPropertyValue('uid') ?? '').trim() || substituteUid(block.text),
    line: block.line,
    start,
    end,
    duration,
    recurrenceId: recurrenceProp ? zonedTimes(recurrenceProp, zones, 'original start (RECURRENCE-ID)')[0] : undefined,
    thisAndFuture: String(recurrenceProp?.getParameter('range') ?? '').toUpperCase() === 'THISANDFUTURE',
    rrules,
    // An unreadable EXDATE is ignored (the occurrence then blocks: the safe side); so is an unreadable RDATE.
    rdates: component.getAllProperties('rdate').flatMap((p) => optional(() => zonedTimes(p, zones, 'extra date (RDATE)'))),
    exdates: component.getAllProperties('exdate').flatMap((p) => optional(() => zonedTimes(p, zones, 'excluded date (EXDATE)'))),
    free: isFree(component),
    endsBeforeStart,
  };
}

/** All values of a date or date-time property with their zone. An RDATE period counts by its start. */
function zonedTimes(prop: ICAL.Property, zones: FeedZones, what: string): ZonedTime[] {
  const tzid = prop.getParameter('tzid');
  const values = readValue(() => prop.getValues(), what) as Array<ICAL.Time | ICAL.Period>;
  return values.map((value) => {
    const time = value instanceof ICAL.Period ? value.start : value;
    if (!(time instanceof ICAL.Time)) throw new SkipEvent(`its ${what} is not a date or time`);
    // A date has no zone (all-day events are placed in the business's zone), whatever TZID it carries.
    return { wall: wallOf(time), zone: time.isDate ? zones.floating : zones.of(time, typeof tzid === 'string' ? tzid : undefined) };
  });
}

function readValue<T>(read: () => T, what: string): T {
  try {
    return read();
  } catch {
    throw new SkipEvent(`its ${what} cannot be read`);
  }
}

function optional<T>(read: () => T[]): T[] {
  try {
    return read();
  } catch {
    return [];
  }
}

// Apple and older exporters write all-day dates without VALUE=DATE ("DTSTART:20310120"), which
// ical.js reads as a broken date-time; the meaning is plain, so it is read as the date it is.
type JCalProperty = [string, Record<string, unknown>, string, ...unknown[]];
function readBareDatesAsDates(jcal: [string, JCalProperty[], unknown[]]) {
  for (const prop of jcal[1]) {
    if (prop[2] !== 'date-time') continue;
    const values = prop.slice(3);
    if (values.length > 0 && values.every((v) => typeof v === 'string' && /^\d{4}-\d\d-\d\dT::$/.test(v))) {
      prop.splice(2, prop.length - 2, 'date', ...values.map((v) => (v as string).slice(0, 10)));
    }
  }
  return jcal;
}

function isFree(component: ICAL.Component): boolean {
  const status = String(component.getFirstPropertyValue('status') ?? '').trim().toUpperCase();
  const transp = String(component.getFirstPropertyValue('transp') ?? '').trim().toUpperCase();
  return status === 'CANCELLED' || transp === 'TRANSPARENT';
}

/** Older Exchange/OWA and Mozilla exports have events without UID: an id from the event's content keeps it stable across syncs. */
function substituteUid(text: string): string {
  const content = text
    .split('\r\n')
    .filter((line) => !/^(DTSTAMP|LAST-MODIFIED|SEQUENCE)[;:]/i.test(line))
    .join('\n');
  return `no-uid-${createHash('sha256').update(content).digest('hex').slice(0, 24)}`;
}

function unreadableLine(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  if (/double quote/i.test(message)) return 'one of its lines has a quote (") that is never closed, often in a time zone name (TZID)';
  return 'one of its lines is not valid iCalendar';
}
