// The occurrences of one repeating event, with its own overrides applied. Everything is compared
// on the series' own wall clock: UNTIL, EXDATE, RDATE and RECURRENCE-ID written in UTC or another
// zone are first read on that clock, so "UNTIL=…Z" never cuts the last occurrence and a deleted
// or moved occurrence is found whatever zone its exception was written in. ical.js only steps
// the RRULE; exceptions are matched here, by UID, so one series never touches another.
import ICAL from 'ical.js';
import { BusyTimesError } from './busy-times-error';
import type { FeedEvent } from './feed-events';
import { floatingTime, instantOf, shiftWall, wallIn, wallOf, wallSeconds, type FeedZone, type ZonedTime } from './feed-zones';

/** At most this many recurrence steps per feed (old daily series are walked from their start). */
export const MAX_ITERATIONS = 100_000;

/** One occurrence: the event whose times apply (master or override) and where it starts. */
export type Occurrence = { key: string; event: FeedEvent; start: ZonedTime };

export type StepBudget = { steps: number };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** A wall-clock reading as a comparable key: "20310115" or "20310115T100000". */
export const keyOf = (t: ICAL.Time) =>
  `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}${t.isDate ? '' : `T${pad(t.hour)}${pad(t.minute)}${pad(t.second)}`}`;

/**
 * Expands `master` until its occurrences start after `stopAfter`. Overrides (same UID) replace the
 * occurrence they name; the generator returns the ones that named no occurrence.
 */
export function* expandSeries(
  master: FeedEvent,
  overrides: FeedEvent[],
  options: { stopAfter: Date; floating: FeedZone; budget: StepBudget },
): Generator<Occurrence, FeedEvent[]> {
  const zone = master.start.zone;
  const isDate = master.start.wall.isDate;
  // A time read on the series' wall clock; a date-time against an all-day series counts by its date.
  const onSeriesClock = (t: ZonedTime): ICAL.Time => {
    if (!isDate) return wallIn(t, zone);
    const wall = t.wall.isDate ? t.wall : wallIn(t, options.floating);
    return floatingTime({ year: wall.year, month: wall.month, day: wall.day, isDate: true });
  };

  const exact = new Map<string, FeedEvent>();
  const fromHereOn: Array<{ key: string; event: FeedEvent; shiftSeconds: number }> = [];
  for (const override of overrides) {
    const original = onSeriesClock(override.recurrenceId!);
    exact.set(keyOf(original), override);
    if (override.thisAndFuture) {
      const moved = onSeriesClock(override.start);
      fromHereOn.push({ key: keyOf(original), event: override, shiftSeconds: wallSeconds(moved) - wallSeconds(original) });
    }
  }
  fromHereOn.sort((a, b) => (a.key < b.key ? -1 : 1));
  const used = new Set<FeedEvent>();

  const excluded = new Set(master.exdates.map((t) => keyOf(onSeriesClock(t))));
  const excludedDays = new Set(master.exdates.filter((t) => t.wall.isDate).map((t) => keyOf(t.wall)));
  const isExcluded = (t: ICAL.Time) => excluded.has(keyOf(t)) || (!t.isDate && excludedDays.has(keyOf(floatingTime({ year: t.year, month: t.month, day: t.day, isDate: true }))));

  const dtstart = wallOf(master.start.wall);
  const iterators = master.rrules.map((rule) => seriesRule(rule, dtstart, onSeriesClock).iterator(dtstart));
  // DTSTART is always the first occurrence (RFC 5545), even when it does not fit the rule.
  const dates = [dtstart, ...master.rdates.map(onSeriesClock)].sort((a, b) => a.compare(b));
  const heads = iterators.map((it) => it.next());
  let dateIndex = 0;
  let lastKey = '';

  while (true) {
    let next: ICAL.Time | null = dates[dateIndex] ?? null;
    let from = -1;
    heads.forEach((head, i) => {
      if (head && (!next || head.compare(next) < 0)) {
        next = head;
        from = i;
      }
    });
    if (!next) break;
    const current: ICAL.Time = wallOf(next);
    if (from >= 0) heads[from] = iterators[from]!.next();
    else dateIndex += 1;
    if ((options.budget.steps += 1) > MAX_ITERATIONS) throw new BusyTimesError('The calendar repeats events too often to import.');

    const key = keyOf(current);
    if (key === lastKey) continue; // the same time from a rule and an RDATE
    lastKey = key;
    if (instantOf(current, isDate ? options.floating : zone) > options.stopAfter) break;
    if (isExcluded(current)) continue;

    const override = exact.get(key);
    if (override) {
      used.add(override);
      yield { key, event: override, start: override.start };
      continue;
    }
    const range = latestAtOrBefore(fromHereOn, key);
    if (range) {
      const shifted = shiftWall(current, range.shiftSeconds);
      yield { key, event: range.event, start: { wall: shifted, zone: isDate ? range.event.start.zone : zone } };
      continue;
    }
    yield { key, event: master, start: { wall: current, zone } };
  }
  return overrides.filter((o) => !used.has(o));
}

/** The rule with its UNTIL read on the series' clock (a DATE UNTIL on a timed series includes that whole day). */
function seriesRule(rule: ICAL.Recur, dtstart: ICAL.Time, onSeriesClock: (t: ZonedTime) => ICAL.Time): ICAL.Recur {
  const copy = rule.clone();
  const until = rule.until;
  if (!until) return copy;
  if (until.isDate && !dtstart.isDate) {
    copy.until = floatingTime({ year: until.year, month: until.month, day: until.day, hour: 23, minute: 59, second: 59, isDate: false });
  } else if (!until.isDate && until.zone === ICAL.Timezone.utcTimezone) {
    copy.until = onSeriesClock({ wall: wallOf(until), zone: { kind: 'utc' } });
  } else {
    copy.until = wallOf(until); // floating UNTIL: already the series' wall clock
  }
  return copy;
}

function latestAtOrBefore<T extends { key: string }>(sorted: T[], key: string): T | undefined {
  let found: T | undefined;
  for (const item of sorted) {
    if (item.key > key) break;
    found = item;
  }
  return found;
}
