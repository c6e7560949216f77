// Why a day has no appointment slots. An empty list alone leaves a caller guessing (closed? full?
// too late to book?); each day with nothing free names the first reason that explains it.
import { daysBetweenDates, eachLocalDate, localDateOf, localTimeToInstant, type LocalDate } from '../time';
import { appointmentSlots, workingMinutes, type AppointmentSlot, type AppointmentSlotsInput, type StaffSchedule } from './appointments';
import { bookingWindow } from './booking-window';
import { interval, mergeIntervals, subtractIntervals, type Interval } from './ranges';

export type AppointmentDayReason = 'past' | 'beyond_booking_window' | 'no_staff' | 'closed' | 'lead_time' | 'time_off' | 'fully_booked';
export type AppointmentDay = { date: LocalDate; freeSlots: number; reason: AppointmentDayReason | null };

/** Each local date from fromDate to toDate with its number of free slots, and a reason when it has none. */
export function appointmentDays(input: AppointmentSlotsInput, slots: readonly AppointmentSlot[] = appointmentSlots(input)): AppointmentDay[] {
  const counts = new Map<LocalDate, number>();
  for (const slot of slots) {
    const date = localDateOf(slot.startAt, input.timeZone);
    counts.set(date, (counts.get(date) ?? 0) + 1);
  }
  const window = bookingWindow(input);
  return eachLocalDate(input.fromDate, input.toDate).map((date) => {
    const freeSlots = counts.get(date) ?? 0;
    return { date, freeSlots, reason: freeSlots > 0 ? null : reasonForEmptyDay(input, date, window) };
  });
}

function reasonForEmptyDay(input: AppointmentSlotsInput, date: LocalDate, window: ReturnType<typeof bookingWindow>): AppointmentDayReason {
  if (daysBetweenDates(window.today, date) < 0) return 'past';
  if (daysBetweenDates(window.lastDate, date) > 0) return 'beyond_booking_window';
  if (input.staff.length === 0) return 'no_staff';
  const work = input.staff.map((staff) => ({ staff, hours: workingInstants(staff, date, input.timeZone) })).filter((w) => w.hours.length > 0);
  if (work.length === 0) return 'closed';
  // Time counts only in stretches long enough for the service and its buffers.
  const needed = (input.bufferBeforeMinutes + input.durationMinutes + input.bufferAfterMinutes) * 60_000;
  const usable = (hours: Interval[]) => hours.filter((h) => h.end - h.start >= needed);
  // A slot may start at the earliest bookable time, so its buffer before may lie just before it.
  const tooSoon = { start: Number.MIN_SAFE_INTEGER, end: window.earliestStart.getTime() - input.bufferBeforeMinutes * 60_000 };
  const ahead = work.map((w) => ({ ...w, hours: usable(subtractIntervals(w.hours, [tooSoon])) })).filter((w) => w.hours.length > 0);
  if (ahead.length === 0) return 'lead_time';
  const offDuty = ahead.every((w) => usable(subtractIntervals(w.hours, mergeIntervals(w.staff.timeOff.map((r) => interval(r.startAt, r.endAt))))).length === 0);
  return offDuty ? 'time_off' : 'fully_booked';
}

/** A staff member's working intervals on a local date, as instants (ms). */
function workingInstants(staff: StaffSchedule, date: LocalDate, zone: string): Interval[] {
  return workingMinutes(staff, date).map((m) => ({ start: localTimeToInstant(date, m.start, zone).getTime(), end: localTimeToInstant(date, m.end, zone).getTime() }));
}
