import 'server-only';
import type { Db } from '@/lib/db/prisma';
import { appointmentDays } from '@/lib/domain/availability/appointment-days';
import { appointmentSlots } from '@/lib/domain/availability/appointments';
import { monthSchedule } from '@/lib/domain/availability/month';
import { checkRentalRequest, externalBusyAsAllocation, freeUnits, type UnitAllocation } from '@/lib/domain/availability/rental';
import { sessionAvailability, type SessionInput } from '@/lib/domain/availability/sessions';
import { openingHoursSchema } from '@/lib/domain/listing-json';
import { addDays, monthBounds, startOfLocalDay, type LocalDate } from '@/lib/domain/time';
import { isBlocking } from '@/lib/domain/booking-status';
import { NotFound } from '@/lib/errors';
import type { Listing } from '@/lib/generated/prisma/client';
import { loadStaffSchedules } from './staff-schedules';
import { listingTimeZone } from '@/lib/domain/listing-rules';

// What can be booked, read for pages and the API. The same domain functions decide here and in
// the booking transaction, so what a page offers is what the booking accepts.

/** A listing with its vendor's zone, as the caller may already hold it (one round trip fewer). */
export type ListingWithZone = Listing & { vendor: { timeZone: string } };

async function loadListing(db: Db, listingId: string, loaded?: ListingWithZone) {
  const listing = loaded?.id === listingId ? loaded : await db.listing.findUnique({ where: { id: listingId }, include: { vendor: { select: { timeZone: true } } } });
  if (!listing) throw new NotFound('This listing does not exist.');
  return { ...listing, zone: listingTimeZone(listing) };
}

/** What takes the listing's units in [from, to): blocking bookings, and busy times from the units' external calendars (which block like a confirmed booking). */
async function unitAllocations(db: Db, listingId: string, from: Date, to: Date): Promise<UnitAllocation[]> {
  const [rows, busy] = await Promise.all([
    db.bookingAllocation.findMany({
      where: { blocking: true, unit: { listingId }, startAt: { lt: to }, endAt: { gt: from } },
      select: { unitId: true, startAt: true, endAt: true, booking: { select: { status: true, holdExpiresAt: true } } },
    }),
    db.externalBusyBlock.findMany({ where: { unit: { listingId }, startAt: { lt: to }, endAt: { gt: from } }, select: { unitId: true, startAt: true, endAt: true } }),
  ]);
  return [
    ...rows.map((r) => ({ unitId: r.unitId!, startAt: r.startAt, endAt: r.endAt, status: r.booking.status, holdExpiresAt: r.booking.holdExpiresAt })),
    ...busy.map((b) => externalBusyAsAllocation({ unitId: b.unitId!, startAt: b.startAt, endAt: b.endAt })),
  ];
}

/** Which units are free for [startAt, endAt), whether a quantity fits, and the policy rules the range breaks. */
export async function rentalAvailability(db: Db, listingId: string, startAt: Date, endAt: Date, now = new Date()) {
  const listing = await loadListing(db, listingId);
  const [units, allocations] = await Promise.all([
    db.rentalUnit.findMany({ where: { listingId }, orderBy: { code: 'asc' }, select: { id: true, code: true, active: true } }),
    unitAllocations(db, listingId, startAt, endAt),
  ]);
  const violations = checkRentalRequest({
    startAt,
    endAt,
    now,
    pricingUnit: listing.pricingUnit,
    timeZone: listing.zone,
    minDurationMinutes: listing.minDurationMinutes,
    maxDurationMinutes: listing.maxDurationMinutes,
    leadTimeMinutes: listing.leadTimeMinutes,
    maxAdvanceDays: listing.maxAdvanceDays,
    openingHours: listing.openingHours ? openingHoursSchema.parse(listing.openingHours) : null,
  });
  const free = freeUnits({ units, allocations, startAt, endAt, now });
  const codes = new Map(units.map((u) => [u.id, u.code]));
  return {
    timeZone: listing.zone,
    totalUnits: units.filter((u) => u.active).length,
    freeUnits: free.length,
    free: free.map((id) => ({ id, code: codes.get(id)! })),
    fits: (quantity: number) => violations.length === 0 && free.length >= quantity,
    violations,
  };
}

/** Each unit of a rental with the times in [from, to) it is taken: booked, or held by an unpaid or unanswered booking. */
export async function rentalUnitsBusy(db: Db, listingId: string, from: Date, to: Date, now = new Date()) {
  const [units, allocations] = await Promise.all([
    db.rentalUnit.findMany({ where: { listingId }, orderBy: { code: 'asc' }, select: { id: true, code: true, active: true } }),
    unitAllocations(db, listingId, from, to),
  ]);
  const live = allocations.filter((a) => isBlocking(a.status, a.holdExpiresAt, now));
  return units.map((unit) => ({
    ...unit,
    busy: live
      .filter((a) => a.unitId === unit.id)
      .sort((x, y) => x.startAt.getTime() - y.startAt.getTime())
      .map((a) => ({ startAt: a.startAt, endAt: a.endAt, held: a.status === 'REQUESTED' || a.status === 'AWAITING_PAYMENT' })),
  }));
}

