import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cancelBooking } from '@/lib/booking/cancel-booking';
import { verifyManualPayment } from '@/lib/booking/payment-steps';
import { Forbidden, InvalidTransition, ValidationFailed } from '@/lib/errors';
import { processOutbox } from '@/lib/outbox/process-outbox';
import { startCheckout } from '@/lib/payments/checkout';
import { refundHandler } from '@/lib/payments/refund-handler';
import { issueManualRefund } from '@/lib/payments/refunds';
import { finishTestCheckout } from '@/lib/payments/test-checkout';
import { decodeTestSession } from '@/lib/payments/test-session';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, expectBooking, hoursAfter, minutesAfter, operator } from '../support/scenario';
import { SECRET, deliver, givenBookingAwaitingPayment, sessionCompleted, start, stripeConfig, testConfig } from './payment-scenario';
import { startFakeStripe } from './fake-stripe';

let t: TestDatabase;
let fake: Awaited<ReturnType<typeof startFakeStripe>>;
beforeAll(async () => {
  t = await useTestDatabase();
  let refunds = 0;
  fake = await startFakeStripe((request) => {
    if (request.path === '/v1/checkout/sessions') {
      return { body: { id: 'cs_test_fake_1', object: 'checkout.session', url: 'https://checkout.stripe.test/c/pay/cs_test_fake_1', status: 'open' } };
    }
    if (request.path === '/v1/refunds') {
      refunds += 1;
      return { body: { id: `re_fake_${refunds}`, object: 'refund', status: 'succeeded', amount: Number(request.form.get('amount')) } };
    }
    return { status: 404, body: { error: { type: 'invalid_request_error', message: `No fake for ${request.path}` } } };
  });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  vi.unstubAllEnvs();
});

const baseUrl = 'https://book.example.com';
const at = minutesAfter(NOW, 5);

