import 'server-only';
import type { Db, Tx } from '@/lib/db/prisma';
import type { Actor } from '@/lib/domain/actor';
import { actsForBusiness } from '@/lib/domain/booking-permissions';
import { isBlocking } from '@/lib/domain/booking-status';
import { payDeadlineAfterApproval } from '@/lib/domain/pay-window';
import { InvalidTransition } from '@/lib/errors';
import { holdMinutes } from './listing-terms';
import { assertGuestVerified } from './guest-verification';
import { parseInput } from './parse';
import { reasonSchema } from './schemas';
import { transitionBooking, type LockedBooking } from './transition';

const dueBeforeConfirmation = (b: LockedBooking) => (b.listing.paymentMode === 'MANUAL' ? b.totalAmount : b.depositAmount);

function assertRequestStillOpen(booking: LockedBooking, now: Date) {
  if (booking.status === 'REQUESTED' && !isBlocking(booking.status, booking.holdExpiresAt, now)) {
    throw new InvalidTransition('This request expired before it was answered; its time may have been booked by someone else.');
  }
}

/**
 * The vendor accepts a request: it is confirmed, or awaits payment for the business's pay window
 * (default 24 h, at least the listing's payment hold, never past the start).
 */
export async function approveBooking(db: Db | Tx, bookingId: string, actor: Actor, now = new Date()) {
  return transitionBooking(db, bookingId, {
    action: 'approve',
    actor,
    context: (b) => [{ amountDueNow: dueBeforeConfirmation(b) }],
    prepare: async (b, tx) => {
      assertRequestStillOpen(b, now);
      await assertGuestVerified(tx, [b.id], 'business');
      const to = dueBeforeConfirmation(b) > 0 ? 'AWAITING_PAYMENT' : 'CONFIRMED';
      const holdExpiresAt = to === 'AWAITING_PAYMENT' ? payDeadlineAfterApproval(now, b.startAt, { payWindowHours: b.listing.vendor.payWindowHours, holdMinutes: holdMinutes(b.listing) }) : null;
      return { patch: { approvedAt: now, holdExpiresAt } };
    },
  });
}

/** The vendor turns a request down, saying why. */
export async function declineBooking(db: Db | Tx, bookingId: string, actor: Actor, reason: string, now = new Date()) {
  const why = actsForBusiness(actor) ? parseInput(reasonSchema, reason) : reason;
  return transitionBooking(db, bookingId, {
    action: 'decline',
    actor,
    reason: why,
    prepare: async () => ({ patch: { holdExpiresAt: null, cancelledAt: now } }),
  });
}
