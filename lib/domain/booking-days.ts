// Days used and days remaining of a multi-day booking (a monthly desk, a week's car rental), in
// the listing's zone. Day k of a booking runs from the pickup's wall-clock time k local days
// later, as billable-periods.ts counts them, so a 23- or 25-hour DST day is still one day.
import { billableDays } from './billable-periods';
import { localDateOf, plusLocalDays, type LocalDate } from './time';

export type BookingDay = { date: LocalDate; state: 'past' | 'today' | 'upcoming'; checkedIn: boolean };

export type BookingDays = {
  totalDays: number;
  /** Days begun by `now` (today included). */
  usedDays: number;
  remainingDays: number;
  /** The day running now, or null before the start and after the end. */
  today: LocalDate | null;
  days: BookingDay[];
  /** Days with a check-in (desks: someone came in). */
  checkedInDays: number;
};

/** The booking's days as of `now`; check-ins are local dates (one per day at most). */
export function bookingDays(input: { startAt: Date; endAt: Date; timeZone: string; now: Date; checkIns?: readonly LocalDate[] }): BookingDays {
  const { startAt, endAt, timeZone, now } = input;
  const totalDays = billableDays(startAt, endAt, timeZone);
  const checkedIn = new Set(input.checkIns ?? []);
  const days: BookingDay[] = [];
  let usedDays = 0;
  let today: LocalDate | null = null;
  for (let k = 0; k < totalDays; k += 1) {
    const from = plusLocalDays(startAt, k, timeZone);
    const to = k === totalDays - 1 ? endAt : plusLocalDays(startAt, k + 1, timeZone);
    const date = localDateOf(from, timeZone);
    const begun = from.getTime() <= now.getTime();
    const running = begun && now.getTime() < to.getTime();
    if (begun) usedDays += 1;
    if (running) today = date;
    days.push({ date, state: running ? 'today' : begun ? 'past' : 'upcoming', checkedIn: checkedIn.has(date) });
  }
  return { totalDays, usedDays, remainingDays: totalDays - usedDays, today, days, checkedInDays: days.filter((d) => d.checkedIn).length };
}

/** Worth showing: a rental that spans several days. */
export const isMultiDay = (booking: { kind: string; startAt: Date; endAt: Date; timeZone: string }) =>
  booking.kind === 'RENTAL' && billableDays(booking.startAt, booking.endAt, booking.timeZone) >= 2;
