import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db/prisma';
import { PolicyViolation } from '@/lib/errors';
import { paymentsConfig, stripeClient, type PaymentsConfig } from './config';
import { returnQuery } from './return-query';
import { decodeTestSession, type TestSession } from './test-session';
import { handleStripeWebhook, type EventResult } from './webhook';

// The built-in test checkout (no Stripe keys): "Pay" and "Fail" build the event Stripe would
// send, sign it with the webhook secret, and hand it to the webhook's own verification and handling.

export function openTestSession(token: string, config: PaymentsConfig = paymentsConfig()): TestSession | null {
  if (config.mode !== 'test') return null;
  return decodeTestSession(token, config.webhookSecret);
}

export type TestCheckoutState = 'open' | 'paid' | 'expired' | 'replaced';

/** The session's state on record: paid once, never again; a replaced or lapsed one cannot be paid. */
async function stateOf(db: Db, session: TestSession, now: Date): Promise<{ state: TestCheckoutState; bookingCount: number; timeZone: string }> {
  const stored = await db.checkoutSession.findUnique({
    where: { id: session.checkoutSessionId },
    select: { status: true, items: { select: { booking: { select: { timeZone: true } } } } },
  });
  const bookingCount = stored?.items.length || 1;
  const timeZone = stored?.items[0]?.booking.timeZone ?? 'UTC';
  const lapsed = session.expiresAt <= now.getTime();
  if (stored?.status === 'COMPLETED') return { state: 'paid', bookingCount, timeZone };
  if (stored?.status === 'EXPIRED') return { state: lapsed ? 'expired' : 'replaced', bookingCount, timeZone };
  return { state: lapsed || !stored ? 'expired' : 'open', bookingCount, timeZone };
}

/** The session for the test checkout page, with whether it can still be paid. */
export async function testCheckoutPage(db: Db, token: string, now = new Date(), config: PaymentsConfig = paymentsConfig()) {
  const session = openTestSession(token, config);
  if (!session) return null;
  const { state, bookingCount, timeZone } = await stateOf(db, session, now);
  return { ...session, state, bookingCount, timeZone, returnQuery: returnQuery(session.bookingId, bookingCount) };
}

const REFUSED: Record<Exclude<TestCheckoutState, 'open'>, string> = {
  paid: 'This checkout is already paid.',
  expired: 'This checkout has expired. Go back to your booking to try again.',
  replaced: 'This checkout was replaced by a newer one (opened in another tab). Pay there, or go back to your booking.',
};

export function testEvent(session: TestSession, outcome: 'pay' | 'fail', now: Date) {
  const paymentIntent = `pi_test_${session.id.slice('cs_test_'.length)}`;
  const metadata = { checkoutSessionId: session.checkoutSessionId, bookingId: session.bookingId, reference: session.reference };
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
  const { state, bookingCount } = await stateOf(db, session, now);
  if (outcome === 'pay' && state !== 'open') throw new PolicyViolation(REFUSED[state]);
  const payload = JSON.stringify(testEvent(session, outcome, now));
  const signature = stripeClient(config).webhooks.generateTestHeaderString({ payload, secret: config.webhookSecret });
  // Without a deliverer (tests), the webhook's own handling is called directly: same verification, same code.
  const result = options.deliver ? await options.deliver(payload, signature) : await handleStripeWebhook(db, payload, signature, { config, now });
  const query = returnQuery(session.bookingId, bookingCount);
  if (outcome === 'fail') query.set('failed', '1');
  return { redirectTo: `/pay/${outcome === 'pay' ? 'success' : 'cancel'}?${query}`, result };
}
