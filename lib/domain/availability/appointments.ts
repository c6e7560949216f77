// Appointments: bookable start times for a service from staff working hours (weekly rules and
// dated exceptions, in the vendor's zone) minus time off and busy blocks.
import { daysBetweenDates, eachLocalDate, isoWeekday, localTimeToInstant, resolveLocalTime, type LocalDate } from '../time';
import { bookingWindow } from './booking-window';
import { interval, mergeIntervals, overlapsAny, subtractIntervals, type Interval } from './ranges';

const MINUTES_PER_DAY = 24 * 60;

export type WeeklyRule = { weekday: number; startMinute: number; endMinute: number };
/** available=false closes [startMinute, endMinute) or, without minutes, the whole day; true adds hours. */
export type DatedException = { date: LocalDate; available: boolean; startMinute?: number | null; endMinute?: number | null };
export type TimeRange = { startAt: Date; endAt: Date };

export type StaffSchedule = {
  id: string;
  rules: readonly WeeklyRule[];
  exceptions: readonly DatedException[];
  timeOff: readonly TimeRange[];
  /** External busy blocks and existing blocking allocations (which already include buffers). */
  busy: readonly TimeRange[];
};

export type AppointmentSlotsInput = {
  timeZone: string;
  fromDate: LocalDate;
  toDate: LocalDate;
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  slotIntervalMinutes: number;
  leadTimeMinutes: number;
  maxAdvanceDays: number;
  now: Date;
  staff: readonly StaffSchedule[];
};

/** endAt is the end of the service itself; the staff member is held for the buffers too. */
export type AppointmentSlot = { startAt: Date; endAt: Date; staffIds: string[] };

const WHOLE_DAY: Interval = { start: 0, end: MINUTES_PER_DAY };
const isClockMinute = (m: number | null | undefined): m is number => Number.isInteger(m) && (m as number) >= 0 && (m as number) <= MINUTES_PER_DAY;
type MinuteRange = { startMinute?: number | null; endMinute?: number | null };
/** Ranges with both ends on the clock (00:00..24:00); others are ignored, and empty ones add nothing. */
const clockRanges = (list: readonly MinuteRange[]): Interval[] =>
  list.flatMap((r) => (isClockMinute(r.startMinute) && isClockMinute(r.endMinute) ? [{ start: r.startMinute, end: r.endMinute }] : []));

/**
 * A staff member's working intervals on a local date, in minutes after local midnight:
 * that weekday's rules, minus unavailable exceptions, plus available exceptions.
 */
export function workingMinutes(staff: Pick<StaffSchedule, 'rules' | 'exceptions'>, date: LocalDate): Interval[] {
  const weekday = isoWeekday(date);
  const exceptions = staff.exceptions.filter((e) => e.date === date);
  // A closure without (valid) minutes closes the whole day: when in doubt, the staff member is off.
  const closed = exceptions.filter((e) => !e.available).map((e) => clockRanges([e])[0] ?? WHOLE_DAY);
  // An available exception without minutes says nothing about when, so it adds nothing.
  const extra = clockRanges(exceptions.filter((e) => e.available));
  const base = subtractIntervals(clockRanges(staff.rules.filter((r) => r.weekday === weekday)), closed);
  return mergeIntervals([...base, ...extra]);
}

/**
 * Bookable slots, sorted by start, each listing the staff who can take it ("any staff" = union).
 * For each working interval, candidate starts step by slotIntervalMinutes in local wall-clock
 * time from the interval's start (so 09:00 stays 09:00 across DST); wall-clock starts that do
 * not exist (spring-forward gap) are skipped. A candidate is kept when [start − bufferBefore,
 * end + bufferAfter) lies inside the working interval and overlaps no time off or busy block,
 * it starts no sooner than now + lead time, and its date is within maxAdvanceDays.
 */
export function appointmentSlots(input: AppointmentSlotsInput): AppointmentSlot[] {
  const { timeZone, durationMinutes, slotIntervalMinutes } = input;
  // A zero interval would never advance; starts are whole wall-clock minutes.
  if (!(durationMinutes > 0) || !Number.isInteger(slotIntervalMinutes) || slotIntervalMinutes <= 0) {
    throw new RangeError('The duration must be positive and the slot interval a positive whole number of minutes.');
  }
  const before = input.bufferBeforeMinutes * 60_000;
  const after = input.bufferAfterMinutes * 60_000;
  const duration = durationMinutes * 60_000;

  const window = bookingWindow(input);
  const from = daysBetweenDates(window.today, input.fromDate) > 0 ? input.fromDate : window.today;
  const to = daysBetweenDates(input.toDate, window.lastDate) > 0 ? input.toDate : window.lastDate;
  const earliest = window.earliestStart.getTime();

  const slots = new Map<number, AppointmentSlot>();
  for (const staff of input.staff) {
    const blocked = mergeIntervals([...staff.timeOff, ...staff.busy].map((r) => interval(r.startAt, r.endAt)));
    for (const date of eachLocalDate(from, to)) {
      for (const work of workingMinutes(staff, date)) {
        const workStart = localTimeToInstant(date, work.start, timeZone).getTime();
        const workEnd = localTimeToInstant(date, work.end, timeZone).getTime();
        for (let minute = work.start; minute < work.end; minute += slotIntervalMinutes) {
          const candidate = resolveLocalTime(date, minute, timeZone);
          if (!candidate.exists) continue;
          const start = candidate.instant.getTime();
          const held = { start: start - before, end: start + duration + after };
          if (held.end > workEnd) break; // later candidates end later still
          if (held.start < workStart || start < earliest || overlapsAny(held, blocked)) continue;
          const slot = slots.get(start) ?? { startAt: new Date(start), endAt: new Date(start + duration), staffIds: [] };
          if (!slot.staffIds.includes(staff.id)) slot.staffIds.push(staff.id);
          slots.set(start, slot);
        }
      }
    }
  }
  return [...slots.values()].sort((a, b) => a.startAt.getTime() - b.startAt.getTime());
}
