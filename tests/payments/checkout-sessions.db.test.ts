import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cancelBooking, cancellationTerms } from '@/lib/booking/cancel-booking';
import { expireStaleHolds } from '@/lib/booking/expire-stale-holds';
import { addToCart } from '@/lib/cart/add-to-cart';
import { checkoutCart } from '@/lib/cart/checkout-cart';
import { encodeReceipt } from '@/lib/cart/checkout-receipt';
import { dueOnline, startCartPayment } from '@/lib/cart/pay-cart';
import { decodeReceipt } from '@/lib/cart/checkout-receipt';
import { formatMoney } from '@/lib/domain/money';
import { bookingEmailHandler } from '@/lib/outbox/booking-handlers';
import { processOutbox } from '@/lib/outbox/process-outbox';
import { startCheckout } from '@/lib/payments/checkout';
import { groupPaymentStatus } from '@/lib/payments/payment-status';
import { refundHandler } from '@/lib/payments/refund-handler';
import { finishTestCheckout, testCheckoutPage } from '@/lib/payments/test-checkout';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, expectBooking, givenVendor, guestContact, hoursAfter, minutesAfter } from '../support/scenario';
import { aGuest } from '../cart/cart-scenario';
import { chargeRefunded, deliver, event, givenBookingAwaitingPayment, sessionCompleted, stripeConfig, testConfig } from './payment-scenario';
import { startFakeStripe } from './fake-stripe';

// Issue 13, points 2 and 4: a cart pays everything due online in ONE checkout (confirmed and
// released together), and a second tab gets the open checkout back instead of a second charge;
// every amount shown is what was kept and will be refunded.

let t: TestDatabase;
let fake: Awaited<ReturnType<typeof startFakeStripe>>;
let sessions = 0;
beforeAll(async () => {
  t = await useTestDatabase();
  fake = await startFakeStripe((request) => {
    if (request.path === '/v1/checkout/sessions') {
      sessions += 1;
      return { body: { id: `cs_fake_${sessions}`, object: 'checkout.session', url: `https://checkout.stripe.test/c/pay/cs_fake_${sessions}`, status: 'open' } };
    }
    const expire = /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/.exec(request.path);
    if (expire) return { body: { id: expire[1], object: 'checkout.session', status: 'expired' } };
    if (request.path === '/v1/refunds') return { body: { id: `re_fake_${fake.requests.length}`, object: 'refund', status: 'succeeded', amount: Number(request.form.get('amount')) } };
    return { status: 404, body: { error: { type: 'invalid_request_error', message: `No fake for ${request.path}` } } };
  });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
});

const baseUrl = 'https://book.example.com';
const at = minutesAfter(NOW, 5);
const tokenOf = (url: string) => url.split('/pay/test-checkout/')[1]!;

/** A guest's cart with two things paid online (a 2-hour boat at £40/h, two £25 tour seats, holds 45 and 20 min) and one paid on site. */
async function aCheckedOutCart() {
  const vendor = givenVendor(t.db);
  const boat = await vendor.withRental({ title: 'Boat', priceAmount: 4000, paymentMode: 'ONLINE_FULL', holdMinutes: 45 });
  const tour = await vendor.withSession({ title: 'Tour', priceAmount: 2500, paymentMode: 'ONLINE_FULL', holdMinutes: 20 });
  const bikes = await vendor.withRental({ title: 'Bike', priceAmount: 500, paymentMode: 'NONE' });
  const guest = aGuest();
  const start = hoursAfter(NOW, 72);
  await addToCart(t.db, guest.owner, { listingId: boat.listing.id, startAt: start, endAt: hoursAfter(start, 2) }, NOW);
  await addToCart(t.db, guest.owner, { listingId: tour.listing.id, sessionId: tour.session.id, quantity: 2 }, NOW);
  await addToCart(t.db, guest.owner, { listingId: bikes.listing.id, startAt: start, endAt: hoursAfter(start, 1) }, NOW);
  const result = await checkoutCart(t.db, guest.owner, guest.actor, guestContact, NOW);
  const receipt = decodeReceipt(encodeReceipt(result))!;
  const byTitle = async (id: string) => t.db.booking.findFirstOrThrow({ where: { listingId: id, checkoutGroupId: result.checkoutGroupId } });
  return { result, receipt, boat: await byTitle(boat.listing.id), tour: await byTitle(tour.listing.id), bike: await byTitle(bikes.listing.id) };
}

