import Stripe from 'stripe';
import { requestBooking } from '@/lib/booking/request-booking';
import type { Db } from '@/lib/db/prisma';
import type { PaymentsConfig } from '@/lib/payments/config';
import { handleStripeWebhook } from '@/lib/payments/webhook';
import { NOW, givenVendor, guestContact, hoursAfter } from '../support/scenario';

// Payments in the words of the product: a booking that owes money online, and provider events
// signed the way Stripe signs them.

export const SECRET = 'whsec_test_payments_suite';
export const testConfig: PaymentsConfig = { mode: 'test', provider: 'TEST', secretKey: 'sk_test_x', webhookSecret: SECRET };
export const stripeConfig = (apiBase?: string): PaymentsConfig => ({ mode: 'stripe', provider: 'STRIPE', secretKey: 'sk_test_fake', webhookSecret: SECRET, apiBase });

const signer = new Stripe('sk_test_signing_only', { telemetry: false });

export const start = hoursAfter(NOW, 72);

/** A guest's rental booking of a listing paid online (ONLINE_FULL unless overridden), awaiting payment. */
export async function givenBookingAwaitingPayment(db: Db, overrides: Parameters<ReturnType<typeof givenVendor>['withRental']>[0] = {}) {
  const world = await givenVendor(db).withRental({ paymentMode: 'ONLINE_FULL', freeCancellationHours: 24, ...overrides });
  const booking = await requestBooking(db, { listingId: world.listing.id, startAt: start, endAt: hoursAfter(start, 2), contact: guestContact }, { kind: 'guest' }, { now: NOW });
  return { ...world, booking };
}

let counter = 0;
export function event(type: string, object: Record<string, unknown>, id = `evt_${++counter}_${Math.random().toString(36).slice(2)}`) {
  return JSON.stringify({ id, object: 'event', type, api_version: '2025-01-01', created: 1, livemode: false, data: { object } });
}

export const sessionCompleted = (booking: { id: string; depositAmount: number }, paymentIntent = `pi_${booking.id.slice(-12)}`, id?: string) =>
  event('checkout.session.completed', { id: `cs_${paymentIntent}`, object: 'checkout.session', payment_status: 'paid', amount_total: booking.depositAmount, payment_intent: paymentIntent, metadata: { bookingId: booking.id } }, id);

export const intentSucceeded = (booking: { id: string; depositAmount: number }, paymentIntent = `pi_${booking.id.slice(-12)}`) =>
  event('payment_intent.succeeded', { id: paymentIntent, object: 'payment_intent', amount_received: booking.depositAmount, metadata: { bookingId: booking.id } });

export const chargeRefunded = (paymentIntent: string, amountRefunded: number) =>
  event('charge.refunded', { id: `ch_${paymentIntent}`, object: 'charge', payment_intent: paymentIntent, amount_refunded: amountRefunded });

export function sign(payload: string, options: { secret?: string; timestamp?: number } = {}) {
  return signer.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? SECRET, timestamp: options.timestamp });
}

/** Delivers a correctly signed event to the webhook service, as the route does. */
export function deliver(db: Db, payload: string, options: { config?: PaymentsConfig; now?: Date } = {}) {
  return handleStripeWebhook(db, payload, sign(payload), { config: options.config ?? testConfig, now: options.now ?? hoursAfter(NOW, 0.1) });
}
