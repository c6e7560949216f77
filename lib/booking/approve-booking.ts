import 'server-only';
import type { Db, Tx } from '@/lib/db/prisma';
import type { Actor } from '@/lib/domain/actor';
import { actsForBusiness } from '@/lib/domain/booking-permissions';
import { holdExpiry, isBlocking } from '@/lib/domain/booking-status';
import { InvalidTransition } from '@/lib/errors';
import { holdMinutes } from './listing-terms';
import { parseInput } from './parse';
import { reasonSchema } from './schemas';
import { transitionBooking, type LockedBooking } from './transition';

const dueBeforeConfirmation = (b: LockedBooking) => (b.listing.paymentMode === 'MANUAL' ? b.totalAmount : b.depositAmount);

function assertRequestStillOpen(booking: LockedBooking, now: Date) {
  if (booking.status === 'REQUESTED' && !isBlocking(booking.status, booking.holdExpiresAt, now)) {
    throw new InvalidTransition('This request expired before it was answered; its time may have been booked by someone else.');
  }
}

/** The vendor accepts a request: it then awaits payment (with a fresh hold) or is confirmed. */
export async function approveBooking(db: Db | Tx, bookingId: string, actor: Actor, now = new Date()) {
  return transitionBooking(db, bookingId, {
    action: 'approve',
    actor,
    context: (b) => [{ amountDueNow: dueBeforeConfirmation(b) }],
    prepare: async (b) => {
      assertRequestStillOpen(b, now);
      const to = dueBeforeConfirmation(b) > 0 ? 'AWAITING_PAYMENT' : 'CONFIRMED';
      return { patch: { approvedAt: now, holdExpiresAt: holdExpiry(to, now, { holdMinutes: holdMinutes(b.listing), requestExpiryHours: b.listing.requestExpiryHours }) } };
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
