import { beforeAll, describe, expect, it } from 'vitest';
import { cancelBooking } from '@/lib/booking/cancel-booking';
import { expireStaleHolds } from '@/lib/booking/expire-stale-holds';
import { handleStripeWebhook, verifyStripeEvent, WebhookSignatureInvalid } from '@/lib/payments/webhook';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, expectBooking, hoursAfter } from '../support/scenario';
import { SECRET, chargeRefunded, deliver, event, givenBookingAwaitingPayment, intentSucceeded, sessionCompleted, sign, testConfig } from './payment-scenario';

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

describe('webhook signature (Stripe’s own scheme)', () => {
  const payload = event('checkout.session.expired', { id: 'cs_1', object: 'checkout.session' });

  it('accepts a correctly signed body', () => {
    expect(verifyStripeEvent(payload, sign(payload), SECRET).type).toBe('checkout.session.expired');
  });

  it('refuses a tampered body, a wrong secret, an old timestamp and a missing header', () => {
    const header = sign(payload);
    expect(() => verifyStripeEvent(payload.replace('expired', 'completed'), header, SECRET)).toThrow(WebhookSignatureInvalid);
    expect(() => verifyStripeEvent(payload, sign(payload, { secret: 'whsec_someone_else' }), SECRET)).toThrow(WebhookSignatureInvalid);
    const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600;
    expect(() => verifyStripeEvent(payload, sign(payload, { timestamp: tenMinutesAgo }), SECRET)).toThrow(WebhookSignatureInvalid);
    expect(() => verifyStripeEvent(payload, null, SECRET)).toThrow(WebhookSignatureInvalid);
  });

  it('stores nothing when the signature is wrong', async () => {
    const { booking } = await givenBookingAwaitingPayment(t.db);
    const body = sessionCompleted(booking);
    await expect(handleStripeWebhook(t.db, body, sign(body, { secret: 'whsec_wrong' }), { config: testConfig })).rejects.toBeInstanceOf(WebhookSignatureInvalid);
    expect(await t.db.providerEvent.count({ where: { payload: { path: ['data', 'object', 'metadata', 'bookingId'], equals: booking.id } } })).toBe(0);
    (await expectBooking(t.db, booking.id)).toBe('AWAITING_PAYMENT');
  });
});