describe('creating the Checkout Session (real SDK, fake Stripe server)', () => {
  it('sends the price snapshot, the hold expiry, the reference and an idempotency key', async () => {
    const { booking } = await givenBookingAwaitingPayment(t.db, { holdMinutes: 120 });
    const started = await startCheckout(t.db, { bookingId: booking.id, baseUrl }, { config: stripeConfig(fake.apiBase), now: at });
    expect(started).toMatchObject({ url: 'https://checkout.stripe.test/c/pay/cs_test_fake_1', sessionId: 'cs_test_fake_1', amount: booking.depositAmount });

    expect(fake.requests).toHaveLength(1);
    const [sent] = fake.requests;
    expect(sent!.method).toBe('POST');
    expect(sent!.path).toBe('/v1/checkout/sessions');
    expect(sent!.headers.authorization).toBe('Bearer sk_test_fake');
    expect(sent!.headers['idempotency-key']).toBe(`checkout:${booking.id}:${booking.depositAmount}:${booking.holdExpiresAt!.getTime()}`);
    const form = Object.fromEntries(sent!.form);
    expect(form).toMatchObject({
      mode: 'payment',
      'line_items[0][quantity]': '1',
      'line_items[0][price_data][currency]': 'gbp',
      'line_items[0][price_data][unit_amount]': String(booking.depositAmount),
      'metadata[bookingId]': booking.id,
      'metadata[reference]': booking.reference,
      'payment_intent_data[metadata][bookingId]': booking.id,
      client_reference_id: booking.id,
      customer_email: booking.contactEmail,
      expires_at: String(booking.holdExpiresAt!.getTime() / 1000),
      // Only the booking id: no manage token travels to the provider (its logs, the browser history).
      success_url: `${baseUrl}/pay/success?booking=${booking.id}`,
      cancel_url: `${baseUrl}/pay/cancel?booking=${booking.id}`,
    });
    expect(booking.depositAmount).toBe(booking.totalAmount); // ONLINE_FULL: the whole price now
  });

  it('asks for a deposit only, and keeps expires_at within Stripe’s 30 min minimum for a short hold', async () => {
    const { booking } = await givenBookingAwaitingPayment(t.db, { paymentMode: 'ONLINE_DEPOSIT', depositType: 'PERCENT', depositValue: 25 });
    await startCheckout(t.db, { bookingId: booking.id, baseUrl }, { config: stripeConfig(fake.apiBase), now: at });
    const form = Object.fromEntries(fake.requests[0]!.form);
    expect(form['line_items[0][price_data][unit_amount]']).toBe(String(booking.totalAmount / 4));
    const expiresAt = Number(form.expires_at) * 1000;
    expect(expiresAt - at.getTime()).toBeGreaterThanOrEqual(30 * 60_000);
    expect(expiresAt - at.getTime()).toBeLessThanOrEqual(33 * 60_000);
  });

  it('refuses to start a payment for a booking that is not waiting for one', async () => {
    const { booking } = await givenBookingAwaitingPayment(t.db);
    await expect(startCheckout(t.db, { bookingId: booking.id, baseUrl }, { config: stripeConfig(fake.apiBase), now: hoursAfter(NOW, 1) })).rejects.toBeInstanceOf(InvalidTransition);
    await deliver(t.db, sessionCompleted(booking));
    await expect(startCheckout(t.db, { bookingId: booking.id, baseUrl }, { config: stripeConfig(fake.apiBase), now: at })).rejects.toBeInstanceOf(InvalidTransition);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('the built-in test checkout (no Stripe keys)', () => {
  it('pays through a signed event and the webhook’s own verification', async () => {
    const { booking } = await givenBookingAwaitingPayment(t.db);
    const started = await startCheckout(t.db, { bookingId: booking.id, baseUrl }, { config: testConfig, now: at });
    const token = started.url.split('/pay/test-checkout/')[1]!;
    expect(decodeTestSession(token, SECRET)).toEqual(expect.objectContaining({ bookingId: booking.id, amount: booking.depositAmount }));
    expect(Object.keys(decodeTestSession(token, SECRET)!)).not.toContain('returnPath'); // the checkout URL carries no way back into the booking
    expect(decodeTestSession(token, 'whsec_other')).toBeNull();

    const failed = await finishTestCheckout(t.db, token, 'fail', { config: testConfig, now: at });
    expect(failed.redirectTo).toContain('/pay/cancel?');
    (await expectBooking(t.db, booking.id)).toBe('AWAITING_PAYMENT');

    const paid = await finishTestCheckout(t.db, token, 'pay', { config: testConfig, now: at });
    expect(paid.result).toEqual({ status: 'applied', outcome: 'confirmed' });
    expect(paid.redirectTo).toBe(`/pay/success?booking=${booking.id}`);
    // Pressing Pay again on the same session is refused, as Stripe's page does, and pays nothing more.
    await expect(finishTestCheckout(t.db, token, 'pay', { config: testConfig, now: at })).rejects.toThrow('This checkout is already paid.');
    expect((await expectBooking(t.db, booking.id)).toBe('CONFIRMED').booking.paidAmount).toBe(booking.depositAmount);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('refunds through Stripe (real SDK, fake Stripe server)', () => {
  const useFakeStripe = () => {
    vi.stubEnv('STRIPE_SECRET_KEY', 'sk_test_fake');
    vi.stubEnv('STRIPE_WEBHOOK_SECRET', SECRET);
    vi.stubEnv('STRIPE_API_BASE', fake.apiBase);
  };

  async function paidWithStripe(overrides: Parameters<typeof givenBookingAwaitingPayment>[1] = {}) {
    const world = await givenBookingAwaitingPayment(t.db, overrides);
    const pi = `pi_stripe_${world.booking.id.slice(-12)}`;
    await deliver(t.db, sessionCompleted(world.booking, pi), { config: stripeConfig(fake.apiBase) });
    return { ...world, pi };
  }

  it('refunds everything when the customer cancels inside the free window, once', async () => {
    useFakeStripe();
    const { booking, pi } = await paidWithStripe();
    await cancelBooking(t.db, booking.id, { kind: 'guest', bookingId: booking.id }, 'Plans changed', hoursAfter(NOW, 1));
    await processOutbox(t.db, { handlers: [refundHandler], now: hoursAfter(NOW, 1) });
    await processOutbox(t.db, { handlers: [refundHandler], now: hoursAfter(NOW, 2) });

    expect(fake.requests).toHaveLength(1);
    const [sent] = fake.requests;
    expect(sent!.path).toBe('/v1/refunds');
    expect(Object.fromEntries(sent!.form)).toMatchObject({ payment_intent: pi, amount: String(booking.depositAmount), 'metadata[bookingId]': booking.id });
    expect(String(sent!.headers['idempotency-key'])).toMatch(/^refund:/);

    const check = (await expectBooking(t.db, booking.id)).toBe('CANCELLED');
    expect(check.booking).toMatchObject({ paidAmount: booking.depositAmount, refundedAmount: booking.depositAmount });
    expect(await t.db.payment.findMany({ where: { bookingId: booking.id, kind: 'REFUND' } })).toMatchObject([{ provider: 'STRIPE', status: 'SUCCEEDED', providerRef: 're_fake_1', amount: booking.depositAmount }]);
    // Stripe then reports the same refund: nothing is counted twice.
    expect(await deliver(t.db, JSON.stringify({ id: 'evt_ref_echo', object: 'event', type: 'charge.refunded', data: { object: { id: 'ch_1', payment_intent: pi, amount_refunded: booking.depositAmount } } }), { config: stripeConfig(fake.apiBase) })).toEqual({ status: 'applied', outcome: 'known' });
    expect((await expectBooking(t.db, booking.id)).booking.refundedAmount).toBe(booking.depositAmount);
  });

  it('refunds part of it by the listing’s tiers after the free window', async () => {
    useFakeStripe();
    const { booking } = await paidWithStripe({ freeCancellationHours: 48, refundTiers: [{ hoursBefore: 12, refundPercent: 50 }] });
    await cancelBooking(t.db, booking.id, { kind: 'guest', bookingId: booking.id }, undefined, hoursAfter(start, -24));
    await processOutbox(t.db, { handlers: [refundHandler], now: hoursAfter(start, -24) });
    expect(fake.requests.map((r) => r.form.get('amount'))).toEqual([String(booking.depositAmount / 2)]);
    expect((await expectBooking(t.db, booking.id)).booking.refundedAmount).toBe(booking.depositAmount / 2);
  });

  it('lets the vendor or an operator refund by hand with a reason; customers cannot', async () => {
    useFakeStripe();
    const { booking, actor } = await paidWithStripe();
    await expect(issueManualRefund(t.db, booking.id, { kind: 'guest', bookingId: booking.id }, { amount: 100, reason: 'Please' })).rejects.toBeInstanceOf(Forbidden);
    await expect(issueManualRefund(t.db, booking.id, actor, { amount: 100, reason: ' ' })).rejects.toBeInstanceOf(ValidationFailed);
    await expect(issueManualRefund(t.db, booking.id, actor, { amount: booking.depositAmount + 1, reason: 'Too much' })).rejects.toBeInstanceOf(ValidationFailed);

    await issueManualRefund(t.db, booking.id, actor, { amount: 500, reason: 'Late start, sorry' });
    await issueManualRefund(t.db, booking.id, await operator(t.db), { amount: 300, reason: 'Goodwill' });
    await processOutbox(t.db, { handlers: [refundHandler], now: hoursAfter(NOW, 1) });
    expect(fake.requests.map((r) => r.form.get('amount')).sort()).toEqual(['300', '500']);
    const check = (await expectBooking(t.db, booking.id)).toBe('CONFIRMED');
    expect(check.booking.refundedAmount).toBe(800);
    const refunds = await t.db.payment.findMany({ where: { bookingId: booking.id, kind: 'REFUND' }, orderBy: { amount: 'asc' } });
    expect(refunds.map((r) => [r.amount, r.reason, r.recordedById !== null])).toEqual([
      [300, 'Goodwill', true],
      [500, 'Late start, sorry', true],
    ]);
  });

  it('records manual payments with who and when, and refunds them by hand without Stripe', async () => {
    useFakeStripe();
    const { booking, actor } = await givenBookingAwaitingPayment(t.db, { paymentMode: 'MANUAL' });
    await verifyManualPayment(t.db, booking.id, actor, 'Transfer arrived', at);
    const check = (await expectBooking(t.db, booking.id)).toBe('CONFIRMED');
    expect(check.booking).toMatchObject({ paidAmount: booking.totalAmount, manualPaymentVerifiedAt: at });
    await issueManualRefund(t.db, booking.id, actor, { amount: 400, reason: 'Cash back at the desk' });
    await processOutbox(t.db, { handlers: [refundHandler], now: hoursAfter(NOW, 1) });
    expect(fake.requests).toHaveLength(0);
    expect(await t.db.payment.findMany({ where: { bookingId: booking.id, kind: 'REFUND' } })).toMatchObject([{ provider: 'MANUAL', amount: 400, status: 'SUCCEEDED' }]);
    expect((await expectBooking(t.db, booking.id)).booking.refundedAmount).toBe(400);
  });
});
