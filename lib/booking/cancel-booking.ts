import 'server-only';
import type { Db, Tx } from '@/lib/db/prisma';
import type { Actor } from '@/lib/domain/actor';
import { actsForBusiness } from '@/lib/domain/booking-permissions';
import { refundForCancellation } from '@/lib/domain/cancellation';
import { refundTiersSchema } from '@/lib/domain/listing-json';
import { PolicyViolation } from '@/lib/errors';
import { refundPosition } from '@/lib/payments/pending-refunds';
import { parseInput } from './parse';
import { reasonSchema } from './schemas';
import { transitionBooking, type LockedBooking } from './transition';

type CancellableBooking = Pick<LockedBooking, 'paidAmount' | 'refundedAmount' | 'startAt'> & { listing: Pick<LockedBooking['listing'], 'freeCancellationHours' | 'refundTiers'> };

/** Paid and not refunded: what the customer has actually paid for this booking. */
export const keptAmount = (booking: Pick<LockedBooking, 'paidAmount' | 'refundedAmount'>) => Math.max(0, booking.paidAmount - booking.refundedAmount);

/** Who cancels, for the money rule: staff refund by the policy; owners (and API keys) and operators in full. */
function cancellationActor(actor: Actor) {
  if (actor.kind === 'operator') return 'OPERATOR' as const;
  if (actor.kind === 'member') return actor.role === 'OWNER' ? ('VENDOR' as const) : ('STAFF' as const);
  return actsForBusiness(actor) ? ('VENDOR' as const) : ('CUSTOMER' as const);
}

/**
 * Whether `actor` may cancel now and what would be refunded: shown before, applied on cancel.
 * `promised` is money already on its way back (refunds decided, not yet issued).
 */
export function cancellationTerms(booking: CancellableBooking, actor: Actor, now: Date, promised = 0) {
  return refundForCancellation({
    // What the customer has paid and keeps: money already refunded (or on its way back) is not refunded twice.
    paidAmount: Math.max(0, keptAmount(booking) - promised),
    startAt: booking.startAt,
    now,
    freeCancellationHours: booking.listing.freeCancellationHours,
    refundTiers: refundTiersSchema.catch([]).parse(booking.listing.refundTiers),
    actor: cancellationActor(actor),
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
    prepare: async (booking, tx) => {
      const terms = cancellationTerms(booking, actor, now, (await refundPosition(tx, booking.id)).pending);
      if (!terms.allowed) throw new PolicyViolation(terms.reason ?? 'This booking can no longer be cancelled.');
      return {
        patch: { cancelledAt: now, cancelReason: why, holdExpiresAt: null },
        data: { refundAmount: terms.refundAmount, refundPercent: terms.refundPercent },
      };
    },
  });
}
