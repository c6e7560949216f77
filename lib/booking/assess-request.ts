import 'server-only';
import { appointmentSlotsBetween, rentalAvailability, sessionsBetween } from '@/lib/availability-queries/listing-availability';
import type { Range } from '@/lib/booking/inventory';
import type { Db } from '@/lib/db/prisma';
import { localDateOf } from '@/lib/domain/time';
import { DomainError, NotFound, PolicyViolation, SlotUnavailable, ValidationFailed } from '@/lib/errors';
import type { Listing, Vendor } from '@/lib/generated/prisma/client';
import { isBookable, listingTimeZone } from '@/lib/domain/listing-rules';

// Whether a booking request can be booked right now, read from the same availability read models
// (and so the same domain rules) the booking transaction decides with. The one check behind the
// live preview on a listing page and every cart item. Writes and locks nothing: the booking
// transaction has the last word.

export type AssessedListing = Listing & { vendor: Pick<Vendor, 'status' | 'timeZone' | 'name' | 'slug'> };
export type Placement = { range: Range; unitPrice: number };
export type Assessment = {
  /** The times and unit price it books at, when the request is complete enough to know. */
  placement: Placement | null;
  /** Units free for the range, or seats left in the session, when counted. */
  available: number | null;
  /** Why it cannot be booked now (null = it can). */
  problem: DomainError | null;
};

export type AssessedRequest = { startAt?: Date; endAt?: Date; sessionId?: string; staffId?: string; quantity: number };

export async function assessRequest(db: Db, listing: AssessedListing, item: AssessedRequest, now: Date): Promise<Assessment> {
  let placement: Placement | null = null;
  const counted = { available: null as number | null };
  try {
    placement = await placementOf(db, listing, item);
    assertBookable(listing, item.quantity);
    await assertAvailable(db, listing, item, placement, now, counted);
    return { placement, available: counted.available, problem: null };
  } catch (error) {
    if (error instanceof DomainError) return { placement, available: counted.available, problem: error };
    throw error;
  }
}

/** The placement of a bookable request, or the typed error saying why it is not bookable. */
export async function checkRequest(db: Db, listing: AssessedListing, item: AssessedRequest, now: Date): Promise<Placement> {
  const { placement, problem } = await assessRequest(db, listing, item, now);
  if (problem) throw problem;
  return placement!;
}

async function placementOf(db: Db, listing: AssessedListing, item: AssessedRequest): Promise<Placement> {
  if (listing.kind === 'SESSION') {
    if (!item.sessionId) throw new ValidationFailed('Choose a date and time.', { sessionId: ['Choose a session'] });
    const session = await db.listingSession.findFirst({ where: { id: item.sessionId, listingId: listing.id } });
    if (!session) throw new NotFound('This session does not exist.');
    return { range: { startAt: session.startAt, endAt: session.endAt }, unitPrice: session.priceAmount ?? listing.priceAmount };
  }
  if (listing.kind === 'APPOINTMENT') {
    if (!item.startAt) throw new ValidationFailed('Choose a time.', { startAt: ['Choose a time'] });
    if (!listing.durationMinutes) throw new PolicyViolation('This service has no duration set yet.');
    return { range: { startAt: item.startAt, endAt: new Date(item.startAt.getTime() + listing.durationMinutes * 60_000) }, unitPrice: listing.priceAmount };
  }
  if (!item.startAt || !item.endAt) {
    throw new ValidationFailed('Choose a start and an end.', { startAt: item.startAt ? [] : ['Choose a start'], endAt: item.endAt ? [] : ['Choose an end'] });
  }
  if (item.endAt <= item.startAt) throw new ValidationFailed('The return time must be after the pickup time.', { endAt: ['Must be after the start'] });
  return { range: { startAt: item.startAt, endAt: item.endAt }, unitPrice: listing.priceAmount };
}

function assertBookable(listing: AssessedListing, quantity: number) {
  if (!isBookable(listing)) {
    throw new PolicyViolation('This listing is not available for booking right now.');
  }
  if (quantity > listing.maxQuantityPerBooking) {
    throw new ValidationFailed(`You can book at most ${listing.maxQuantityPerBooking} at a time.`, { quantity: [`At most ${listing.maxQuantityPerBooking}`] });
  }
}

async function assertAvailable(db: Db, listing: AssessedListing, item: AssessedRequest, { range }: Placement, now: Date, counted: { available: number | null }) {
  if (listing.kind === 'RENTAL') {
    const availability = await rentalAvailability(db, listing.id, range.startAt, range.endAt, now);
    counted.available = availability.freeUnits;
    const [first] = availability.violations;
    if (first) {
      const fieldErrors: Record<string, string[]> = {};
      for (const v of availability.violations) (fieldErrors[v.field] ??= []).push(v.message);
      throw new ValidationFailed(first.message, fieldErrors);
    }
    if (availability.freeUnits < item.quantity) {
      throw new SlotUnavailable(availability.freeUnits === 0 ? 'Nothing is free for these dates. Try other dates.' : `Only ${availability.freeUnits} left for these dates.`);
    }
    return;
  }

  if (listing.kind === 'SESSION') {
    const session = await db.listingSession.findUniqueOrThrow({ where: { id: item.sessionId! }, select: { status: true } });
    if (session.status !== 'SCHEDULED') throw new PolicyViolation('This session was cancelled.');
    const [seats] = (await sessionsBetween(db, listing.id, range.startAt, new Date(range.startAt.getTime() + 1), now)).sessions.filter((s) => s.id === item.sessionId);
    counted.available = seats?.seatsLeft ?? 0;
    if (!seats || (!seats.bookable && !seats.soldOut)) throw new PolicyViolation('This session can no longer be booked.');
    if (seats.seatsLeft < item.quantity) {
      throw new SlotUnavailable(seats.soldOut ? 'This session is sold out.' : `Only ${seats.seatsLeft} seats left in this session.`);
    }
    return;
  }

  if (item.staffId) {
    const offers = await db.staffService.count({ where: { listingId: listing.id, staffId: item.staffId, staff: { active: true } } });
    if (offers === 0) throw new PolicyViolation('This staff member does not offer this service.');
  }
  const day = localDateOf(range.startAt, listingTimeZone(listing));
  const { slots } = await appointmentSlotsBetween(db, listing.id, day, day, { staffId: item.staffId, now });
  if (!slots.some((slot) => slot.startAt.getTime() === range.startAt.getTime())) {
    if (range.startAt < now) throw new PolicyViolation('This time is in the past.');
    throw new SlotUnavailable('This time is not available. Please choose another slot.');
  }
}
