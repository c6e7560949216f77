import 'server-only';
import { emitPaymentEvent } from '@/lib/webhooks/record-event';
import { formatMoney, toMinorUnits } from '@/lib/domain/money';
import type Stripe from 'stripe';
import { lockBooking } from '@/lib/booking/inventory';
import { inBookingTransaction } from '@/lib/booking/transaction';
import type { Db, Tx } from '@/lib/db/prisma';
import type { Actor } from '@/lib/domain/actor';
import { Forbidden, NotFound, ValidationFailed } from '@/lib/errors';
import { idempotentId } from '@/lib/outbox/idempotent-id';
import { paymentsConfig, stripeClient, type PaymentsConfig } from './config';
import { paymentIntentOf } from './apply-payment';
import { recordPaymentEvent } from './payment-event';
import { refundPosition } from './pending-refunds';
import { requestRefund } from './refund-request';

// Money going back: through the provider that took it (Stripe, or the test checkout), recorded as
// REFUND payment rows with the booking's refundedAmount kept in step.

const ONLINE = ['STRIPE', 'TEST'] as const;

/** What can still go back online: online charges minus online refunds (pending ones included). */
export async function refundableOnline(tx: Tx, bookingId: string): Promise<number> {
  const rows = await tx.payment.groupBy({
    by: ['kind'],
    where: { bookingId, provider: { in: [...ONLINE] }, OR: [{ kind: 'CHARGE', status: 'SUCCEEDED' }, { kind: 'REFUND', status: { in: ['PENDING', 'SUCCEEDED'] } }] },
    _sum: { amount: true },
  });
  const sum = (kind: 'CHARGE' | 'REFUND') => rows.find((r) => r.kind === kind)?._sum.amount ?? 0;
  return sum('CHARGE') - sum('REFUND');
}

export type IssueRefund = {
  bookingId: string;
  amount: number;
  /** Internal note. */
  reason: string;
  /** What the customer is told. */
  customerMessage?: string | null;
  recordedById?: string | null;
  /** Give back this charge (its providerRef), e.g. a second payment of a booking already paid. */
  chargeRef?: string | null;
  /** The booking's refundedAmount already counts this refund (decided and announced at once). */
  counted?: boolean;
};
export type IssuedRefund = { paymentId: string; amount: number; providerRef: string } | null;

/**
 * Issues one refund exactly once per `key` (an outbox message id): a PENDING row is written first
 * (so a webhook reporting the same refund meanwhile counts it), then the provider is called with
 * an idempotency key, then the row is marked SUCCEEDED and the booking's refundedAmount moves.
 */
export async function issueRefund(db: Db, key: string, refund: IssueRefund, options: { config?: PaymentsConfig; stripe?: Stripe } = {}): Promise<IssuedRefund> {
  const config = options.config ?? paymentsConfig();
  const paymentId = idempotentId('refund', key);
  const pending = await inBookingTransaction(db, async (tx) => {
    const existing = await tx.payment.findUnique({ where: { id: paymentId } });
    if (existing) return existing;
    if (!(await lockBooking(tx, refund.bookingId))) throw new NotFound('This booking does not exist.');
    const charge = await chargeToRefund(tx, refund.bookingId, refund.chargeRef ?? null);
    const amount = Math.min(refund.amount, await refundableOnline(tx, refund.bookingId), charge?.left ?? 0);
    if (!charge || amount <= 0) return null;
    return tx.payment.create({
      data: {
        id: paymentId, bookingId: refund.bookingId, provider: charge.provider, kind: 'REFUND', status: 'PENDING', amount, currency: charge.currency,
        recordedById: refund.recordedById ?? null, reason: refund.reason, customerMessage: refund.customerMessage ?? null, chargeRef: charge.providerRef,
      },
    });
  });
  if (!pending) return null;
  if (pending.status === 'SUCCEEDED') return { paymentId, amount: pending.amount, providerRef: pending.providerRef ?? '' };

  const charge = { providerRef: pending.chargeRef };
  if (!charge.providerRef) throw new Error(`Booking ${refund.bookingId} has no online charge to refund.`);
  let providerRef: string;
  if (pending.provider === 'TEST') {
    providerRef = `re_test_${paymentId.replace(/-/g, '').slice(0, 24)}`;
  } else {
    const stripe = options.stripe ?? stripeClient(config);
    const created = await stripe.refunds.create(
      { payment_intent: paymentIntentOf(charge.providerRef), amount: pending.amount, reason: 'requested_by_customer', metadata: { bookingId: refund.bookingId, refundPaymentId: paymentId } },
      { idempotencyKey: `refund:${paymentId}` },
    );
    if (created.status === 'failed' || created.status === 'canceled') throw new Error(`Stripe refund ${created.id} ${created.status}.`);
    providerRef = created.id;
  }
  await inBookingTransaction(db, async (tx) => {
    await lockBooking(tx, refund.bookingId);
    const done = await tx.payment.updateMany({ where: { id: paymentId, status: 'PENDING' }, data: { status: 'SUCCEEDED', providerRef } });
    if (done.count === 1 && !refund.counted) await tx.booking.update({ where: { id: refund.bookingId }, data: { refundedAmount: { increment: pending.amount } } });
    if (done.count === 1) await emitPaymentEvent(tx, await tx.payment.findUniqueOrThrow({ where: { id: paymentId } }));
  });
  return { paymentId, amount: pending.amount, providerRef };
}

