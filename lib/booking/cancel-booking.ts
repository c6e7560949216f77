import 'server-only';
import type { Db, Tx } from '@/lib/db/prisma';
import type { Actor } from '@/lib/domain/actor';
import { actsForBusiness } from '@/lib/domain/booking-permissions';
import { refundForCancellation } from '@/lib/domain/cancellation';
import { refundTiersSchema } from '@/lib/domain/listing-json';
import { PolicyViolation } from '@/lib/errors';
import { parseInput } from './parse';
import { reasonSchema } from './schemas';
import { transitionBooking, type LockedBooking } from './transition';

type CancellableBooking = Pick<LockedBooking, 'paidAmount' | 'refundedAmount' | 'startAt'> & { listing: Pick<LockedBooking['listing'], 'freeCancellationHours' | 'refundTiers'> };

/** Paid and not refunded: what the customer has actually paid for this booking. */
export const keptAmount = (booking: Pick<LockedBooking, 'paidAmount' | 'refundedAmount'>) => Math.max(0, booking.paidAmount - booking.refundedAmount);

/** Whether `actor` may cancel now and what would be refunded: shown before, applied on cancel. */
export function cancellationTerms(booking: CancellableBooking, actor: Actor, now: Date) {
  return refundForCancellation({
    // What the customer has paid and keeps: money already refunded (or on its way back) is not refunded twice.
    paidAmount: keptAmount(booking),
    startAt: booking.startAt,
    now,
    freeCancellationHours: booking.listing.freeCancellationHours,
    refundTiers: refundTiersSchema.catch([]).parse(booking.listing.refundTiers),
    actor: actor.kind === 'operator' ? 'OPERATOR' : actsForBusiness(actor) ? 'VENDOR' : 'CUSTOMER',
  });
}

/**
 * Cancels a booking: customers (signed in or through their magic link) within the listing's
 * policy and never after the start; the vendor or an operator at any time, with a reason.
 * The refund due is recorded on the event; issuing it is the payments module's job.
 */
export async function cancelBooking(db: Db | Tx, bookingId: string, actor: Actor, reason?: string, now = new Date()) {
  const why = actsForBusiness(actor) ? parseInput(reasonSchema, reason ?? '') : reason?.trim() || null;
  return transitionBooking(db, bookingId, {
    action: 'cancel',
    actor,
    reason: why,
    prepare: async (booking) => {
      const terms = cancellationTerms(booking, actor, now);
      if (!terms.allowed) throw new PolicyViolation(terms.reason ?? 'This booking can no longer be cancelled.');
      return {
        patch: { cancelledAt: now, cancelReason: why, holdExpiresAt: null },
        data: { refundAmount: terms.refundAmount, refundPercent: terms.refundPercent },
      };
    },
  });
}