/**
 * Sessions in [from, to) with seats left. The stored counter still includes holds that lapsed but
 * were not tidied yet; those seats are free, so they are given back here.
 */
async function sessionsWithLiveSeats(db: Db, listingId: string, from: Date, to: Date, now: Date): Promise<SessionInput[]> {
  const sessions = await db.listingSession.findMany({
    where: { listingId, startAt: { gte: from, lt: to } },
    orderBy: { startAt: 'asc' },
    select: {
      id: true,
      startAt: true,
      endAt: true,
      capacity: true,
      seatsTaken: true,
      status: true,
      allocations: {
        where: { blocking: true, booking: { status: { in: ['REQUESTED', 'AWAITING_PAYMENT'] }, holdExpiresAt: { lte: now } } },
        select: { seats: true },
      },
    },
  });
  return sessions.map(({ allocations, ...s }) => ({ ...s, seatsTaken: s.seatsTaken - allocations.reduce((sum, a) => sum + a.seats, 0) }));
}

export async function sessionsBetween(db: Db, listingId: string, from: Date, to: Date, now = new Date(), loaded?: ListingWithZone) {
  const listing = await loadListing(db, listingId, loaded);
  const sessions = await sessionsWithLiveSeats(db, listingId, from, to, now);
  return { timeZone: listing.zone, sessions: sessionAvailability(sessions, now, listing.leadTimeMinutes) };
}

/** Appointment slots on local dates [fromDate, toDate], for one staff member or any. */
export async function appointmentSlotsBetween(db: Db, listingId: string, fromDate: LocalDate, toDate: LocalDate, options: { staffId?: string; now?: Date; listing?: ListingWithZone } = {}) {
  const now = options.now ?? new Date();
  const listing = await loadListing(db, listingId, options.listing);
  const staffIds = (await db.staffService.findMany({ where: { listingId, staff: { active: true } }, select: { staffId: true } }))
    .map((s) => s.staffId)
    .filter((id) => !options.staffId || id === options.staffId);
  const from = startOfLocalDay(fromDate, listing.zone);
  const to = startOfLocalDay(addDays(toDate, 1), listing.zone);
  const staff = await loadStaffSchedules(db, staffIds, from, to, listing.zone, now);
  const input = { ...appointmentShape(listing), timeZone: listing.zone, fromDate, toDate, now, staff };
  const slots = listing.durationMinutes ? appointmentSlots(input) : [];
  // Each day's count and reason only when asked (the API): booking checks need just the slots.
  return { timeZone: listing.zone, slots, days: () => appointmentDays(input, slots) };
}

function appointmentShape(listing: Awaited<ReturnType<typeof loadListing>>) {
  return {
    durationMinutes: listing.durationMinutes ?? 60,
    bufferBeforeMinutes: listing.bufferBeforeMinutes,
    bufferAfterMinutes: listing.bufferAfterMinutes,
    slotIntervalMinutes: listing.slotIntervalMinutes,
    leadTimeMinutes: listing.leadTimeMinutes,
    maxAdvanceDays: listing.maxAdvanceDays,
  };
}

/** Per local day of `month` ('YYYY-MM'): is anything bookable, and a short summary. */
export async function listingMonthSchedule(db: Db, listingId: string, month: string, now = new Date()) {
  const listing = await loadListing(db, listingId);
  const { first, last } = monthBounds(month);
  const from = startOfLocalDay(first, listing.zone);
  const to = startOfLocalDay(addDays(last, 1), listing.zone);
  const common = { month, timeZone: listing.zone, now };

  if (listing.kind === 'RENTAL') {
    const [units, allocations] = await Promise.all([
      db.rentalUnit.findMany({ where: { listingId }, select: { id: true, active: true } }),
      unitAllocations(db, listingId, from, to),
    ]);
    return monthSchedule({
      ...common,
      kind: 'RENTAL',
      units,
      allocations,
      leadTimeMinutes: listing.leadTimeMinutes,
      maxAdvanceDays: listing.maxAdvanceDays,
      openingHours: listing.openingHours ? openingHoursSchema.parse(listing.openingHours) : null,
    });
  }
  if (listing.kind === 'SESSION') {
    const sessions = await sessionsWithLiveSeats(db, listingId, from, to, now);
    return monthSchedule({ ...common, kind: 'SESSION', sessions, leadTimeMinutes: listing.leadTimeMinutes });
  }
  const staffIds = (await db.staffService.findMany({ where: { listingId, staff: { active: true } }, select: { staffId: true } })).map((s) => s.staffId);
  const staff = await loadStaffSchedules(db, staffIds, from, to, listing.zone, now);
  return monthSchedule({ ...common, kind: 'APPOINTMENT', ...appointmentShape(listing), staff });
}
