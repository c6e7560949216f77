import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cancelBooking } from '@/lib/booking/cancel-booking';
import { requestBooking } from '@/lib/booking/request-booking';
import type { OutboxHandler } from '@/lib/outbox/handlers';
import { MAX_ATTEMPTS, processOutbox, retryDelayMs } from '@/lib/outbox/process-outbox';
import { deliver, givenBookingAwaitingPayment, sessionCompleted } from '../payments/payment-scenario';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, givenVendor, guestContact, hoursAfter, minutesAfter } from '../support/scenario';
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture';

// Each (message, handler, recipient) is its own delivery: an SMTP outage delays only the emails,
// never a refund, and every email still goes out exactly once when the server is back.

let t: TestDatabase;
let smtp: SmtpCapture;
beforeAll(async () => {
  t = await useTestDatabase();
  smtp = await startSmtpCapture();
});
afterAll(() => smtp.close());
afterEach(async () => {
  delete process.env.SMTP_URL;
  await smtp.up();
});

const cancelledMails = (booking: { reference: string; contactEmail: string }) =>
  smtp.mails.filter((m) => m.subject === `Booking cancelled: A rental (${booking.reference})` && m.envelopeTo.includes(booking.contactEmail));

describe('one delivery per handler and recipient', () => {
  it('refunds a cancellation at once while SMTP is down, and emails it exactly once when SMTP is back', async () => {
    process.env.SMTP_URL = smtp.url;
    const { booking } = await givenBookingAwaitingPayment(t.db);
    await deliver(t.db, sessionCompleted(booking), { now: minutesAfter(NOW, 5) });
    await processOutbox(t.db, { now: minutesAfter(NOW, 10) }); // the booking's earlier emails go out

    await smtp.down();
    const cancelledAt = hoursAfter(NOW, 1);
    await cancelBooking(t.db, booking.id, { kind: 'guest', bookingId: booking.id }, 'Plans changed', cancelledAt);
    const run = await processOutbox(t.db, { now: cancelledAt });
    expect(run.deliveries).toMatchObject({ sent: 2, retrying: 2, dead: 0 }); // refund + vendor notification; the emails to the guest and the owner wait

    // The money went back at once …
    expect(await t.db.payment.findMany({ where: { bookingId: booking.id, kind: 'REFUND' } })).toMatchObject([{ status: 'SUCCEEDED', amount: booking.depositAmount }]);
    expect(await t.db.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({ refundedAmount: booking.depositAmount });
    // … the email is due again after the backoff, with the error recorded.
    const message = await t.db.outboxMessage.findFirstOrThrow({ where: { bookingId: booking.id, topic: 'booking.cancelled' } });
    const deliveries = await t.db.outboxDelivery.findMany({ where: { messageId: message.id }, orderBy: { handler: 'asc' } });
    expect(deliveries.map((d) => [d.handler, d.status])).toEqual([
      ['booking-email', 'PENDING'],
      ['booking-member-email', 'PENDING'],
      ['booking-notifications', 'SENT'],
      ['payment-refunds', 'SENT'],
    ]);
    const email = deliveries.find((d) => d.handler === 'booking-email')!;
    expect(email).toMatchObject({ recipient: booking.contactEmail, attempts: 1, nextAttemptAt: new Date(cancelledAt.getTime() + retryDelayMs(1)) });
    expect(email.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect((await processOutbox(t.db, { now: minutesAfter(cancelledAt, 0.5) })).deliveries.claimed).toBe(0); // not before its time
    expect(cancelledMails(booking)).toHaveLength(0);

    await smtp.up();
    const later = email.nextAttemptAt;
    expect((await processOutbox(t.db, { now: later })).deliveries).toMatchObject({ claimed: 2, sent: 2 });
    await processOutbox(t.db, { now: hoursAfter(later, 5) });
    expect(cancelledMails(booking)).toHaveLength(1);
    expect(cancelledMails(booking)[0]!.text).toContain('will be refunded to you');
    expect(await t.db.outboxDelivery.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });
    expect(await t.db.payment.count({ where: { bookingId: booking.id, kind: 'REFUND' } })).toBe(1);
  });

  it('never sends one delivery twice when several workers run at once', async () => {
    process.env.SMTP_URL = smtp.url;
    const { listing } = await givenVendor(t.db).withRental({ units: 20 });
    const start = hoursAfter(NOW, 72);
    const references: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      const booking = await requestBooking(t.db, { listingId: listing.id, startAt: start, endAt: hoursAfter(start, 1), contact: { ...guestContact, email: `race-${i}@example.com` } }, { kind: 'guest' }, { now: NOW });
      references.push(booking.reference);
    }
    const before = smtp.mails.length;
    const workers = [t.newClient(4), t.newClient(4), t.newClient(4)];
    const runs = await Promise.all(workers.map((db) => processOutbox(db, { now: NOW, limit: 3 })));
    await Promise.all(workers.map((db) => processOutbox(db, { now: NOW, limit: 3 }))); // whatever the first round left

    const claimed = runs.reduce((sum, run) => sum + run.deliveries.claimed, 0);
    expect(claimed).toBeLessThanOrEqual(24); // 8 guest emails, 8 owner emails, 8 owner notifications: none claimed twice
    await smtp.waitFor(before + 16);
    const sent = smtp.mails.slice(before).filter((m) => m.envelopeTo[0]!.startsWith('race-'));
    expect(sent).toHaveLength(8);
    expect(new Set(sent.map((m) => m.headers.get('x-bookwell-email-id'))).size).toBe(8);
    expect(sent.map((m) => m.envelopeTo[0]).sort()).toEqual(references.map((_, i) => `race-${i}@example.com`).sort());
    const rows = await t.db.outboxDelivery.findMany({ where: { handler: 'booking-email', recipient: { startsWith: 'race-' } } });
    expect(rows).toHaveLength(8);
    expect(rows.every((d) => d.status === 'SENT' && d.attempts === 1)).toBe(true);
  });
});

