// A listing's weekly opening hours turned into concrete instants for a given local date.
import type { OpeningHours } from '../listing-json';
import { isoWeekday, localTimeToInstant, parseClockTime, type LocalDate } from '../time';
import { mergeIntervals, type Interval } from './ranges';

/** Opening intervals of one local day as [start, end) minutes after local midnight. */
export function openingMinutes(hours: OpeningHours, date: LocalDate): Interval[] {
  const key = String(isoWeekday(date)) as keyof OpeningHours;
  const day = hours[key] ?? [];
  return mergeIntervals(day.map(([open, close]) => ({ start: parseClockTime(open), end: parseClockTime(close) })));
}

/** Opening intervals of one local day as instants (DST-correct: 09:00 stays 09:00 local). */
export function openingIntervals(hours: OpeningHours, date: LocalDate, timeZone: string): Interval[] {
  return openingMinutes(hours, date).map((m) => ({
    start: localTimeToInstant(date, m.start, timeZone).getTime(),
    end: localTimeToInstant(date, m.end, timeZone).getTime(),
  }));
}
