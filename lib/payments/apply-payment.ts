import 'server-only';
import { emitPaymentEvent } from '@/lib/webhooks/record-event';
import { lockBooking } from '@/lib/booking/inventory';
import { markPaidInTx } from '@/lib/booking/payment-steps';
import { placeBooking } from '@/lib/booking/place';
import { recordTransition } from '@/lib/booking/record-transition';
import { newBookingReference } from '@/lib/booking/reference';
import type { Tx } from '@/lib/db/prisma';
import { SYSTEM } from '@/lib/domain/actor';
import { DomainError, NotFound } from '@/lib/errors';
import { recordPaymentEvent } from './payment-event';
import { requestRefund } from './refund-request';

export type IncomingPayment = {
  bookingId: string;
  amount: number;
  provider: 'STRIPE' | 'TEST';
  /** The payment intent id: the same payment reported by two events is applied once. */
  paymentRef: string;
};

export type PaymentOutcome =
  | { kind: 'duplicate' }
  | { kind: 'confirmed'; bookingId: string }
  | { kind: 'rebooked'; bookingId: string; replacementId: string }
  | { kind: 'refunding'; bookingId: string; why: string };

/**
 * Applies money that arrived for a booking, in the caller's transaction, exactly once per payment:
 * a booking awaiting payment is confirmed (its slot is still held, even if the hold lapsed and the
 * sweeper has not run yet). Money for an expired booking rebooks the same slot when it is still
 * free, else it is refunded, as is money for a booking that is cancelled or already paid.
 */
export async function applyPayment(tx: Tx, payment: IncomingPayment, now: Date): Promise<PaymentOutcome> {
  const seen = await tx.payment.findUnique({ where: { provider_providerRef: { provider: payment.provider, providerRef: payment.paymentRef } } });
  if (seen) return { kind: 'duplicate' };
  const booking = await lockBooking(tx, payment.bookingId);
  if (!booking) throw new NotFound(`Payment ${payment.paymentRef} names booking ${payment.bookingId}, which does not exist.`);

  // A suspended business takes no new payment: what still arrives (a payment page opened before
  // the suspension) is refunded, and the booking keeps waiting (or was cancelled by the operator).
  if (booking.status === 'AWAITING_PAYMENT' || booking.status === 'EXPIRED') {
    const vendor = await tx.vendor.findUnique({ where: { id: booking.vendorId }, select: { status: true } });
    if (vendor?.status === 'SUSPENDED') return refundUnwanted(tx, booking, payment, null, 'The payment arrived while the business is suspended by the platform.');
  }
  if (booking.status === 'AWAITING_PAYMENT') {
    await markPaidInTx(tx, booking.id, { amount: payment.amount, provider: payment.provider, providerRef: payment.paymentRef }, now);
    return { kind: 'confirmed', bookingId: booking.id };
  }
  if (booking.status === 'EXPIRED') {
    const replacementId = await rebookIfFree(tx, booking, payment, now);
    if (replacementId) return { kind: 'rebooked', bookingId: booking.id, replacementId };
    return refundUnwanted(tx, booking, payment, 'late_payment', 'The payment arrived after the hold expired and the time was taken meanwhile.');
  }
  return refundUnwanted(tx, booking, payment, null, `The payment arrived for a booking that is ${booking.status.toLowerCase().replace('_', ' ')}.`);
}

/** The charge's reference on one booking of a session that paid several: `pi_…#<bookingId>`. */
export const partRef = (paymentRef: string, bookingId: string) => `${paymentRef}#${bookingId}`;
/** The provider's payment intent behind a charge row (a part of a multi-booking payment or a whole one). */
export const paymentIntentOf = (providerRef: string) => providerRef.split('#')[0]!;

/**
 * A checkout session that paid one or more bookings: each gets its own part (the amounts the
 * session was created with), applied like a payment of its own, so every booking is confirmed
 * together, or rebooked or refunded on its own terms. Locked in booking id order.
 */
export async function applySessionPayment(
  tx: Tx,
  items: Array<{ bookingId: string; amount: number }>,
  payment: Omit<IncomingPayment, 'bookingId'>,
  now: Date,
): Promise<PaymentOutcome[]> {
  const sorted = [...items].sort((a, b) => a.bookingId.localeCompare(b.bookingId));
  if (sorted.length === 1) return [await applyPayment(tx, { ...payment, bookingId: sorted[0]!.bookingId }, now)];
  // Whatever arrived is split by the parts; a difference (never expected) lands on the last part.
  const difference = payment.amount - sorted.reduce((sum, item) => sum + item.amount, 0);
  const outcomes: PaymentOutcome[] = [];
  for (const [i, item] of sorted.entries()) {
    const amount = item.amount + (i === sorted.length - 1 ? difference : 0);
    if (amount <= 0) continue;
    outcomes.push(await applyPayment(tx, { ...payment, bookingId: item.bookingId, amount, paymentRef: partRef(payment.paymentRef, item.bookingId) }, now));
  }
  return outcomes;
}

