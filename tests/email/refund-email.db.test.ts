import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { processOutbox } from '@/lib/outbox/process-outbox';
import { refundHandler } from '@/lib/payments/refund-handler';
import { issueManualRefund } from '@/lib/payments/refunds';
import { refundEmailHandler } from '@/lib/outbox/refund-email';
import { deliver, givenBookingAwaitingPayment, sessionCompleted } from '../payments/payment-scenario';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, hoursAfter, minutesAfter } from '../support/scenario';
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture';

// The "refunded" email follows the refund: it waits (retrying) until the money went back, and
// never holds the refund back.

let t: TestDatabase;
let smtp: SmtpCapture;
beforeAll(async () => {
  t = await useTestDatabase();
  smtp = await startSmtpCapture();
});
afterAll(() => smtp.close());
afterEach(() => {
  delete process.env.SMTP_URL;
});

describe('refund emails', () => {
  it('tells the customer the amount once the refund has been issued, not before', async () => {
    process.env.SMTP_URL = smtp.url;
    const { booking, actor } = await givenBookingAwaitingPayment(t.db);
    await deliver(t.db, sessionCompleted(booking), { now: minutesAfter(NOW, 5) });
    await issueManualRefund(t.db, booking.id, actor, { amount: 500, reason: 'Late start, sorry' });

    // The payment provider is down at first: the email waits for the refund.
    const at = hoursAfter(NOW, 1);
    const providerDown = { ...refundHandler, handle: async () => Promise.reject(new Error('Stripe unreachable')) };
    await processOutbox(t.db, { now: at, handlers: [providerDown, refundEmailHandler] });
    const email = await t.db.outboxDelivery.findFirstOrThrow({ where: { handler: 'refund-email', message: { bookingId: booking.id } } });
    expect(email).toMatchObject({ status: 'PENDING', attempts: 1, lastError: 'RefundNotIssuedYet: The refund has not been issued yet; the email follows it.' });
    expect(smtp.mails.filter((m) => m.envelopeTo.includes(booking.contactEmail) && m.subject?.startsWith('Refunded'))).toHaveLength(0);

    await processOutbox(t.db, { now: hoursAfter(at, 1), handlers: [refundHandler, refundEmailHandler] });
    expect(await t.db.payment.findMany({ where: { bookingId: booking.id, kind: 'REFUND' } })).toMatchObject([{ status: 'SUCCEEDED', amount: 500 }]);
    await processOutbox(t.db, { now: hoursAfter(at, 2), handlers: [refundHandler, refundEmailHandler] });
    const [mail, ...more] = (await smtp.waitForTo(booking.contactEmail, 1)).filter((m) => m.subject?.startsWith('Refunded'));
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe(`Refunded £5.00: A rental (${booking.reference})`);
    expect(mail!.text).not.toContain('Late start, sorry'); // the reason is the business's internal note
    expect(mail!.html).toContain('£5.00 refunded');
  });
});