/**
 * The online charge a refund gives back: the one named, else the latest with money left on it
 * (a charge already refunded in full, e.g. a second payment, is never asked for more).
 */
async function chargeToRefund(tx: Tx, bookingId: string, chargeRef: string | null) {
  const charges = await tx.payment.findMany({
    where: { bookingId, kind: 'CHARGE', status: 'SUCCEEDED', provider: { in: [...ONLINE] }, ...(chargeRef ? { providerRef: chargeRef } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
  const refunds = await tx.payment.groupBy({
    by: ['chargeRef'],
    where: { bookingId, kind: 'REFUND', status: { in: ['PENDING', 'SUCCEEDED'] }, provider: { in: [...ONLINE] } },
    _sum: { amount: true },
  });
  // Refunds recorded before refunds named their charge count against the latest charge.
  const unnamed = refunds.find((r) => r.chargeRef === null)?._sum.amount ?? 0;
  const withLeft = charges.map((charge, i) => ({
    ...charge,
    left: charge.amount - (refunds.find((r) => r.chargeRef === charge.providerRef)?._sum.amount ?? 0) - (i === 0 ? unnamed : 0),
  }));
  return withLeft.find((charge) => charge.left > 0) ?? null;
}

/**
 * A refund reported by the provider (e.g. issued from the Stripe dashboard): the part of the
 * charge's refunded total not yet on record is recorded once, keyed by that total.
 */
export async function recordProviderRefund(tx: Tx, report: { provider: 'STRIPE' | 'TEST'; paymentRef: string; chargeId: string; amountRefunded: number }): Promise<'recorded' | 'known' | 'unknown_charge'> {
  // One payment may have paid several bookings of a cart (parts `pi_…#<bookingId>`): the refunded
  // total is the payment's, so it is compared with the refunds of all its parts.
  const charges = await tx.payment.findMany({
    where: { provider: report.provider, kind: 'CHARGE', OR: [{ providerRef: report.paymentRef }, { providerRef: { startsWith: `${report.paymentRef}#` } }] },
    orderBy: { bookingId: 'asc' },
  });
  if (charges.length === 0) return 'unknown_charge';
  const bookings = [];
  for (const charge of charges) {
    const booking = await lockBooking(tx, charge.bookingId);
    if (booking) bookings.push(booking);
  }
  if (bookings.length === 0) return 'unknown_charge';
  const recorded = await tx.payment.aggregate({
    where: { bookingId: { in: bookings.map((b) => b.id) }, provider: report.provider, kind: 'REFUND', status: { in: ['PENDING', 'SUCCEEDED'] } },
    _sum: { amount: true },
  });
  let missing = report.amountRefunded - (recorded._sum.amount ?? 0);
  if (missing <= 0) return 'known';
  let any = false;
  for (const booking of bookings) {
    const part = Math.min(missing, booking.paidAmount - booking.refundedAmount);
    if (part <= 0) continue;
    const charge = charges.find((c) => c.bookingId === booking.id)!;
    const recorded = await tx.payment.create({
      data: {
        bookingId: booking.id, provider: report.provider, kind: 'REFUND', status: 'SUCCEEDED', amount: part, currency: booking.currency,
        providerRef: `${report.chargeId}:refunded:${report.amountRefunded}${bookings.length > 1 ? `#${booking.id}` : ''}`, chargeRef: charge.providerRef, reason: 'Refunded at the payment provider',
      },
    });
    await emitPaymentEvent(tx, recorded);
    await tx.booking.update({ where: { id: booking.id }, data: { refundedAmount: { increment: part } } });
    missing -= part;
    any = true;
  }
  return any ? 'recorded' : 'known';
}

/** A refund by hand entered in major units ("12.50"), converted with the booking's currency. */
export async function issueManualRefundOf(db: Db, bookingId: string, actor: Actor, input: ManualRefundInput) {
  const booking = await db.booking.findUnique({ where: { id: bookingId }, select: { currency: true } });
  if (!booking) throw new NotFound('This booking does not exist.');
  return issueManualRefund(db, bookingId, actor, { ...input, amount: toMinorUnits(input.amount, booking.currency) });
}

/** `reason` is the internal note (the business and operators see it); `customerMessage` is what the customer is told. */
export type ManualRefundInput = { amount: number; reason: string; customerMessage?: string | null };

/**
 * An owner of the business (for their own bookings) or an operator gives money back, with a reason: online
 * payments go back through the provider (after commit, via the outbox); cash and transfers are
 * recorded as handed back by that person.
 */
export async function issueManualRefund(db: Db | Tx, bookingId: string, actor: Actor, input: ManualRefundInput) {
  const reason = input.reason.trim();
  const customerMessage = input.customerMessage?.trim() || null;
  if (!reason) throw new ValidationFailed('Say why you are refunding.', { reason: ['Enter a reason'] });
  if (!Number.isInteger(input.amount) || input.amount <= 0) throw new ValidationFailed('Enter a positive amount.', { amount: ['Enter a positive amount'] });
  return inBookingTransaction(db, async (tx) => {
    const booking = await lockBooking(tx, bookingId);
    // Another business's booking reads as missing, so ids cannot be probed.
    if (!booking || (actor.kind === 'member' && actor.vendorId !== booking.vendorId)) throw new NotFound('This booking does not exist.');
    const userId = actor.kind === 'operator' || actor.kind === 'member' ? actor.userId : null;
    if (!userId) throw new Forbidden('Only the business or an operator can refund this booking.');
    // Money leaving the business is the owners' call; staff answer bookings (see the Team page).
    if (actor.kind === 'member' && actor.role !== 'OWNER') {
      throw new Forbidden('Only an owner can give refunds by hand. Ask an owner, or cancel the booking to refund by its policy.');
    }

    // Refunds decided but not issued yet (a cancellation's, an earlier one still at the provider) are money already promised.
    const position = await refundPosition(tx, bookingId);
    const refundable = Math.max(0, booking.paidAmount - booking.refundedAmount - position.pending);
    if (input.amount > refundable) {
      const most = formatMoney(refundable, booking.currency);
      const onItsWay = position.pending > 0 ? ` (${formatMoney(position.pending, booking.currency)} is already on its way back)` : '';
      throw new ValidationFailed(`At most ${most} can be refunded${onItsWay}.`, { amount: [`At most ${most}`] });
    }
    const viaProvider = Math.min(input.amount, position.onlineFree);
    const byHand = input.amount - viaProvider;
    if (viaProvider > 0) await requestRefund(tx, { bookingId, amount: viaProvider, reason, customerMessage, recordedById: userId });
    if (byHand > 0) {
      await emitPaymentEvent(tx, await tx.payment.create({ data: { bookingId, provider: 'MANUAL', kind: 'REFUND', status: 'SUCCEEDED', amount: byHand, currency: booking.currency, recordedById: userId, reason, customerMessage } }));
      await tx.booking.update({ where: { id: bookingId }, data: { refundedAmount: { increment: byHand } } });
    }
    await recordPaymentEvent(tx, {
      bookingId,
      status: booking.status,
      actor,
      reason: customerMessage,
      internalNote: reason,
      data: { kind: 'refund_issued', refundAmount: input.amount, online: viaProvider, manual: byHand },
    });
    return { online: viaProvider, manual: byHand };
  });
}
