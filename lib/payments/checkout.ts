import 'server-only';
import type Stripe from 'stripe';
import type { Db } from '@/lib/db/prisma';
import { InvalidTransition, NotFound, PolicyViolation } from '@/lib/errors';
import { paymentsConfig, stripeClient, type PaymentsConfig } from './config';
import { safeReturnPath } from './return-path';
import { encodeTestSession } from './test-session';

// Starting an online payment: a Stripe Checkout Session (hosted page) for what the booking owes
// online now, from its price snapshot, expiring with its hold. Without keys: the test checkout.

const MIN_SESSION_MS = 30 * 60_000 + 60_000; // Stripe refuses expires_at under 30 minutes away
const MAX_SESSION_MS = 24 * 3_600_000;

export type StartCheckoutInput = { bookingId: string; returnPath?: string | null; baseUrl: string };
export type CheckoutStarted = { url: string; sessionId: string; amount: number; expiresAt: Date };

/**
 * The session's expiry: the hold's, clamped into Stripe's 30 min – 24 h window (a short hold
 * is lengthened, and a payment that lands after the hold is handled as a late payment).
 * Rounded up to the minute so a double click reuses the same idempotency key and parameters.
 */
export function sessionExpiry(holdExpiresAt: Date, now: Date): Date {
  const at = Math.min(Math.max(holdExpiresAt.getTime(), now.getTime() + MIN_SESSION_MS), now.getTime() + MAX_SESSION_MS - 60_000);
  return new Date(Math.ceil(at / 60_000) * 60_000);
}

export async function startCheckout(db: Db, input: StartCheckoutInput, options: { config?: PaymentsConfig; stripe?: Stripe; now?: Date } = {}): Promise<CheckoutStarted> {
  const config = options.config ?? paymentsConfig();
  const now = options.now ?? new Date();
  const booking = await db.booking.findUnique({ where: { id: input.bookingId }, include: { listing: { select: { title: true, paymentMode: true } } } });
  if (!booking) throw new NotFound('This booking does not exist.');
  if (booking.listing.paymentMode !== 'ONLINE_FULL' && booking.listing.paymentMode !== 'ONLINE_DEPOSIT') {
    throw new PolicyViolation('This booking is not paid online.');
  }
  if (booking.status !== 'AWAITING_PAYMENT') throw new InvalidTransition('This booking is not waiting for a payment.');
  if (!booking.holdExpiresAt || booking.holdExpiresAt.getTime() <= now.getTime()) {
    throw new InvalidTransition('The time to pay for this booking has run out. Please book again.');
  }
  const amount = booking.depositAmount - booking.paidAmount;
  if (amount <= 0) throw new InvalidTransition('Nothing is due online for this booking.');

  const expiresAt = sessionExpiry(booking.holdExpiresAt, now);
  const returnPath = safeReturnPath(input.returnPath, booking.id);
  const base = input.baseUrl.replace(/\/+$/, '');
  const back = (page: 'success' | 'cancel') => `${base}/pay/${page}?booking=${booking.id}&return=${encodeURIComponent(returnPath)}`;

  if (config.mode === 'test') {
    const session = encodeTestSession(
      { bookingId: booking.id, reference: booking.reference, amount, currency: booking.currency, expiresAt: expiresAt.getTime(), returnPath },
      config.webhookSecret,
    );
    return { url: `${base}/pay/test-checkout/${session.token}`, sessionId: session.id, amount, expiresAt };
  }

  const stripe = options.stripe ?? stripeClient(config);
  const isDeposit = amount < booking.totalAmount;
  const metadata = { bookingId: booking.id, reference: booking.reference };
  const session = await stripe.checkout.sessions.create(
    {
      mode: 'payment',
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: booking.currency.toLowerCase(),
            unit_amount: amount,
            product_data: { name: `${booking.listing.title}${isDeposit ? ' (deposit)' : ''}`, description: `Booking ${booking.reference}` },
          },
        },
      ],
      customer_email: booking.contactEmail,
      client_reference_id: booking.id,
      metadata,
      payment_intent_data: { metadata, description: `Booking ${booking.reference}` },
      expires_at: Math.floor(expiresAt.getTime() / 1000),
      success_url: back('success'),
      cancel_url: back('cancel'),
    },
    // One session per booking, amount and expiry: a double click gets the same session back.
    { idempotencyKey: `checkout:${booking.id}:${amount}:${expiresAt.getTime()}` },
  );
  if (!session.url) throw new Error(`Stripe returned checkout session ${session.id} without a URL.`);
  return { url: session.url, sessionId: session.id, amount, expiresAt };
}
