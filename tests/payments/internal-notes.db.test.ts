import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { BookingTimeline } from '@/components/account/booking-timeline';
import { verifyManualPayment } from '@/lib/booking/payment-steps';
import { vendorBooking } from '@/lib/business/booking-inbox';
import { findBookingById } from '@/lib/customer/booking-view';
import type { Actor } from '@/lib/domain/actor';
import { processOutbox } from '@/lib/outbox/process-outbox';
import { bookingPayments } from '@/lib/payments/payment-status';
import { issueManualRefund } from '@/lib/payments/refunds';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, hoursAfter, minutesAfter } from '../support/scenario';
import { deliver, givenBookingAwaitingPayment, sessionCompleted } from './payment-scenario';

// Issue 17, point 7: what a business writes for itself when it marks a transfer paid or gives a
// refund stays with the business; the customer sees only the message written for them.

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

const MARKED_PAID_NOTE = 'Paid from a different IBAN, checked by Bob in accounts';
const REFUND_NOTE = 'Customer was rude at the desk, refunding to make them go away';
const REFUND_MESSAGE = 'Sorry the kayak had a leak.';

/** Everything a customer is shown or sent about a booking: its page (history, receipts), emails and in-app notifications. */
async function whatTheCustomerSees(bookingId: string, viewer: Actor) {
  await processOutbox(t.db, { now: hoursAfter(NOW, 1) });
  await processOutbox(t.db, { now: hoursAfter(NOW, 2) });
  const booking = (await findBookingById(t.db, bookingId))!;
  const page = renderToStaticMarkup(createElement(BookingTimeline, { events: booking.events, timeZone: booking.timeZone, currency: booking.currency, vendorName: 'WaterTrek', viewer }));
  const receipts = JSON.stringify(await bookingPayments(t.db, bookingId, 'customer'));
  const emails = (await t.db.emailMessage.findMany({ where: { bookingId } })).map((e) => `${e.subject}\n${e.text}\n${e.html ?? ''}`);
  const notifications = booking.customerId ? (await t.db.notification.findMany({ where: { userId: booking.customerId } })).map((n) => `${n.title} ${n.body}`) : [];
  return { page, receipts, emails: emails.join('\n'), notifications: notifications.join('\n'), events: JSON.stringify(booking.events) };
}

describe('internal notes stay internal', () => {
  it('the note on "mark as paid" reaches neither the customer page nor any email', async () => {
    const { booking, actor } = await givenBookingAwaitingPayment(t.db, { paymentMode: 'MANUAL' });
    await verifyManualPayment(t.db, booking.id, actor, MARKED_PAID_NOTE, minutesAfter(NOW, 5));

    const seen = await whatTheCustomerSees(booking.id, { kind: 'guest', bookingId: booking.id });
    expect(seen.emails).toMatch(/confirmed/i); // the customer was told, just not the note
    for (const surface of [seen.page, seen.receipts, seen.emails, seen.notifications, seen.events]) expect(surface).not.toContain(MARKED_PAID_NOTE);

    // The business still has its note, on its booking page.
    const business = await vendorBooking(t.db, booking.vendorId, booking.id);
    const page = renderToStaticMarkup(createElement(BookingTimeline, { events: business.events, timeZone: business.timeZone, currency: business.currency, vendorName: 'WaterTrek', viewer: actor }));
    expect(page).toContain(`Internal note: ${MARKED_PAID_NOTE}`);
    expect(business.payments.find((p) => p.kind === 'CHARGE')?.reason).toBe(MARKED_PAID_NOTE);
  });

  it('a refund shows the customer its message and never its internal reason, online or by hand', async () => {
    for (const paymentMode of ['ONLINE_FULL', 'MANUAL'] as const) {
      const { booking, actor } = await givenBookingAwaitingPayment(t.db, { paymentMode });
      if (paymentMode === 'MANUAL') await verifyManualPayment(t.db, booking.id, actor, undefined, minutesAfter(NOW, 5));
      else await deliver(t.db, sessionCompleted(booking), { now: minutesAfter(NOW, 5) });
      await issueManualRefund(t.db, booking.id, actor, { amount: 500, reason: REFUND_NOTE, customerMessage: REFUND_MESSAGE });

      const seen = await whatTheCustomerSees(booking.id, { kind: 'guest', bookingId: booking.id });
      for (const surface of [seen.page, seen.receipts, seen.emails, seen.notifications, seen.events]) expect(surface).not.toContain(REFUND_NOTE);
      expect(seen.page).toContain(REFUND_MESSAGE);
      expect(seen.receipts).toContain(REFUND_MESSAGE);
      if (paymentMode === 'ONLINE_FULL') expect(seen.emails).toContain(`says: ${REFUND_MESSAGE}`);

      const forBusiness = JSON.stringify(await bookingPayments(t.db, booking.id, 'business'));
      expect(forBusiness).toContain(REFUND_NOTE);
    }
  });

  it('a refund without a message tells the customer the amount only', async () => {
    const { booking, actor } = await givenBookingAwaitingPayment(t.db);
    await deliver(t.db, sessionCompleted(booking), { now: minutesAfter(NOW, 5) });
    await issueManualRefund(t.db, booking.id, actor, { amount: 500, reason: REFUND_NOTE });
    const seen = await whatTheCustomerSees(booking.id, { kind: 'guest', bookingId: booking.id });
    expect(seen.emails).toContain('refunded £5.00');
    for (const surface of [seen.page, seen.receipts, seen.emails, seen.events]) expect(surface).not.toContain(REFUND_NOTE);
  });
});
