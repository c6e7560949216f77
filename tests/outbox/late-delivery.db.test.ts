import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxHandler } from '@/lib/outbox/handlers';
import { processOutbox } from '@/lib/outbox/process-outbox';
import { deliver, givenBookingAwaitingPayment, sessionCompleted } from '../payments/payment-scenario';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, minutesAfter } from '../support/scenario';
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture';

// The crash bench (bench/crash.ts) found emails sent twice for one booking after a SIGKILL: the
// server died before its after-response kick delivered the booking's "created" message, the
// customer paid meanwhile, and the cron then delivered "created" rendered from the booking as it
// is now (CONFIRMED): a second "Booking confirmed" email (and a second "New confirmed booking" to
// the business) beside the "confirmed" message's own. Each message's email tells of its own change.

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

describe('a booking message delivered late', () => {
  it('after the booking was paid: one "confirmed" email to the customer and to each member, no stale "payment due"', async () => {
    const { booking, owner } = await givenBookingAwaitingPayment(t.db);
    // The server died before delivering the "created" message; the payment arrived meanwhile.
    await deliver(t.db, sessionCompleted(booking), { now: minutesAfter(NOW, 5) });
    await processOutbox(t.db, { now: minutesAfter(NOW, 10) });

    const emails = await t.db.emailMessage.findMany({ where: { bookingId: booking.id }, select: { to: true, subject: true } });
    const toCustomer = emails.filter((e) => e.to.toLowerCase() === booking.contactEmail.toLowerCase()).map((e) => e.subject);
    expect(toCustomer.filter((s) => s.startsWith('Booking confirmed'))).toHaveLength(1);
    expect(toCustomer.filter((s) => s.startsWith('Booking received: payment due'))).toHaveLength(0);
    const toOwner = emails.filter((e) => e.to.toLowerCase() === owner.email.toLowerCase()).map((e) => e.subject);
    expect(toOwner.filter((s) => s.startsWith('New confirmed booking'))).toHaveLength(1);
    const subjects = emails.map((e) => `${e.to.toLowerCase()} ${e.subject}`);
    expect(new Set(subjects).size).toBe(subjects.length);
  });

  it('delivered in time, each change still gets its own email: payment due, then confirmed', async () => {
    const { booking } = await givenBookingAwaitingPayment(t.db);
    await processOutbox(t.db, { now: minutesAfter(NOW, 1) });
    await deliver(t.db, sessionCompleted(booking), { now: minutesAfter(NOW, 5) });
    await processOutbox(t.db, { now: minutesAfter(NOW, 10) });
    const subjects = (await t.db.emailMessage.findMany({ where: { bookingId: booking.id, to: booking.contactEmail }, orderBy: { sentAt: 'asc' } })).map((e) => e.subject);
    expect(subjects.map((s) => s.split(':')[0])).toEqual(['Booking received', 'Booking confirmed']);
  });
});

describe('SMTP Message-ID', () => {
  it('is derived from the email id (itself derived from the outbox message), so a duplicate is recognisable', async () => {
    process.env.SMTP_URL = smtp.url;
    const { booking } = await givenBookingAwaitingPayment(t.db);
    await processOutbox(t.db, { now: minutesAfter(NOW, 1) });
    const [sent] = await t.db.emailMessage.findMany({ where: { bookingId: booking.id, to: booking.contactEmail } });
    const [mail] = await smtp.waitForTo(booking.contactEmail, 1);
    expect(mail!.messageId).toMatch(new RegExp(`^<${sent!.id}@[^>]+>$`));
  });
});

describe('a batch longer than its lease', () => {
  it('a delivery whose lease ran out while it waited its turn is left to the worker that took it over, not run twice', async () => {
    const calls: Array<{ recipient: string; worker: 'first' | 'second' }> = [];
    const firstNow = minutesAfter(NOW, 30);
    const secondNow = minutesAfter(firstNow, 3); // the first worker's 2-minute leases have run out
    let tookOver: Promise<unknown> | null = null;
    const slow: OutboxHandler = {
      name: 'slow-lanes',
      topics: ['test.slow-lanes'],
      recipients: async () => Array.from({ length: 8 }, (_, i) => `r${i + 1}@example.com`),
      handle: async (db, _message, { recipient, now }) => {
        const worker = now.getTime() === firstNow.getTime() ? 'first' : 'second';
        calls.push({ recipient, worker });
        // The first worker's batch is slow; meanwhile another worker (the cron, minutes later) claims what is due.
        if (worker === 'first') tookOver ??= processOutbox(db, { now: secondNow, handlers: [slow] });
        await new Promise((resolve) => setTimeout(resolve, 300));
      },
    };
    await t.db.outboxMessage.create({ data: { topic: 'test.slow-lanes', payload: {} } });
    await processOutbox(t.db, { now: firstNow, handlers: [slow] });
    await tookOver;

    const byFirst = calls.filter((c) => c.worker === 'first').map((c) => c.recipient);
    // The first worker ran at most the four it had started before the takeover (one per lane), not its whole batch.
    expect(byFirst.length).toBeLessThanOrEqual(4);
    const second = new Set(calls.filter((c) => c.worker === 'second').map((c) => c.recipient));
    for (const recipient of Array.from({ length: 8 }, (_, i) => `r${i + 1}@example.com`)) {
      if (!byFirst.includes(recipient)) expect(second.has(recipient)).toBe(true);
    }
    expect(await t.db.outboxDelivery.count({ where: { handler: 'slow-lanes', status: 'SENT' } })).toBe(8);
  });
});
