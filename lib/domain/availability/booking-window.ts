// The window in which a listing takes bookings: not before now + lead time, not after the local
// date maxAdvanceDays from today (inclusive, counted in calendar days in the listing's zone).
import { addDays, localDateOf, type LocalDate } from '../time';

export type BookingWindowPolicy = { now: Date; timeZone: string; leadTimeMinutes: number; maxAdvanceDays: number };

export function bookingWindow(policy: BookingWindowPolicy): { earliestStart: Date; today: LocalDate; lastDate: LocalDate } {
  const today = localDateOf(policy.now, policy.timeZone);
  return {
    earliestStart: new Date(policy.now.getTime() + policy.leadTimeMinutes * 60_000),
    today,
    lastDate: addDays(today, policy.maxAdvanceDays),
  };
}