describe('retries of one delivery', () => {
  let calls: string[] = [];
  const flaky = (fail: (recipient: string) => boolean): OutboxHandler => ({
    name: 'flaky',
    topics: ['test.flaky'],
    recipients: async () => ['a@example.com', 'b@example.com'],
    handle: async (_db, _message, { recipient }) => {
      calls.push(recipient);
      if (fail(recipient)) throw new Error(`SMTP connection refused for ${recipient}`);
    },
  });

  it('backs off exponentially, marks the delivery dead after the last attempt, and leaves the other recipient alone', async () => {
    calls = [];
    const message = await t.db.outboxMessage.create({ data: { topic: 'test.flaky', payload: {} } });
    const handlers = [flaky((r) => r === 'a@example.com')];
    let now = NOW;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      await processOutbox(t.db, { now, handlers });
      const row = await t.db.outboxDelivery.findUniqueOrThrow({ where: { messageId_handler_recipient: { messageId: message.id, handler: 'flaky', recipient: 'a@example.com' } } });
      expect(row).toMatchObject({ attempts: attempt, lastError: 'Error: SMTP connection refused for a@example.com', lockedUntil: null });
      if (attempt === MAX_ATTEMPTS) {
        expect(row.status).toBe('DEAD');
        break;
      }
      expect(row.status).toBe('PENDING');
      expect(row.nextAttemptAt).toEqual(new Date(now.getTime() + retryDelayMs(attempt)));
      expect((await processOutbox(t.db, { now: new Date(row.nextAttemptAt.getTime() - 1), handlers })).deliveries.claimed).toBe(0);
      now = row.nextAttemptAt;
    }
    expect(calls.filter((r) => r === 'b@example.com')).toEqual(['b@example.com']); // sent once, first time
    expect(calls.filter((r) => r === 'a@example.com')).toHaveLength(MAX_ATTEMPTS);
    expect(await t.db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: 'DONE', attempts: 1 });
    expect((await processOutbox(t.db, { now: hoursAfter(now, 48), handlers })).deliveries.claimed).toBe(0);
  });

  it('lets another worker take over a delivery only once its lease has run out, and records only that worker’s outcome', async () => {
    calls = [];
    const message = await t.db.outboxMessage.create({ data: { topic: 'test.flaky', payload: {} } });
    const handlers = [flaky(() => false)];
    await processOutbox(t.db, { now: NOW, handlers });
    expect(calls.sort()).toEqual(['a@example.com', 'b@example.com']);
    // As if a worker had claimed both again and died before reporting back: the lease holds them.
    await t.db.outboxDelivery.updateMany({ where: { messageId: message.id }, data: { status: 'PENDING', attempts: 1, lockedUntil: minutesAfter(NOW, 2), deliveredAt: null } });
    calls = [];
    expect((await processOutbox(t.db, { now: minutesAfter(NOW, 1), handlers })).deliveries.claimed).toBe(0);
    expect((await processOutbox(t.db, { now: minutesAfter(NOW, 3), handlers })).deliveries).toMatchObject({ claimed: 2, sent: 2 });
    expect(calls.sort()).toEqual(['a@example.com', 'b@example.com']);
  });
});
