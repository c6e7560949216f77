import 'server-only';
import type { Db, Tx } from '@/lib/db/prisma';
import { isUniqueViolation } from '@/lib/db/errors';
import type { Actor } from '@/lib/domain/actor';
import { actorRecord } from '@/lib/domain/actor';
import { holdExpiry, initialStatus } from '@/lib/domain/booking-status';
import { Forbidden, NotFound, PolicyViolation, ValidationFailed } from '@/lib/errors';
import { issueManageToken } from '@/lib/magic-links/manage-links';
import { placeBooking } from './place';
import { requireGuestVerification } from './guest-verification';
import { parseInput } from './parse';
import { recordTransition } from './record-transition';
import { newBookingReference } from './reference';
import { requestBookingSchema, type RequestBookingInput } from './schemas';
import { allocateUnits } from './inventory';
import { inBookingTransaction, SLOT_TAKEN_MESSAGE } from './transaction';
import { assertHoldAllowed, lockHoldsOf } from './hold-caps';
import { holdMinutes, quoteListing } from './listing-terms';
import { claimPromoCode } from './promo-codes';
import { isBookable, listingTimeZone } from '@/lib/domain/listing-rules';
import { traced } from '@/lib/observability/tracing';

export type RequestBookingOptions = {
  now?: Date;
  source?: 'WEB' | 'API' | 'DASHBOARD' | 'ADMIN';
  /** Several bookings checked out together from one cart share this id. */
  checkoutGroupId?: string;
  /** The cart it comes from: the cart page shows its holds that lapsed. */
  cartId?: string;
  /** The client's address when known (lib/http/client-ip.ts): unpaid holds are capped per address too. */
  clientAddress?: string | null;
  /** Runs inside the booking's transaction once it is made (the API stores its idempotent answer there). */
  inTransaction?: (tx: Tx, booking: Awaited<ReturnType<typeof createBooking>>) => Promise<void>;
};

/**
 * Books a listing: checks the policy, takes units / seats / a staff member under row locks,
 * prices it, and creates the booking with its event and outbox message, all in one transaction.
 * A guest's booking comes with its manage-link token, issued in the same transaction, so no
 * booking is ever left without a way for its guest to reach it.
 */
export async function requestBooking(db: Db, rawInput: RequestBookingInput, actor: Actor, options: RequestBookingOptions = {}) {
  const input = parseInput(requestBookingSchema, rawInput);
  return traced('booking.request', { 'bookwell.listing_id': input.listingId, 'bookwell.actor': actor.kind }, async () => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await inBookingTransaction(db, async (tx) => {
          const booking = await createBooking(tx, input, actor, options);
          await options.inTransaction?.(tx, booking);
          return booking;
        });
      } catch (error) {
        // A reference collision (1 in ~10^9) is retried with a new reference.
        if (attempt < 3 && isUniqueViolation(error, 'reference')) continue;
        throw error;
      }
    }
  });
}

/** The same, inside a transaction the caller owns (cart checkout books several items at once). */
export async function createBooking(tx: Tx, input: ReturnType<typeof requestBookingSchema.parse>, actor: Actor, options: RequestBookingOptions = {}) {
  const now = options.now ?? new Date();
  const listing = await tx.listing.findUnique({ where: { id: input.listingId }, include: { vendor: true } });
  if (!listing) throw new NotFound('This listing does not exist.');
  if (!isBookable(listing)) throw new PolicyViolation('This listing is not available for booking right now.');
  if (input.quantity > listing.maxQuantityPerBooking) {
    throw new ValidationFailed(`You can book at most ${listing.maxQuantityPerBooking} at a time.`, {
      quantity: [`At most ${listing.maxQuantityPerBooking}`],
    });
  }
  const contact = await resolveContact(tx, input.contact, actor);
  const timeZone = listingTimeZone(listing);
  const holder = { email: contact.email, phone: contact.phone ?? null, customerId: actor.kind === 'customer' ? actor.userId : null, clientAddress: options.clientAddress ?? null };
  // Only a booking that can become an unpaid hold is capped, so only it queues behind the person's other holds.
  const mayHold = listing.bookingMode === 'REQUEST' || listing.paymentMode !== 'NONE';
  if (mayHold) await lockHoldsOf(tx, holder, actor);

  const placement = await placeBooking(tx, listing, input, timeZone, now);

  // The promo code's row stays locked until commit, so its last free use goes to one booking only.
  const promo = input.promoCode ? await claimPromoCode(tx, listing.vendorId, input.promoCode, now) : null;
  const quote = quoteListing(listing, timeZone, placement.range, input.quantity, placement.unitPrice, promo?.terms ?? null);
  // Manual payments (bank transfer) are due before confirmation too, just not online.
  const dueBeforeConfirmation = listing.paymentMode === 'MANUAL' ? quote.total : quote.depositDue;
  const status = initialStatus({ bookingMode: listing.bookingMode, amountDueNow: dueBeforeConfirmation });
  const holdExpiresAt = holdExpiry(status, now, { holdMinutes: holdMinutes(listing), requestExpiryHours: listing.requestExpiryHours });
  // Only an unpaid hold is capped: a booking confirmed at once (nothing due now) holds nothing hostage.
  if (holdExpiresAt) await assertHoldAllowed(tx, { ...holder, listingId: listing.id }, actor, now);

  const booking = await tx.booking.create({
    data: {
      reference: newBookingReference(),
      vendorId: listing.vendorId,
      listingId: listing.id,
      customerId: actor.kind === 'customer' ? actor.userId : null,
      kind: listing.kind,
      status,
      source: options.source ?? (actor.kind === 'member' && actor.apiKeyId ? 'API' : 'WEB'),
      contactName: contact.name,
      contactEmail: contact.email,
      contactPhone: contact.phone,
      notes: input.notes || null,
      startAt: placement.range.startAt,
      endAt: placement.range.endAt,
      quantity: input.quantity,
      timeZone,
      priceSnapshot: quote,
      currency: quote.currency,
      totalAmount: quote.total,
      depositAmount: quote.depositDue,
      holdExpiresAt,
      checkoutGroupId: options.checkoutGroupId,
      cartId: options.cartId ?? null,
      promoCodeId: promo?.id ?? null,
      clientAddress: options.clientAddress ?? null,
      allocations: { create: placement.allocations },
    },
  });
  if (placement.units) await allocateUnits(tx, booking.id, placement.units, SLOT_TAKEN_MESSAGE);
  await recordTransition(tx, {
    bookingId: booking.id,
    reference: booking.reference,
    vendorId: booking.vendorId,
    from: null,
    to: status,
    actor,
    data: { kind: 'created', ...actorRecord(actor) },
  });
  if (actor.kind === 'guest') await requireGuestVerification(tx, booking, listing.vendor);
  const manageToken = actor.kind === 'guest' ? await issueManageToken(tx, booking.id) : null;
  return { ...booking, manageToken };
}

async function resolveContact(tx: Tx, given: { name: string; email: string; phone: string } | undefined, actor: Actor) {
  if (actor.kind === 'customer') {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.userId } });
    return { name: given?.name ?? user.name, email: given?.email ?? user.email, phone: given?.phone ?? user.phone };
  }
  if (actor.kind === 'member' || actor.kind === 'operator' || actor.kind === 'guest') {
    if (!given) {
      throw new ValidationFailed('Enter the name, email and phone number of the person booking.', {
        'contact.name': ['Enter your name'],
        'contact.email': ['Enter your email'],
        'contact.phone': ['Enter a phone number'],
      });
    }
    return given;
  }
  throw new Forbidden('Bookings are made by customers, guests, vendors or API clients.');
}
