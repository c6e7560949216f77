import 'server-only';
import { emitPaymentEvent } from '@/lib/webhooks/record-event';
import type { Db, Tx } from '@/lib/db/prisma';
import type { Actor } from '@/lib/domain/actor';
import { SYSTEM } from '@/lib/domain/actor';
import { PolicyViolation, ValidationFailed } from '@/lib/errors';
import type { PaymentProvider } from '@/lib/generated/prisma/enums';
import { inBookingTransaction } from './transaction';
import { transitionBooking, transitionInTx } from './transition';

/**
 * A payment arrived for a booking awaiting it: record it and confirm. Called by the payment
 * webhook only (the one thing that marks an online booking paid).
 */
export async function markPaid(
  db: Db,
  bookingId: string,
  payment: OnlinePayment,
  now = new Date(),
) {
  return inBookingTransaction(db, (tx) => markPaidInTx(tx, bookingId, payment, now));
}

type OnlinePayment = { amount: number; provider: Exclude<PaymentProvider, 'MANUAL'>; providerRef: string };

/** The same inside a transaction the caller owns (the payment webhook stores and applies an event at once). */
export async function markPaidInTx(tx: Tx, bookingId: string, payment: OnlinePayment, now = new Date()) {
  if (!Number.isInteger(payment.amount) || payment.amount <= 0) throw new ValidationFailed('A payment amount must be a positive whole number of minor units.');
  return transitionInTx(tx, bookingId, {
    action: 'markPaid',
    actor: SYSTEM,
    prepare: async (booking, tx) => {
      await emitPaymentEvent(
        tx,
        await tx.payment.create({
          data: { bookingId, provider: payment.provider, kind: 'CHARGE', status: 'SUCCEEDED', amount: payment.amount, currency: booking.currency, providerRef: payment.providerRef },
        }),
      );
      return { patch: { paidAmount: { increment: payment.amount }, holdExpiresAt: null }, data: { amount: payment.amount, provider: payment.provider, at: now.toISOString() } };
    },
  });
}

/** A vendor or operator confirms that a bank transfer or cash payment arrived; who and when are kept. */
export async function verifyManualPayment(db: Db | Tx, bookingId: string, actor: Actor, note?: string, now = new Date()) {
  const verifierId = actor.kind === 'member' || actor.kind === 'operator' ? actor.userId : null;
  return transitionBooking(db, bookingId, {
    action: 'verifyManualPayment',
    actor,
    // Why a transfer counts as paid is the business's own record; the customer is told it is confirmed.
    internalNote: note?.trim() || null,
    prepare: async (booking, tx) => {
      if (booking.listing.paymentMode !== 'MANUAL') throw new PolicyViolation('This booking is paid online, not by transfer.');
      const amount = booking.totalAmount - booking.paidAmount;
      if (amount > 0) {
        await emitPaymentEvent(
          tx,
          await tx.payment.create({
            data: { bookingId, provider: 'MANUAL', kind: 'CHARGE', status: 'SUCCEEDED', amount, currency: booking.currency, recordedById: verifierId, reason: note?.trim() || 'Manual payment verified' },
          }),
        );
      }
      return {
        patch: { paidAmount: booking.totalAmount, manualPaymentVerifiedById: verifierId, manualPaymentVerifiedAt: now, holdExpiresAt: null },
        data: { amount, verifiedAt: now.toISOString() },
      };
    },
  });
}