type Locked = NonNullable<Awaited<ReturnType<typeof lockBooking>>>;

/**
 * An expired booking is frozen (a database trigger), so a late payment that still finds its slot
 * free confirms a new booking with the same slot, contact and price, linked both ways in the history.
 */
async function rebookIfFree(tx: Tx, booking: Locked, payment: IncomingPayment, now: Date): Promise<string | null> {
  const held = booking.allocations[0];
  let placement;
  try {
    placement = await placeBooking(
      tx,
      booking.listing,
      { startAt: booking.startAt, endAt: booking.endAt, sessionId: held?.sessionId ?? undefined, staffId: held?.staffId ?? undefined, quantity: booking.quantity },
      booking.timeZone,
      now,
    );
  } catch (error) {
    if (error instanceof DomainError) return null; // taken, past, or no longer bookable
    throw error;
  }
  const replacement = await tx.booking.create({
    data: {
      reference: newBookingReference(),
      vendorId: booking.vendorId,
      listingId: booking.listingId,
      customerId: booking.customerId,
      kind: booking.kind,
      status: 'CONFIRMED',
      source: booking.source,
      contactName: booking.contactName,
      contactEmail: booking.contactEmail,
      contactPhone: booking.contactPhone,
      notes: booking.notes,
      startAt: placement.range.startAt,
      endAt: placement.range.endAt,
      quantity: booking.quantity,
      timeZone: booking.timeZone,
      priceSnapshot: booking.priceSnapshot ?? {},
      currency: booking.currency,
      totalAmount: booking.totalAmount,
      depositAmount: booking.depositAmount,
      paidAmount: payment.amount,
      allocations: { create: placement.allocations },
    },
  });
  await emitPaymentEvent(
    tx,
    await tx.payment.create({
      data: { bookingId: replacement.id, provider: payment.provider, kind: 'CHARGE', status: 'SUCCEEDED', amount: payment.amount, currency: booking.currency, providerRef: payment.paymentRef, reason: `Late payment for ${booking.reference}` },
    }),
  );
  await recordTransition(tx, {
    bookingId: replacement.id,
    reference: replacement.reference,
    vendorId: replacement.vendorId,
    from: null,
    to: 'CONFIRMED',
    actor: SYSTEM,
    reason: `Paid after the hold of ${booking.reference} expired; the time was still free.`,
    data: { kind: 'created', replaces: booking.reference, amount: payment.amount, provider: payment.provider },
  });
  await recordPaymentEvent(tx, {
    bookingId: booking.id,
    status: booking.status,
    actor: SYSTEM,
    reason: `Paid late; confirmed as ${replacement.reference}.`,
    data: { kind: 'late_payment_rebooked', replacement: replacement.reference, replacementId: replacement.id, amount: payment.amount },
  });
  return replacement.id;
}

/** Keeps the money on record against the booking (terminal bookings may still take payments and refunds) and refunds it all. */
async function refundUnwanted(tx: Tx, booking: Locked, payment: IncomingPayment, notify: 'late_payment' | null, why: string): Promise<PaymentOutcome> {
  await emitPaymentEvent(
    tx,
    await tx.payment.create({
      data: { bookingId: booking.id, provider: payment.provider, kind: 'CHARGE', status: 'SUCCEEDED', amount: payment.amount, currency: booking.currency, providerRef: payment.paymentRef, reason: why },
    }),
  );
  // Counted as paid and refunded at once: every amount shown (paid, refundable on cancelling) is
  // what the customer keeps, not this money on its way back.
  await tx.booking.update({ where: { id: booking.id }, data: { paidAmount: { increment: payment.amount }, refundedAmount: { increment: payment.amount } } });
  await recordPaymentEvent(tx, {
    bookingId: booking.id,
    status: booking.status,
    actor: SYSTEM,
    reason: why,
    data: { kind: 'payment_refunded_automatically', amount: payment.amount, refundAmount: payment.amount },
  });
  await requestRefund(tx, { bookingId: booking.id, amount: payment.amount, reason: why, notify, chargeRef: payment.paymentRef, counted: true });
  return { kind: 'refunding', bookingId: booking.id, why };
}
