import 'server-only';
import { rentalAvailability, sessionsBetween } from '@/lib/availability-queries/listing-availability';
import { publicListingWhere } from '@/lib/catalog/queries';
import type { Db } from '@/lib/db/prisma';
import type { PriceSnapshot } from '@/lib/domain/quote';
import { NotFound } from '@/lib/errors';
import { quoteListing } from './listing-terms';

export type BookingPreview = {
  quote: PriceSnapshot | null;
  /** Units free for the range, or seats left in the session. */
  available: number | null;
  /** Why this cannot be booked as asked, in plain words (null = it can). */
  problem: string | null;
};

type PreviewRequest = { listingId: string; startAt?: Date; endAt?: Date; sessionId?: string; quantity: number };

/**
 * The live quote and availability shown before booking, from the same functions the booking
 * itself uses (quoteListing, the availability read models). Writes nothing.
 */
export async function previewBooking(db: Db, request: PreviewRequest, now = new Date()): Promise<BookingPreview> {
  // Only what customers can book is quoted: a draft, or a suspended business's listing, reads as missing.
  const listing = await db.listing.findFirst({ where: { id: request.listingId, ...publicListingWhere }, include: { vendor: { select: { timeZone: true } } } });
  if (!listing) throw new NotFound('This listing does not exist.');
  const zone = listing.timeZone ?? listing.vendor.timeZone;
  const tooMany = request.quantity > listing.maxQuantityPerBooking ? `You can book at most ${listing.maxQuantityPerBooking} at a time.` : null;

  if (listing.kind === 'SESSION') {
    if (!request.sessionId) return { quote: null, available: null, problem: null }; // nothing chosen yet
    const session = await db.listingSession.findFirst({ where: { id: request.sessionId, listingId: listing.id } });
    if (!session) throw new NotFound('This session does not exist.');
    const [seats] = (await sessionsBetween(db, listing.id, session.startAt, new Date(session.startAt.getTime() + 1), now)).sessions;
    const quote = quoteListing(listing, zone, session, request.quantity, session.priceAmount ?? listing.priceAmount);
    const problem = tooMany ?? (!seats?.bookable ? (seats?.soldOut ? 'This session is sold out.' : 'This session can no longer be booked.') : seats.seatsLeft < request.quantity ? `Only ${seats.seatsLeft} seats left.` : null);
    return { quote, available: seats?.seatsLeft ?? 0, problem };
  }

  if (!request.startAt) return { quote: null, available: null, problem: null };
  const endAt = listing.kind === 'APPOINTMENT' ? new Date(request.startAt.getTime() + (listing.durationMinutes ?? 60) * 60_000) : request.endAt;
  if (!endAt || endAt <= request.startAt) return { quote: null, available: null, problem: 'The end must be after the start.' };
  const quote = quoteListing(listing, zone, { startAt: request.startAt, endAt }, request.quantity);
  if (listing.kind === 'APPOINTMENT') return { quote, available: null, problem: tooMany };

  const availability = await rentalAvailability(db, listing.id, request.startAt, endAt, now);
  const problem =
    availability.violations[0]?.message ??
    tooMany ??
    (availability.freeUnits === 0 ? 'Nothing is free for these dates. Try other dates.' : availability.freeUnits < request.quantity ? `Only ${availability.freeUnits} left for these dates.` : null);
  return { quote, available: availability.freeUnits, problem };
}
