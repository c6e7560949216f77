import 'server-only';
import { emitReviewCreated } from '@/lib/webhooks/record-event';
import type { Db, Tx } from '@/lib/db/prisma';
import { isUniqueViolation } from '@/lib/db/errors';
import type { Actor } from '@/lib/domain/actor';
import { Conflict, Forbidden, NotFound, PolicyViolation } from '@/lib/errors';
import { parseInput } from '@/lib/booking/parse';
import { bookedByMember } from './booked-by-member';
import { reviewEligibility } from './eligibility';
import { reviewSchema, type ReviewInput } from './schemas';
import { afterCatalogWrite } from '@/lib/catalog/cache-tags';

const ALREADY_REVIEWED = 'You have already reviewed this booking.';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Leaves the one review a completed booking may have, by its customer (or the guest holding its
 * magic link), and recomputes the listing's and the vendor's ratings in the same transaction, so
 * the listing page shows the new rating at once. The unique bookingId is the last word on "one".
 */
export async function leaveReview(db: Db, rawInput: ReviewInput & { bookingId: string }, actor: Actor, now = new Date()) {
  const { rating, comment } = parseInput(reviewSchema, rawInput);
  if (!UUID.test(rawInput.bookingId)) throw new NotFound('This booking does not exist.');
  try {
    return await afterCatalogWrite(db.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "Booking" WHERE "id" = ${rawInput.bookingId}::uuid FOR UPDATE`;
      if (locked.length === 0) throw new NotFound('This booking does not exist.');
      const booking = await tx.booking.findUniqueOrThrow({
        where: { id: rawInput.bookingId },
        select: { id: true, customerId: true, contactEmail: true, status: true, listingId: true, vendorId: true, reference: true, review: { select: { id: true } } },
      });
      const eligibility = reviewEligibility({ ...booking, hasReview: booking.review !== null, bookedByMember: await bookedByMember(tx, booking) }, actor);
      if (!eligibility.allowed) {
        if (eligibility.reason === 'NOT_OWNER' || eligibility.reason === 'OWN_BUSINESS') throw new Forbidden(eligibility.message);
        if (eligibility.reason === 'ALREADY_REVIEWED') throw new Conflict(eligibility.message);
        throw new PolicyViolation(eligibility.message);
      }
      const review = await tx.review.create({
        data: { bookingId: booking.id, listingId: booking.listingId, authorId: actor.kind === 'customer' ? actor.userId : null, rating, comment, createdAt: now },
      });
      await refreshRatings(tx, booking.listingId, booking.vendorId);
      await emitReviewCreated(tx, review.id);
      await tx.outboxMessage.create({
        data: {
          topic: 'review.created',
          bookingId: booking.id,
          payload: { reviewId: review.id, bookingId: booking.id, reference: booking.reference, listingId: booking.listingId, vendorId: booking.vendorId, rating },
        },
      });
      return review;
    }));
  } catch (error) {
    if (isUniqueViolation(error, 'bookingId')) throw new Conflict(ALREADY_REVIEWED);
    throw error;
  }
}

/**
 * Recomputes ratingAvg/ratingCount of a listing and its vendor from their reviews. The rows are
 * locked first (NO KEY UPDATE: it does not block bookings referencing them), so two reviews landing
 * together are counted one after the other and neither overwrites the other's average.
 */
export async function refreshRatings(tx: Tx, listingId: string, vendorId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Listing" WHERE "id" = ${listingId}::uuid FOR NO KEY UPDATE`;
  await tx.$queryRaw`SELECT "id" FROM "Vendor" WHERE "id" = ${vendorId}::uuid FOR NO KEY UPDATE`;
  const listing = await tx.review.aggregate({ where: { listingId }, _avg: { rating: true }, _count: { _all: true } });
  const vendor = await tx.review.aggregate({ where: { listing: { vendorId } }, _avg: { rating: true }, _count: { _all: true } });
  const average = (avg: number | null) => (avg ?? 0).toFixed(2);
  await tx.listing.update({ where: { id: listingId }, data: { ratingAvg: average(listing._avg.rating), ratingCount: listing._count._all } });
  await tx.vendor.update({ where: { id: vendorId }, data: { ratingAvg: average(vendor._avg.rating), ratingCount: vendor._count._all } });
}
