import { beforeAll, describe, expect, it } from 'vitest';
import { requestBooking } from '@/lib/booking/request-booking';
import { NotFound } from '@/lib/errors';
import { issueManageToken } from '@/lib/magic-links/manage-links';
import { startCheckout } from '@/lib/payments/checkout';
import { authorizePaymentStart } from '@/lib/payments/pay-access';
import { bookingPaymentStatus } from '@/lib/payments/payment-status';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, aCustomer, givenVendor, guestContact, hoursAfter, minutesAfter } from '../support/scenario';
import { givenBookingAwaitingPayment, stripeConfig, testConfig } from './payment-scenario';
import { startFakeStripe } from './fake-stripe';

// The pay pages by booking id: a booking id alone (in a provider's return URL, a log, a shared
// link) shows nothing and starts nothing; its manage token or its signed-in customer does.

let t: TestDatabase;
let fake: Awaited<ReturnType<typeof startFakeStripe>>;
let sessions = 0;
beforeAll(async () => {
  t = await useTestDatabase();
  fake = await startFakeStripe(() => {
    sessions += 1;
    return { body: { id: `cs_test_access_${sessions}`, object: 'checkout.session', url: `https://checkout.stripe.test/c/pay/cs_test_access_${sessions}`, status: 'open' } };
  });
  return () => fake.close();
});

const at = minutesAfter(NOW, 5);
const nobody = { userId: null, tokens: [] };

describe('starting a payment', () => {
  it('takes the booking from the guest’s manage link, and refuses a bare booking id', async () => {
    const { booking } = await givenBookingAwaitingPayment(t.db);
    const token = await issueManageToken(t.db, booking.id);
    expect(await authorizePaymentStart(t.db, { bookingId: 'ignored', returnPath: `/manage/${token}`, userId: null }, at)).toEqual({ bookingId: booking.id, manageToken: token });
    await expect(authorizePaymentStart(t.db, { bookingId: booking.id, returnPath: '', userId: null }, at)).rejects.toBeInstanceOf(NotFound);
    await expect(authorizePaymentStart(t.db, { bookingId: booking.id, returnPath: `/manage/${'x'.repeat(43)}`, userId: null }, at)).rejects.toBeInstanceOf(NotFound);
  });

  it('lets a signed-in customer pay their own booking only', async () => {
    const cora = await aCustomer(t.db);
    const other = await aCustomer(t.db);
    const world = await givenVendor(t.db).withRental({ paymentMode: 'ONLINE_FULL' });
    const start = hoursAfter(NOW, 72);
    const booking = await requestBooking(t.db, { listingId: world.listing.id, startAt: start, endAt: hoursAfter(start, 2), contact: guestContact }, cora.actor, { now: NOW });
    expect(await authorizePaymentStart(t.db, { bookingId: booking.id, returnPath: `/account/bookings/${booking.id}`, userId: cora.userId }, at)).toEqual({ bookingId: booking.id, manageToken: null });
    await expect(authorizePaymentStart(t.db, { bookingId: booking.id, returnPath: '', userId: other.userId }, at)).rejects.toBeInstanceOf(NotFound);
    await expect(authorizePaymentStart(t.db, { bookingId: 'not-a-uuid', returnPath: '', userId: cora.userId }, at)).rejects.toBeInstanceOf(NotFound);
  });
});

describe('the return pages', () => {
  it('show a booking only to its manage-token holder or its customer, never to its id alone', async () => {
    const { booking } = await givenBookingAwaitingPayment(t.db);
    const token = await issueManageToken(t.db, booking.id);
    expect(await bookingPaymentStatus(t.db, booking.id, nobody)).toBeNull();
    expect(await bookingPaymentStatus(t.db, booking.id, { userId: (await aCustomer(t.db)).userId, tokens: [] })).toBeNull();
    const otherBooking = (await givenBookingAwaitingPayment(t.db)).booking;
    expect(await bookingPaymentStatus(t.db, booking.id, { userId: null, tokens: [await issueManageToken(t.db, otherBooking.id)] })).toBeNull();
    expect(await bookingPaymentStatus(t.db, booking.id, { userId: null, tokens: [token] })).toMatchObject({ id: booking.id, status: 'AWAITING_PAYMENT', returnPath: `/manage/${token}` });
  });

  it('are reached by URLs that carry no manage token, with Stripe and with the test checkout', async () => {
    const { booking } = await givenBookingAwaitingPayment(t.db, { holdMinutes: 120 });
    const token = await issueManageToken(t.db, booking.id);
    await startCheckout(t.db, { bookingId: booking.id, baseUrl: 'https://book.example.com' }, { config: stripeConfig(fake.apiBase), now: at });
    const sent = Object.fromEntries(fake.requests.at(-1)!.form);
    for (const url of [sent.success_url, sent.cancel_url]) {
      expect(url).toMatch(new RegExp(`^https://book\\.example\\.com/pay/(success|cancel)\\?booking=${booking.id}$`));
      expect(url).not.toContain(token);
    }
    const other = (await givenBookingAwaitingPayment(t.db)).booking;
    const test = await startCheckout(t.db, { bookingId: other.id, baseUrl: 'https://book.example.com' }, { config: testConfig, now: at });
    const body = Buffer.from(test.url.split('/pay/test-checkout/')[1]!.split('.')[0]!, 'base64url').toString();
    expect(body).not.toMatch(/manage|return/);
    expect(await t.db.checkoutSession.findFirstOrThrow({ where: { items: { some: { bookingId: other.id } } } })).not.toHaveProperty('returnPath');
  });
});