describe('a cart pays everything due online at once (point 2)', () => {
  it('holds the online items for the same time and sums what is due into one payment', async () => {
    const { boat, tour, bike, result } = await aCheckedOutCart();
    expect([boat.status, tour.status, bike.status]).toEqual(['AWAITING_PAYMENT', 'AWAITING_PAYMENT', 'CONFIRMED']);
    // Released together: the shorter hold (20 min) for both.
    expect(boat.holdExpiresAt).toEqual(minutesAfter(NOW, 20));
    expect(tour.holdExpiresAt).toEqual(minutesAfter(NOW, 20));
    expect(dueOnline(result.bookings.map((b) => ({ ...b.booking, listing: { paymentMode: b.booking.id === bike.id ? 'NONE' : 'ONLINE_FULL' } })), NOW)).toEqual([
      { currency: 'GBP', amount: 8000 + 5000, bookingIds: expect.arrayContaining([boat.id, tour.id]) },
    ]);
  });

  it('confirms every item when the one test checkout is paid, with each booking’s own charge', async () => {
    const { receipt, boat, tour } = await aCheckedOutCart();
    const started = await startCartPayment(t.db, { receipt, viewer: null, currency: 'GBP', baseUrl }, { config: testConfig, now: at });
    expect(started).toMatchObject({ amount: 13_000, currency: 'GBP', reused: false });
    const page = await testCheckoutPage(t.db, tokenOf(started.url), at, testConfig);
    expect(page).toMatchObject({ state: 'open', bookingCount: 2, amount: 13_000 });

    const paid = await finishTestCheckout(t.db, tokenOf(started.url), 'pay', { config: testConfig, now: at });
    expect(paid.result).toEqual({ status: 'applied', outcome: 'confirmed' });
    expect(paid.redirectTo).toContain('group=1');
    expect(paid.redirectTo).not.toContain('return=');
    for (const [booking, amount] of [[boat, 8000], [tour, 5000]] as const) {
      const check = (await expectBooking(t.db, booking.id)).toBe('CONFIRMED');
      expect(check.booking).toMatchObject({ paidAmount: amount, refundedAmount: 0, holdExpiresAt: null });
      expect(await t.db.payment.findMany({ where: { bookingId: booking.id }, select: { kind: true, amount: true } })).toEqual([{ kind: 'CHARGE', amount }]);
    }
    expect(await groupPaymentStatus(t.db, boat.id, { userId: null, tokens: receipt.t })).toMatchObject({ settled: true, kept: 13_000, amount: 13_000, returnPath: '/cart/done' });
    expect(await groupPaymentStatus(t.db, boat.id, { userId: null, tokens: [] })).toBeNull(); // the id alone shows nothing
    // Nothing is due any more, and the paid checkout cannot be paid again.
    await expect(startCartPayment(t.db, { receipt, viewer: null, currency: 'GBP', baseUrl }, { config: testConfig, now: at })).rejects.toThrow('Nothing is due online');
    expect(await testCheckoutPage(t.db, tokenOf(started.url), at, testConfig)).toMatchObject({ state: 'paid' });
    await expect(finishTestCheckout(t.db, tokenOf(started.url), 'pay', { config: testConfig, now: at })).rejects.toThrow('already paid');
  });

  it('releases every item together when the checkout is not paid in time', async () => {
    const { receipt, boat, tour, bike } = await aCheckedOutCart();
    await startCartPayment(t.db, { receipt, viewer: null, currency: 'GBP', baseUrl }, { config: testConfig, now: at });
    expect(await expireStaleHolds(t.db, minutesAfter(NOW, 21))).toBeGreaterThanOrEqual(2);
    (await expectBooking(t.db, boat.id)).toBe('EXPIRED');
    (await expectBooking(t.db, tour.id)).toBe('EXPIRED');
    (await expectBooking(t.db, bike.id)).toBe('CONFIRMED');
  });

  it('sends one Stripe Checkout Session with a line per booking, and splits its payment by them', async () => {
    const { receipt, boat, tour } = await aCheckedOutCart();
    const started = await startCartPayment(t.db, { receipt, viewer: null, currency: 'GBP', baseUrl }, { config: stripeConfig(fake.apiBase), now: at });
    expect(fake.requests.filter((r) => r.path === '/v1/checkout/sessions')).toHaveLength(1);
    const form = Object.fromEntries(fake.requests[0]!.form);
    expect(form).toMatchObject({ 'line_items[0][price_data][unit_amount]': '8000', 'line_items[1][price_data][unit_amount]': '5000', 'line_items[0][price_data][currency]': 'gbp' });
    expect(form['metadata[bookingIds]']!.split(',').sort()).toEqual([boat.id, tour.id].sort());
    expect(form.success_url).toContain('group=1');

    const completed = event('checkout.session.completed', { id: started.sessionId, object: 'checkout.session', payment_status: 'paid', amount_total: 13_000, payment_intent: 'pi_cart_1', metadata: { bookingIds: `${boat.id},${tour.id}` } });
    expect(await deliver(t.db, completed, { config: stripeConfig(fake.apiBase), now: at })).toEqual({ status: 'applied', outcome: 'confirmed' });
    // The same payment reported again changes nothing.
    const again = event('checkout.session.completed', { id: started.sessionId, object: 'checkout.session', payment_status: 'paid', amount_total: 13_000, payment_intent: 'pi_cart_1', metadata: {} });
    expect(await deliver(t.db, again, { config: stripeConfig(fake.apiBase), now: at })).toEqual({ status: 'duplicate' });
    (await expectBooking(t.db, boat.id)).toBe('CONFIRMED');
    (await expectBooking(t.db, tour.id)).toBe('CONFIRMED');

    // Cancelling one refunds its own part of the shared payment intent, and Stripe's report of it is not counted twice.
    await cancelBooking(t.db, tour.id, { kind: 'guest', bookingId: tour.id }, 'One less', hoursAfter(NOW, 1));
    const { stubEnv, unstubAllEnvs } = await import('vitest').then((v) => v.vi);
    stubEnv('STRIPE_SECRET_KEY', 'sk_test_fake');
    stubEnv('STRIPE_WEBHOOK_SECRET', 'whsec_test_payments_suite');
    stubEnv('STRIPE_API_BASE', fake.apiBase);
    try {
      await processOutbox(t.db, { handlers: [refundHandler], now: hoursAfter(NOW, 1) });
    } finally {
      unstubAllEnvs();
    }
    const refund = fake.requests.find((r) => r.path === '/v1/refunds')!;
    expect(Object.fromEntries(refund.form)).toMatchObject({ payment_intent: 'pi_cart_1', amount: '5000' });
    expect(await deliver(t.db, chargeRefunded('pi_cart_1', 5000), { config: stripeConfig(fake.apiBase), now: hoursAfter(NOW, 1) })).toEqual({ status: 'applied', outcome: 'known' });
    expect((await expectBooking(t.db, tour.id)).booking).toMatchObject({ paidAmount: 5000, refundedAmount: 5000 });
    expect((await expectBooking(t.db, boat.id)).booking).toMatchObject({ paidAmount: 8000, refundedAmount: 0 });
  });
});

