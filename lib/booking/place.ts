import 'server-only';
import { loadStaffSchedules } from '@/lib/availability-queries/staff-schedules';
import { appointmentSlots } from '@/lib/domain/availability/appointments';
import { checkRentalRequest } from '@/lib/domain/availability/rental';
import { sessionAvailability } from '@/lib/domain/availability/sessions';
import { openingHoursSchema } from '@/lib/domain/listing-json';
import { localDateOf } from '@/lib/domain/time';
import { NotFound, PolicyViolation, SlotUnavailable, ValidationFailed } from '@/lib/errors';
import type { Listing } from '@/lib/generated/prisma/client';
import { expireLapsedHoldsOn, lockSession, lockStaff, rentalUnitsFree, type Range, type UnitRequest } from './inventory';
import type { Tx } from '@/lib/db/prisma';

// Where a booking goes: which units, which seats, which staff member, under row locks. Used by
// new bookings and by rescheduling (after the booking's own allocations were released).

type Allocation = { unitId?: string; staffId?: string; sessionId?: string; seats?: number; startAt: Date; endAt: Date };
/** `units`: rental units to take when the allocations are inserted (allocateUnits), not before. */
export type Placement = { range: Range; allocations: Allocation[]; unitPrice: number; units?: UnitRequest };
export type PlacementRequest = { startAt?: Date; endAt?: Date; sessionId?: string; staffId?: string; quantity: number };

export async function placeBooking(tx: Tx, listing: Listing, request: PlacementRequest, timeZone: string, now: Date): Promise<Placement> {
  if (listing.kind === 'RENTAL') return placeRental(tx, listing, request, timeZone, now);
  if (listing.kind === 'SESSION') return placeSession(tx, listing, request, now);
  return placeAppointment(tx, listing, request, timeZone, now);
}

function requireRange(input: { startAt?: Date; endAt?: Date }): Range {
  if (!input.startAt || !input.endAt) {
    throw new ValidationFailed('Choose a start and an end.', { startAt: input.startAt ? [] : ['Choose a start'], endAt: input.endAt ? [] : ['Choose an end'] });
  }
  return { startAt: input.startAt, endAt: input.endAt };
}

export function assertRentalPolicy(listing: Listing, range: Range, timeZone: string, now: Date) {
  const violations = checkRentalRequest({
    ...range,
    now,
    pricingUnit: listing.pricingUnit,
    timeZone,
    minDurationMinutes: listing.minDurationMinutes,
    maxDurationMinutes: listing.maxDurationMinutes,
    leadTimeMinutes: listing.leadTimeMinutes,
    maxAdvanceDays: listing.maxAdvanceDays,
    openingHours: listing.openingHours ? openingHoursSchema.parse(listing.openingHours) : null,
  });
  if (violations.length > 0) {
    const fieldErrors: Record<string, string[]> = {};
    for (const v of violations) (fieldErrors[v.field] ??= []).push(v.message);
    throw new ValidationFailed(violations[0]!.message, fieldErrors);
  }
}

async function placeRental(tx: Tx, listing: Listing, input: { startAt?: Date; endAt?: Date; quantity: number }, timeZone: string, now: Date): Promise<Placement> {
  const range = requireRange(input);
  assertRentalPolicy(listing, range, timeZone, now);
  // No lock on the listing's units: bookings of other dates never wait, a slot that is gone fails
  // at once, and the exclusion constraint decides races when the units are inserted.
  const { unitIds, free, lapsed } = await rentalUnitsFree(tx, listing.id, range, now);
  if (free < input.quantity) {
    throw new SlotUnavailable(free === 0 ? 'Nothing is free for these dates. Try other dates.' : `Only ${free} left for these dates.`);
  }
  if (lapsed) await expireLapsedHoldsOn(tx, { unitIds }, range, now);
  return { range, unitPrice: listing.priceAmount, allocations: [], units: { listingId: listing.id, quantity: input.quantity, ...range } };
}

async function placeSession(tx: Tx, listing: Listing, input: { sessionId?: string; quantity: number }, now: Date): Promise<Placement> {
  if (!input.sessionId) throw new ValidationFailed('Choose a date and time.', { sessionId: ['Choose a session'] });
  const session = await lockSession(tx, input.sessionId);
  if (!session || session.listingId !== listing.id) throw new NotFound('This session does not exist.');
  await expireLapsedHoldsOn(tx, { sessionId: session.id }, null, now);
  const fresh = (await lockSession(tx, session.id))!; // the counter after expiring lapsed holds
  const [availability] = sessionAvailability([fresh], now, listing.leadTimeMinutes);
  if (fresh.status !== 'SCHEDULED') throw new PolicyViolation('This session was cancelled.');
  if (!availability!.bookable && !availability!.soldOut) throw new PolicyViolation('This session can no longer be booked.');
  if (availability!.seatsLeft < input.quantity) {
    throw new SlotUnavailable(availability!.soldOut ? 'This session is sold out.' : `Only ${availability!.seatsLeft} seats left in this session.`);
  }
  const range = { startAt: fresh.startAt, endAt: fresh.endAt };
  return { range, unitPrice: fresh.priceAmount ?? listing.priceAmount, allocations: [{ sessionId: fresh.id, seats: input.quantity, ...range }] };
}

async function placeAppointment(tx: Tx, listing: Listing, input: { startAt?: Date; staffId?: string }, timeZone: string, now: Date): Promise<Placement> {
  if (!input.startAt) throw new ValidationFailed('Choose a time.', { startAt: ['Choose a time'] });
  if (!listing.durationMinutes) throw new PolicyViolation('This service has no duration set yet.');
  const offered = await tx.staffService.findMany({ where: { listingId: listing.id, staff: { active: true } }, select: { staffId: true } });
  const candidates = offered.map((s) => s.staffId).filter((id) => !input.staffId || id === input.staffId);
  if (input.staffId && candidates.length === 0) throw new PolicyViolation('This staff member does not offer this service.');
  await lockStaff(tx, candidates);

  const startAt = input.startAt;
  const endAt = new Date(startAt.getTime() + listing.durationMinutes * 60_000);
  const held = { startAt: new Date(startAt.getTime() - listing.bufferBeforeMinutes * 60_000), endAt: new Date(endAt.getTime() + listing.bufferAfterMinutes * 60_000) };
  await expireLapsedHoldsOn(tx, { staffIds: candidates }, held, now);

  const day = localDateOf(startAt, timeZone);
  const schedules = await loadStaffSchedules(tx, candidates, held.startAt, held.endAt, timeZone, now);
  const slot = appointmentSlots({
    timeZone,
    fromDate: day,
    toDate: day,
    durationMinutes: listing.durationMinutes,
    bufferBeforeMinutes: listing.bufferBeforeMinutes,
    bufferAfterMinutes: listing.bufferAfterMinutes,
    slotIntervalMinutes: listing.slotIntervalMinutes,
    leadTimeMinutes: listing.leadTimeMinutes,
    maxAdvanceDays: listing.maxAdvanceDays,
    now,
    staff: schedules,
  }).find((s) => s.startAt.getTime() === startAt.getTime());
  if (!slot) {
    if (startAt.getTime() < now.getTime()) throw new PolicyViolation('This time is in the past.');
    throw new SlotUnavailable('This time is not available. Please choose another slot.');
  }
  const staffId = slot.staffIds[0]!;
  return { range: { startAt, endAt }, unitPrice: listing.priceAmount, allocations: [{ staffId, ...held }] };
}
