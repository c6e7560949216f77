// Rentals: which physical units are free for a range, and whether a requested range obeys the
// listing's policy (lead time, advance limit, duration limits, opening hours).
import type { BookingStatus, PricingUnit } from '@/lib/generated/prisma/enums';
import { isBlocking } from '../booking-status';
import type { OpeningHours } from '../listing-json';
import { daysBetweenDates, describeMinutes, localDateOf, localMinuteOfDay } from '../time';
import { bookingWindow } from './booking-window';
import { openingIntervals } from './opening-hours';
import { contains, interval, overlaps, type Interval } from './ranges';

export type UnitAllocation = {
  unitId: string;
  startAt: Date;
  endAt: Date;
  status: BookingStatus;
  holdExpiresAt: Date | null;
};

/** Ids of active units (in input order) with no blocking allocation overlapping [startAt, endAt). */
/** An external calendar's busy time on a unit takes it exactly like a confirmed booking (never expires). */
export function externalBusyAsAllocation(busy: { unitId: string; startAt: Date; endAt: Date }): UnitAllocation {
  return { ...busy, status: 'CONFIRMED', holdExpiresAt: null };
}

export function freeUnits(input: {
  units: readonly { id: string; active: boolean }[];
  allocations: readonly UnitAllocation[];
  startAt: Date;
  endAt: Date;
  now: Date;
}): string[] {
  const wanted = interval(input.startAt, input.endAt);
  const taken = new Set(
    input.allocations
      .filter((a) => isBlocking(a.status, a.holdExpiresAt, input.now) && overlaps(interval(a.startAt, a.endAt), wanted))
      .map((a) => a.unitId),
  );
  return input.units.filter((u) => u.active && !taken.has(u.id)).map((u) => u.id);
}

export type RentalViolationCode =
  | 'END_NOT_AFTER_START'
  | 'IN_THE_PAST'
  | 'LEAD_TIME'
  | 'TOO_FAR_AHEAD'
  | 'TOO_SHORT'
  | 'TOO_LONG'
  | 'OUTSIDE_OPENING_HOURS';

export type Violation<Code extends string = RentalViolationCode> = { code: Code; field: 'startAt' | 'endAt'; message: string };

export type RentalRequest = {
  startAt: Date;
  endAt: Date;
  now: Date;
  pricingUnit: PricingUnit;
  timeZone: string;
  minDurationMinutes?: number | null;
  maxDurationMinutes?: number | null;
  leadTimeMinutes: number;
  maxAdvanceDays: number;
  /** null = always open. */
  openingHours?: OpeningHours | null;
};

/** Every policy rule the requested range breaks (empty = acceptable); availability is separate. */
export function checkRentalRequest(req: RentalRequest): Violation[] {
  const violations: Violation[] = [];
  const start = req.startAt.getTime();
  const end = req.endAt.getTime();
  if (end <= start) {
    return [{ code: 'END_NOT_AFTER_START', field: 'endAt', message: 'The return time must be after the pickup time.' }];
  }

  const window = bookingWindow(req);
  if (start < req.now.getTime()) {
    violations.push({ code: 'IN_THE_PAST', field: 'startAt', message: 'The pickup time is in the past.' });
  } else if (start < window.earliestStart.getTime()) {
    violations.push({ code: 'LEAD_TIME', field: 'startAt', message: `Book at least ${describeMinutes(req.leadTimeMinutes)} ahead.` });
  }
  if (daysBetweenDates(window.lastDate, localDateOf(req.startAt, req.timeZone)) > 0) {
    violations.push({ code: 'TOO_FAR_AHEAD', field: 'startAt', message: `Bookings open at most ${req.maxAdvanceDays} days ahead.` });
  }

  const minutes = (end - start) / 60_000;
  if (req.minDurationMinutes != null && minutes < req.minDurationMinutes) {
    violations.push({ code: 'TOO_SHORT', field: 'endAt', message: `The minimum rental is ${describeMinutes(req.minDurationMinutes)}.` });
  }
  if (req.maxDurationMinutes != null && minutes > req.maxDurationMinutes) {
    violations.push({ code: 'TOO_LONG', field: 'endAt', message: `The maximum rental is ${describeMinutes(req.maxDurationMinutes)}.` });
  }

  if (req.openingHours) violations.push(...openingHoursViolations(req, req.openingHours));
  return violations;
}

/**
 * Opening hours, kept simple:
 * - HOUR rentals: the whole range lies inside one opening interval of the pickup's local day.
 * - Other units: pickup and return each fall inside (ends included) an opening interval of their
 *   own local day; an endpoint exactly at local midnight means whole days, so a midnight
 *   pickup only needs the shop open that day and a midnight return is not checked.
 */
function openingHoursViolations(req: RentalRequest, hours: OpeningHours): Violation[] {
  const zone = req.timeZone;
  const startDate = localDateOf(req.startAt, zone);
  const range = interval(req.startAt, req.endAt);

  if (req.pricingUnit === 'HOUR') {
    const inside = openingIntervals(hours, startDate, zone).some((open) => contains(open, range));
    return inside ? [] : [{ code: 'OUTSIDE_OPENING_HOURS', field: 'endAt', message: 'The rental must be within opening hours on one day.' }];
  }

  const violations: Violation[] = [];
  const atMidnight = (d: Date) => localMinuteOfDay(d, zone) === 0;
  const openAt = (d: Date) => {
    const t = d.getTime();
    return openingIntervals(hours, localDateOf(d, zone), zone).some((o: Interval) => o.start <= t && t <= o.end);
  };
  const startOk = atMidnight(req.startAt) ? openingIntervals(hours, startDate, zone).length > 0 : openAt(req.startAt);
  if (!startOk) violations.push({ code: 'OUTSIDE_OPENING_HOURS', field: 'startAt', message: 'Pickup is outside opening hours.' });
  if (!atMidnight(req.endAt) && !openAt(req.endAt)) {
    violations.push({ code: 'OUTSIDE_OPENING_HOURS', field: 'endAt', message: 'Return is outside opening hours.' });
  }
  return violations;
}
