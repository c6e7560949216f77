import 'server-only';
import type { DbOrTx } from '@/lib/db/prisma';
import type { Payment } from '@/lib/generated/prisma/client';
import { bookingInclude, bookingJson, businessListingInclude, businessListingJson, paymentJson, reviewJson } from '@/lib/api/serialize';

// The `data.object` of each event: exactly what the API answers for that object (the same
// serializers), read inside the transaction of the change so it is the object as it became.

export async function bookingObject(db: DbOrTx, bookingId: string) {
  return bookingJson(await db.booking.findUniqueOrThrow({ where: { id: bookingId }, include: bookingInclude }));
}

export async function paymentObject(db: DbOrTx, payment: Payment) {
  const booking = await db.booking.findUniqueOrThrow({ where: { id: payment.bookingId }, select: { reference: true, vendorId: true } });
  return { vendorId: booking.vendorId, object: paymentJson(payment, booking) };
}

export async function reviewObject(db: DbOrTx, reviewId: string) {
  const review = await db.review.findUniqueOrThrow({ where: { id: reviewId }, include: { author: { select: { name: true } }, listing: { select: { vendorId: true } } } });
  return { vendorId: review.listing.vendorId, object: reviewJson(review) };
}

export async function listingObject(db: DbOrTx, listingId: string) {
  const listing = await db.listing.findUniqueOrThrow({ where: { id: listingId }, include: businessListingInclude });
  return { vendorId: listing.vendorId, object: businessListingJson(listing) };
}
