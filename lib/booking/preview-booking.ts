import 'server-only';
import { publicListingWhere } from '@/lib/catalog/bookable-listings';
import type { Db } from '@/lib/db/prisma';
import { listingTimeZone } from '@/lib/domain/listing-rules';
import type { PriceSnapshot } from '@/lib/domain/quote';
import type { PromoTerms } from '@/lib/domain/discounts';
import { NotFound, ValidationFailed } from '@/lib/errors';
import { lookUpPromoCode } from './promo-codes';
import { assessRequest, type AssessedRequest } from './assess-request';
import { quoteListing } from './listing-terms';

export type BookingPreview = {
  quote: PriceSnapshot | null;
  /** Units free for the range, or seats left in the session. */
  available: number | null;
  /** Why this cannot be booked as asked, in plain words (null = it can). */
  problem: string | null;
  /** Why the promo code given does not apply (the quote is then without it). */
  promoProblem?: string | null;
};

type PreviewRequest = AssessedRequest & { listingId: string; promoCode?: string };

const NOTHING_CHOSEN: BookingPreview = { quote: null, available: null, problem: null };

/**
 * The live quote and availability shown before booking: the same check as a cart item
 * (assessRequest) and the same price as the booking (quoteListing). Writes nothing.
 */
export async function previewBooking(db: Db, request: PreviewRequest, now = new Date()): Promise<BookingPreview> {
  // Only what customers can book is quoted: a draft, or a suspended business's listing, reads as missing.
  const listing = await db.listing.findFirst({
    where: { id: request.listingId, ...publicListingWhere },
    include: { vendor: { select: { status: true, timeZone: true, name: true, slug: true } } },
  });
  if (!listing) throw new NotFound('This listing does not exist.');
  if (listing.kind === 'SESSION' ? !request.sessionId : !request.startAt) return NOTHING_CHOSEN;

  const { placement, available, problem } = await assessRequest(db, listing, request, now);
  if (problem instanceof NotFound) throw problem; // an unknown session is an error, not a "no"
  let promo: PromoTerms | null = null;
  let promoProblem: string | null = null;
  if (request.promoCode) {
    try {
      promo = await lookUpPromoCode(db, listing.vendorId, request.promoCode, now);
    } catch (error) {
      if (!(error instanceof ValidationFailed)) throw error;
      promoProblem = error.message;
    }
  }
  const quote = placement ? quoteListing(listing, listingTimeZone(listing), placement.range, request.quantity, placement.unitPrice, promo) : null;
  return { quote, available, problem: problem?.message ?? null, promoProblem };
}
