import { beforeAll, describe, expect, it } from 'vitest';
import { POST } from '@/app/api/webhooks/stripe/route';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { expectBooking } from '../support/scenario';
import { SECRET, givenBookingAwaitingPayment, sessionCompleted, sign } from './payment-scenario';

// The route handler itself, as Next.js calls it: raw body, Stripe-Signature header, JSON answer.

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
  process.env.DATABASE_URL = t.url;
  delete process.env.STRIPE_SECRET_KEY; // test mode: TEST provider, secret from STRIPE_WEBHOOK_SECRET
  process.env.STRIPE_WEBHOOK_SECRET = SECRET;
});

const post = (body: string, signature?: string) =>
  POST(new Request('http://localhost/api/webhooks/stripe', { method: 'POST', body, headers: { 'content-type': 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) } }));

describe('POST /api/webhooks/stripe', () => {
  it('answers 400 to a missing or wrong signature and changes nothing', async () => {
    const { booking } = await givenBookingAwaitingPayment(t.db);
    const body = sessionCompleted(booking);
    for (const response of [await post(body), await post(body, sign(body, { secret: 'whsec_wrong' })), await post(body.replace('"paid"', '"unpaid"'), sign(body))]) {
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: 'SIGNATURE_INVALID' } });
    }
    (await expectBooking(t.db, booking.id)).toBe('AWAITING_PAYMENT');
  });

  it('refuses a body over the ceiling with 413 before reading it all, even when signed, and changes nothing', async () => {
    const { booking } = await givenBookingAwaitingPayment(t.db);
    const padded = JSON.stringify({ ...JSON.parse(sessionCompleted(booking)), padding: 'x'.repeat(600 * 1024) });
    const response = await post(padded, sign(padded));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    (await expectBooking(t.db, booking.id)).toBe('AWAITING_PAYMENT');
  });

  it('confirms on a signed event, and acknowledges its redelivery without a second effect', async () => {
    const { booking } = await givenBookingAwaitingPayment(t.db);
    const body = sessionCompleted(booking);
    const first = await post(body, sign(body));
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: true, result: { status: 'applied', outcome: 'confirmed' } });
    const again = await post(body, sign(body));
    expect(await again.json()).toEqual({ received: true, result: { status: 'duplicate' } });
    const check = (await expectBooking(t.db, booking.id)).toBe('CONFIRMED');
    expect(check.booking.paidAmount).toBe(booking.depositAmount);
    expect(await t.db.providerEvent.findMany({ where: { payload: { path: ['data', 'object', 'metadata', 'bookingId'], equals: booking.id } } })).toMatchObject([{ provider: 'TEST', type: 'checkout.session.completed' }]);
  });
});
