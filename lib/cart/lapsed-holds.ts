import 'server-only';
import type { Db } from '@/lib/db/prisma';
import { listingTimeZone } from '@/lib/domain/listing-rules';
import { NotFound } from '@/lib/errors';
import { formatDateTime } from '@/lib/format/date-time';
import { addToCart } from './add-to-cart';
import { cartItemLabel } from './item-label';
import { cartKey, type CartOwner } from './owner';

// An abandoned cart: it was checked out, but the payment (or the business's answer) never came,
// so its holds lapsed and the slots went back on sale (expireStaleHolds, or the next booking that
// needed them). The cart page lists those items for a week with what happened and when, until the
// customer puts one back in the cart or dismisses it.

const SHOWN_FOR_MS = 7 * 24 * 3_600_000;

export type LapsedHold = {
  bookingId: string;
  reference: string;
  label: string;
  listing: { title: string; slug: string; vendorName: string; vendorSlug: string };
  lapsedAt: Date;
  /** "Hold expired at 14:05 GMT — the payment was not completed, so the slot was released." */
  reason: string;
};

const lapsedWhere = (cartId: string, now: Date) => ({
  cartId,
  holdExpiresAt: { gte: new Date(now.getTime() - SHOWN_FOR_MS), lte: now },
  status: { in: ['EXPIRED', 'AWAITING_PAYMENT', 'REQUESTED'] as Array<'EXPIRED' | 'AWAITING_PAYMENT' | 'REQUESTED'> },
});

/** Why it lapsed, in the listing's zone: unpaid holds and unanswered requests read differently. */
export function lapseReason(wasRequest: boolean, lapsedAt: Date, timeZone: string, vendorName: string): string {
  const at = formatDateTime(lapsedAt, timeZone, { withZone: true });
  return wasRequest
    ? `Request lapsed at ${at} — ${vendorName} did not answer in time, so the slot was released.`
    : `Hold expired at ${at} — the payment was not completed, so the slot was released.`;
}

export async function lapsedCartHolds(db: Db, owner: CartOwner, now = new Date()): Promise<LapsedHold[]> {
  const cart = await db.cart.findUnique({ where: cartKey(owner), select: { id: true } });
  if (!cart) return [];
  const bookings = await db.booking.findMany({
    where: lapsedWhere(cart.id, now),
    orderBy: { holdExpiresAt: 'desc' },
    include: {
      listing: { select: { title: true, slug: true, pricingUnit: true, timeZone: true, vendor: { select: { name: true, slug: true, timeZone: true } } } },
      events: { where: { toStatus: 'EXPIRED' }, select: { fromStatus: true }, take: 1 },
    },
  });
  return bookings.map((booking) => {
    const { listing } = booking;
    const timeZone = listingTimeZone(listing);
    const wasRequest = booking.status === 'REQUESTED' || booking.events[0]?.fromStatus === 'REQUESTED';
    return {
      bookingId: booking.id,
      reference: booking.reference,
      label: cartItemLabel({ title: listing.title, pricingUnit: listing.pricingUnit, startAt: booking.startAt, timeZone }),
      listing: { title: listing.title, slug: listing.slug, vendorName: listing.vendor.name, vendorSlug: listing.vendor.slug },
      lapsedAt: booking.holdExpiresAt!,
      reason: lapseReason(wasRequest, booking.holdExpiresAt!, timeZone, listing.vendor.name),
    };
  });
}

async function ownLapsed(db: Db, owner: CartOwner, bookingId: string, now: Date) {
  const cart = await db.cart.findUnique({ where: cartKey(owner), select: { id: true } });
  const booking = cart ? await db.booking.findFirst({ where: { id: bookingId, ...lapsedWhere(cart.id, now) } }) : null;
  if (!booking) throw new NotFound('This item is no longer in your cart.');
  return booking;
}

/** Hides a lapsed item from the cart page (the booking itself stays in the records). */
export async function dismissLapsedHold(db: Db, owner: CartOwner, bookingId: string, now = new Date()) {
  const booking = await ownLapsed(db, owner, bookingId, now);
  await db.booking.update({ where: { id: booking.id }, data: { cartId: null } });
}

/** Puts a lapsed item back in the cart, if it can still be booked as it was (the same checks as adding it). */
export async function restoreLapsedHold(db: Db, owner: CartOwner, bookingId: string, now = new Date()) {
  const booking = await ownLapsed(db, owner, bookingId, now);
  const allocation = await db.bookingAllocation.findFirst({ where: { bookingId }, select: { sessionId: true, staffId: true } });
  const result = await addToCart(
    db,
    owner,
    { listingId: booking.listingId, startAt: booking.startAt, endAt: booking.endAt, quantity: booking.quantity, sessionId: allocation?.sessionId ?? undefined, staffId: allocation?.staffId ?? undefined, notes: booking.notes ?? undefined },
    now,
  );
  await db.booking.update({ where: { id: booking.id }, data: { cartId: null } });
  return result;
}
