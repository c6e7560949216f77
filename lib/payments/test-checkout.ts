import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db/prisma';
import { PolicyViolation } from '@/lib/errors';
import { paymentsConfig, stripeClient, type PaymentsConfig } from './config';
import { decodeTestSession, type TestSession } from './test-session';
import { handleStripeWebhook, type EventResult } from './webhook';

// The built-in test checkout (no Stripe keys): "Pay" and "Fail" build the event Stripe would
// send, sign it with the webhook secret, and hand it to the webhook's own verification and handling.

export function openTestSession(token: string, config: PaymentsConfig = paymentsConfig()): TestSession | null {
  if (config.mode !== 'test') return null;
  return decodeTestSession(token, config.webhookSecret);
}

/** The session for the test checkout page, with whether it can still be paid. */
export function testCheckoutPage(token: string, now = new Date()) {
  const session = openTestSession(token);
  return session ? { ...session, expired: session.expiresAt <= now.getTime() } : null;
}

export function testEvent(session: TestSession, outcome: 'pay' | 'fail', now: Date) {
  const paymentIntent = `pi_test_${session.id.slice('cs_test_'.length)}`;
  const metadata = { bookingId: session.bookingId, reference: session.reference };
  const object =
    outcome === 'pay'
      ? { id: session.id, object: 'checkout.session', mode: 'payment', status: 'complete', payment_status: 'paid', amount_total: session.amount, currency: session.currency.toLowerCase(), payment_intent: paymentIntent, client_reference_id: session.bookingId, metadata }
      : { id: paymentIntent, object: 'payment_intent', status: 'requires_payment_method', amount: session.amount, amount_received: 0, currency: session.currency.toLowerCase(), metadata, last_payment_error: { message: 'Your card was declined (test mode).' } };
  return {
    id: `evt_test_${randomBytes(12).toString('hex')}`,
    object: 'event',
    api_version: null,
    created: Math.floor(now.getTime() / 1000),
    livemode: false,
    type: outcome === 'pay' ? 'checkout.session.completed' : 'payment_intent.payment_failed',
    data: { object },
  };
}

export type DeliverEvent = (payload: string, signature: string) => Promise<EventResult>;

/** Posts the signed event to this site's webhook route, exactly as Stripe would. */
export function postToWebhookRoute(origin: string): DeliverEvent {
  return async (payload, signature) => {
    const response = await fetch(`${origin}/api/webhooks/stripe`, { method: 'POST', body: payload, headers: { 'content-type': 'application/json', 'stripe-signature': signature }, cache: 'no-store' });
    const body = (await response.json()) as { result?: EventResult; error?: { message: string } };
    if (!response.ok || !body.result) throw new Error(`The webhook route answered ${response.status}: ${body.error?.message ?? 'no result'}`);
    return body.result;
  };
}

/** Signs and delivers the test event; returns where the customer goes next, as Checkout would. */
export async function finishTestCheckout(
  db: Db,
  token: string,
  outcome: 'pay' | 'fail',
  options: { config?: PaymentsConfig; now?: Date; deliver?: DeliverEvent } = {},
): Promise<{ redirectTo: string; result: EventResult }> {
  const config = options.config ?? paymentsConfig();
  const now = options.now ?? new Date();
  const session = openTestSession(token, config);
  if (!session) throw new PolicyViolation('This test checkout does not exist.');
  if (outcome === 'pay' && session.expiresAt <= now.getTime()) throw new PolicyViolation('This checkout has expired. Go back to your booking to try again.');
  const payload = JSON.stringify(testEvent(session, outcome, now));
  const signature = stripeClient(config).webhooks.generateTestHeaderString({ payload, secret: config.webhookSecret });
  // Without a deliverer (tests), the webhook's own handling is called directly: same verification, same code.
  const result = options.deliver ? await options.deliver(payload, signature) : await handleStripeWebhook(db, payload, signature, { config, now });
  const query = new URLSearchParams({ booking: session.bookingId, return: session.returnPath });
  if (outcome === 'fail') query.set('failed', '1');
  return { redirectTo: `/pay/${outcome === 'pay' ? 'success' : 'cancel'}?${query}`, result };
}