describe('two checkout tabs (point 4)', () => {
  it('test checkout: the second tab gets the open session back, and it is paid once', async () => {
    const { booking } = await givenBookingAwaitingPayment(t.db, { holdMinutes: 60 });
    const first = await startCheckout(t.db, { bookingId: booking.id, baseUrl }, { config: testConfig, now: at });
    const second = await startCheckout(t.db, { bookingId: booking.id, baseUrl }, { config: testConfig, now: minutesAfter(at, 3) });
    expect(second).toMatchObject({ url: first.url, checkoutSessionId: first.checkoutSessionId, reused: true });
    expect(await t.db.checkoutSession.count({ where: { items: { some: { bookingId: booking.id } } } })).toBe(1);

    await finishTestCheckout(t.db, tokenOf(first.url), 'pay', { config: testConfig, now: minutesAfter(at, 4) });
    await expect(finishTestCheckout(t.db, tokenOf(second.url), 'pay', { config: testConfig, now: minutesAfter(at, 4) })).rejects.toThrow('already paid');
    expect((await expectBooking(t.db, booking.id)).toBe('CONFIRMED').booking).toMatchObject({ paidAmount: booking.depositAmount, refundedAmount: 0 });
  });

  it('Stripe: two starts create one Checkout Session; a changed set of bookings expires the old one first', async () => {
    const { booking } = await givenBookingAwaitingPayment(t.db, { holdMinutes: 60 });
    const config = stripeConfig(fake.apiBase);
    const first = await startCheckout(t.db, { bookingId: booking.id, baseUrl }, { config, now: at });
    const second = await startCheckout(t.db, { bookingId: booking.id, baseUrl }, { config, now: minutesAfter(at, 1) });
    expect(second).toMatchObject({ url: first.url, reused: true });
    expect(fake.requests.filter((r) => r.path === '/v1/checkout/sessions')).toHaveLength(1);

    // The session is nearly over: a fresh one is made and the old one is expired at Stripe.
    const third = await startCheckout(t.db, { bookingId: booking.id, baseUrl }, { config, now: minutesAfter(booking.holdExpiresAt!, -1) });
    expect(third.url).not.toBe(first.url);
    expect(fake.requests.map((r) => r.path)).toContain(`/v1/checkout/sessions/${first.sessionId}/expire`);
    expect(await t.db.checkoutSession.findMany({ where: { items: { some: { bookingId: booking.id } } }, select: { status: true }, orderBy: { createdAt: 'asc' } })).toEqual([{ status: 'EXPIRED' }, { status: 'OPEN' }]);
  });

  it('a test checkout replaced by a newer one cannot be paid', async () => {
    const { receipt, boat } = await aCheckedOutCart();
    const cart = await startCartPayment(t.db, { receipt, viewer: null, currency: 'GBP', baseUrl }, { config: testConfig, now: at });
    const single = await startCheckout(t.db, { bookingId: boat.id, baseUrl }, { config: testConfig, now: at });
    expect(single.amount).toBe(8000);
    expect(await testCheckoutPage(t.db, tokenOf(cart.url), at, testConfig)).toMatchObject({ state: 'replaced' });
    await expect(finishTestCheckout(t.db, tokenOf(cart.url), 'pay', { config: testConfig, now: at })).rejects.toThrow('replaced by a newer one');
  });

  it('a second payment that got through anyway is refunded, and no amount shown counts it', async () => {
    const { booking, listing } = await givenBookingAwaitingPayment(t.db, { holdMinutes: 60, freeCancellationHours: 24 });
    const amount = booking.depositAmount;
    await deliver(t.db, sessionCompleted(booking, 'pi_tab_1'));
    // Paid again in a checkout created before sessions were reused (or elsewhere).
    expect(await deliver(t.db, sessionCompleted(booking, 'pi_tab_2'))).toEqual({ status: 'applied', outcome: 'refunding' });

    let check = (await expectBooking(t.db, booking.id)).toBe('CONFIRMED');
    expect(check.booking.paidAmount - check.booking.refundedAmount).toBe(amount); // what the pages show as paid
    const withListing = { ...check.booking, listing };
    const terms = cancellationTerms(withListing, { kind: 'guest', bookingId: booking.id }, hoursAfter(NOW, 1));
    expect(terms.refundAmount).toBe(amount); // the cancel dialog's promise: one payment, not two

    await processOutbox(t.db, { handlers: [refundHandler, bookingEmailHandler], now: hoursAfter(NOW, 0.5), limit: 500 });
    const refunds = await t.db.payment.findMany({ where: { bookingId: booking.id, kind: 'REFUND' }, select: { amount: true, chargeRef: true, status: true } });
    expect(refunds).toEqual([{ amount, chargeRef: 'pi_tab_2', status: 'SUCCEEDED' }]);

    // Cancelling refunds the first payment (the second is already back), exactly what was promised.
    await cancelBooking(t.db, booking.id, { kind: 'guest', bookingId: booking.id }, 'Plans changed', hoursAfter(NOW, 1));
    const cancelled = await t.db.bookingEvent.findFirstOrThrow({ where: { bookingId: booking.id, toStatus: 'CANCELLED' } });
    expect(cancelled.data).toMatchObject({ refundAmount: amount });
    await processOutbox(t.db, { handlers: [refundHandler, bookingEmailHandler], now: hoursAfter(NOW, 1.1), limit: 500 });
    check = (await expectBooking(t.db, booking.id)).toBe('CANCELLED');
    // The emails say what was paid and what comes back: one payment, not two.
    const emails = await t.db.emailMessage.findMany({ where: { bookingId: booking.id }, orderBy: { sentAt: 'asc' }, select: { text: true } });
    const paidOnce = `(paid ${formatMoney(amount, booking.currency)})`;
    expect(emails.some((e) => e.text.includes(paidOnce))).toBe(true);
    expect(emails.some((e) => e.text.includes(`${formatMoney(amount, booking.currency)} will be refunded to you.`))).toBe(true);
    expect(emails.some((e) => e.text.includes(formatMoney(2 * amount, booking.currency)))).toBe(false);
    expect(check.booking).toMatchObject({ paidAmount: 2 * amount, refundedAmount: 2 * amount });
    expect((await t.db.payment.findMany({ where: { bookingId: booking.id, kind: 'REFUND' }, orderBy: { createdAt: 'asc' }, select: { chargeRef: true } })).map((r) => r.chargeRef)).toEqual(['pi_tab_2', 'pi_tab_1']);
  });
});
