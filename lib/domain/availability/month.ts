// A month calendar for a listing: per local day, can something be booked, and a short summary.
// Built on the per-kind functions so the calendar never disagrees with the booking check.
import { isBlocking } from '../booking-status';
import type { OpeningHours } from '../listing-json';
import { addDays, daysBetweenDates, eachLocalDate, localDateOf, monthBounds, startOfLocalDay, type LocalDate } from '../time';
import { appointmentSlots, type AppointmentSlotsInput } from './appointments';
import { bookingWindow } from './booking-window';
import { openingIntervals } from './opening-hours';
import { clamp, interval, overlapsAny, subtractIntervals, type Interval } from './ranges';
import type { UnitAllocation } from './rental';
import { sessionAvailability, type SessionInput } from './sessions';

type Common = { month: string; timeZone: string; now: Date };

export type MonthScheduleInput =
  | (Common & {
      kind: 'RENTAL';
      units: readonly { id: string; active: boolean }[];
      allocations: readonly UnitAllocation[];
      leadTimeMinutes: number;
      maxAdvanceDays: number;
      openingHours?: OpeningHours | null;
    })
  | (Common & { kind: 'SESSION'; sessions: readonly SessionInput[]; leadTimeMinutes: number })
  | (Common & { kind: 'APPOINTMENT' } & Omit<AppointmentSlotsInput, 'fromDate' | 'toDate'>);

type SummaryByKind = {
  /** Units with no booking during the day's bookable hours / with at least some free time in them. */
  RENTAL: { unitsFreeAllDay: number; unitsFreeSomeTime: number };
  /** Scheduled sessions starting that day, how many can be booked, and their seats left. */
  SESSION: { sessions: number; bookableSessions: number; seatsLeft: number };
  APPOINTMENT: { freeSlots: number };
};

export type DaySchedule<K extends keyof SummaryByKind = keyof SummaryByKind> = {
  date: LocalDate;
  bookable: boolean;
  summary: SummaryByKind[K];
};

export function monthSchedule<I extends MonthScheduleInput>(input: I): DaySchedule<I['kind']>[];
export function monthSchedule(input: MonthScheduleInput): DaySchedule[] {
  const { first, last } = monthBounds(input.month);
  const dates = eachLocalDate(first, last);
  switch (input.kind) {
    case 'RENTAL':
      return rentalMonth(input, dates);
    case 'SESSION':
      return sessionMonth(input, dates);
    case 'APPOINTMENT':
      return appointmentMonth(input, first, last, dates);
  }
}

/**
 * A rental day's bookable hours are its opening hours (all day when none are set) from now +
 * lead time on, on dates up to maxAdvanceDays ahead; the day is bookable when some active unit
 * has free time in them.
 */
function rentalMonth(input: Extract<MonthScheduleInput, { kind: 'RENTAL' }>, dates: LocalDate[]): DaySchedule<'RENTAL'>[] {
  const zone = input.timeZone;
  const window = bookingWindow(input);
  const blockingByUnit = new Map<string, Interval[]>();
  for (const a of input.allocations) {
    if (!isBlocking(a.status, a.holdExpiresAt, input.now)) continue;
    blockingByUnit.set(a.unitId, [...(blockingByUnit.get(a.unitId) ?? []), interval(a.startAt, a.endAt)]);
  }
  const units = input.units.filter((u) => u.active);

  return dates.map((date) => {
    const day = { start: startOfLocalDay(date, zone).getTime(), end: startOfLocalDay(addDays(date, 1), zone).getTime() };
    const open = input.openingHours ? openingIntervals(input.openingHours, date, zone) : [day];
    const inWindow = daysBetweenDates(window.lastDate, date) <= 0;
    const bookableHours = inWindow
      ? open.map((o) => clamp(o, { start: window.earliestStart.getTime(), end: Infinity })).filter((o): o is Interval => o !== null)
      : [];
    let unitsFreeAllDay = 0;
    let unitsFreeSomeTime = 0;
    if (bookableHours.length > 0) {
      for (const unit of units) {
        const blocked = blockingByUnit.get(unit.id) ?? [];
        if (!bookableHours.some((hours) => overlapsAny(hours, blocked))) unitsFreeAllDay++;
        if (subtractIntervals(bookableHours, blocked).length > 0) unitsFreeSomeTime++;
      }
    }
    return { date, bookable: unitsFreeSomeTime > 0, summary: { unitsFreeAllDay, unitsFreeSomeTime } };
  });
}

function sessionMonth(input: Extract<MonthScheduleInput, { kind: 'SESSION' }>, dates: LocalDate[]): DaySchedule<'SESSION'>[] {
  const byDate = new Map<LocalDate, { sessions: number; bookableSessions: number; seatsLeft: number }>();
  const availability = sessionAvailability(input.sessions, input.now, input.leadTimeMinutes);
  for (const [i, s] of availability.entries()) {
    if (input.sessions[i]!.status !== 'SCHEDULED') continue; // cancelled sessions are not shown
    const date = localDateOf(s.startAt, input.timeZone);
    const entry = byDate.get(date) ?? { sessions: 0, bookableSessions: 0, seatsLeft: 0 };
    entry.sessions++;
    if (s.bookable) {
      entry.bookableSessions++;
      entry.seatsLeft += s.seatsLeft;
    }
    byDate.set(date, entry);
  }
  return dates.map((date) => {
    const summary = byDate.get(date) ?? { sessions: 0, bookableSessions: 0, seatsLeft: 0 };
    return { date, bookable: summary.bookableSessions > 0, summary };
  });
}

function appointmentMonth(
  input: Extract<MonthScheduleInput, { kind: 'APPOINTMENT' }>,
  first: LocalDate,
  last: LocalDate,
  dates: LocalDate[],
): DaySchedule<'APPOINTMENT'>[] {
  const counts = new Map<LocalDate, number>();
  for (const slot of appointmentSlots({ ...input, fromDate: first, toDate: last })) {
    const date = localDateOf(slot.startAt, input.timeZone);
    counts.set(date, (counts.get(date) ?? 0) + 1);
  }
  return dates.map((date) => {
    const freeSlots = counts.get(date) ?? 0;
    return { date, bookable: freeSlots > 0, summary: { freeSlots } };
  });
}