describe('applying payment events once', () => {
  it('confirms a booking awaiting payment and records the charge', async () => {
    const { booking } = await givenBookingAwaitingPayment(t.db);
    expect(await deliver(t.db, sessionCompleted(booking))).toEqual({ status: 'applied', outcome: 'confirmed' });
    const check = (await expectBooking(t.db, booking.id)).toBe('CONFIRMED').toHaveEvents('AWAITING_PAYMENT', 'CONFIRMED');
    expect(check.booking).toMatchObject({ paidAmount: booking.depositAmount, holdExpiresAt: null });
    const payments = await t.db.payment.findMany({ where: { bookingId: booking.id } });
    expect(payments).toMatchObject([{ provider: 'TEST', kind: 'CHARGE', status: 'SUCCEEDED', amount: booking.depositAmount, providerRef: `pi_${booking.id.slice(-12)}` }]);
  });

  it('the same event delivered 20 times (some at once) has exactly one effect', async () => {
    const { booking } = await givenBookingAwaitingPayment(t.db);
    const body = sessionCompleted(booking, 'pi_twenty', 'evt_twenty_times');
    const results = await Promise.all(Array.from({ length: 10 }, () => deliver(t.db, body)));
    for (let i = 0; i < 10; i += 1) results.push(await deliver(t.db, body));
    expect(results.filter((r) => r.status === 'applied')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'duplicate')).toHaveLength(19);
    expect(await t.db.providerEvent.count({ where: { eventId: 'evt_twenty_times' } })).toBe(1);
    expect(await t.db.payment.count({ where: { bookingId: booking.id } })).toBe(1);
    const check = (await expectBooking(t.db, booking.id)).toBe('CONFIRMED').toHaveEvents('AWAITING_PAYMENT', 'CONFIRMED');
    expect(check.booking.paidAmount).toBe(booking.depositAmount);
    await check.toHaveOutboxTopics('booking.awaiting_payment', 'booking.confirmed');
  });

  it('two events for one payment (session completed, intent succeeded), in either order, pay once', async () => {
    for (const order of ['session-first', 'intent-first'] as const) {
      const { booking } = await givenBookingAwaitingPayment(t.db);
      const events = [sessionCompleted(booking, `pi_${order}`), intentSucceeded(booking, `pi_${order}`)];
      if (order === 'intent-first') events.reverse();
      const results = [];
      for (const body of events) results.push(await deliver(t.db, body));
      expect(results.map((r) => r.status)).toEqual(['applied', 'duplicate']);
      expect((await expectBooking(t.db, booking.id)).toBe('CONFIRMED').booking.paidAmount).toBe(booking.depositAmount);
    }
  });

  it('an expired session or a failed payment confirms nothing; the hold lapses as usual', async () => {
    const { booking } = await givenBookingAwaitingPayment(t.db);
    await deliver(t.db, event('checkout.session.expired', { id: 'cs_x', object: 'checkout.session', metadata: { bookingId: booking.id } }));
    await deliver(t.db, event('payment_intent.payment_failed', { id: 'pi_x', object: 'payment_intent', amount_received: 0, metadata: { bookingId: booking.id } }));
    (await expectBooking(t.db, booking.id)).toBe('AWAITING_PAYMENT');
    await expireStaleHolds(t.db, hoursAfter(NOW, 1));
    (await expectBooking(t.db, booking.id)).toBe('EXPIRED');
    expect(await t.db.payment.count({ where: { bookingId: booking.id } })).toBe(0);
  });

  it('a refund reported before its payment is retried later, then recorded once however often it comes', async () => {
    const { booking } = await givenBookingAwaitingPayment(t.db);
    const refunded = chargeRefunded('pi_out_of_order', 1000);
    await expect(deliver(t.db, refunded)).rejects.toThrow(/not on record yet/);
    await deliver(t.db, sessionCompleted(booking, 'pi_out_of_order'));
    expect(await deliver(t.db, refunded)).toEqual({ status: 'applied', outcome: 'recorded' });
    expect(await deliver(t.db, refunded)).toEqual({ status: 'duplicate' });
    // The same total reported again by another event adds nothing.
    expect(await deliver(t.db, chargeRefunded('pi_out_of_order', 1000))).toEqual({ status: 'applied', outcome: 'known' });
    const check = await expectBooking(t.db, booking.id);
    expect(check.booking).toMatchObject({ status: 'CONFIRMED', refundedAmount: 1000 });
  });

  it('money for a cancelled booking is kept on record and refunded in full', async () => {
    const { booking } = await givenBookingAwaitingPayment(t.db);
    await cancelBooking(t.db, booking.id, { kind: 'guest', bookingId: booking.id }, 'Changed my mind', NOW);
    expect(await deliver(t.db, sessionCompleted(booking, 'pi_after_cancel'))).toEqual({ status: 'applied', outcome: 'refunding' });
    const check = (await expectBooking(t.db, booking.id)).toBe('CANCELLED');
    expect(check.booking.paidAmount).toBe(booking.depositAmount);
    const request = await t.db.outboxMessage.findFirst({ where: { bookingId: booking.id, topic: 'payment.refund_requested' } });
    expect(request?.payload).toMatchObject({ amount: booking.depositAmount });
  });

  it('ignores events that are not about a booking', async () => {
    expect(await deliver(t.db, event('checkout.session.completed', { id: 'cs_other', payment_status: 'paid', amount_total: 5, payment_intent: 'pi_other', metadata: {} }))).toEqual({
      status: 'ignored',
      reason: 'not a booking payment',
    });
  });
});
