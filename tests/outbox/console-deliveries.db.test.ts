import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listOutboxDeliveries, retryOutboxDelivery, sendTestEmail } from '@/lib/admin/outbox';
import type { OperatorActor } from '@/lib/domain/actor';
import type { OutboxHandler } from '@/lib/outbox/handlers';
import { MAX_ATTEMPTS, processOutbox, retryDelayMs } from '@/lib/outbox/process-outbox';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, aCustomer, operator as anOperator } from '../support/scenario';
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture';

// The operator console's view of deliveries: list, retry a dead one, send a test email.

let t: TestDatabase;
let op: OperatorActor;
let smtp: SmtpCapture;
beforeAll(async () => {
  t = await useTestDatabase();
  op = (await anOperator(t.db)) as OperatorActor;
  smtp = await startSmtpCapture();
});
afterAll(() => smtp.close());
afterEach(() => {
  delete process.env.SMTP_URL;
});

describe('deliveries in the operator console', () => {
  it('lists a dead delivery with its error, and a retry makes it due again with fresh attempts (audited)', async () => {
    let down = true;
    const handler: OutboxHandler = {
      name: 'console-test',
      topics: ['console-test.*'],
      handle: async () => {
        if (down) throw new Error('SMTP connection refused');
      },
    };
    const message = await t.db.outboxMessage.create({ data: { topic: 'console-test.ping', payload: {} } });
    let now = NOW;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      await processOutbox(t.db, { now, handlers: [handler] });
      now = new Date(now.getTime() + retryDelayMs(attempt));
    }
    const list = await listOutboxDeliveries(t.db, op, { status: 'DEAD', handler: 'console' });
    expect(list.rows).toEqual([expect.objectContaining({ messageId: message.id, status: 'DEAD', attempts: MAX_ATTEMPTS, lastError: 'Error: SMTP connection refused', message: { topic: 'console-test.ping', bookingId: null } })]);
    const [dead] = list.rows;

    await expect(retryOutboxDelivery(t.db, op, { deliveryId: dead!.id, reason: 'x' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await retryOutboxDelivery(t.db, op, { deliveryId: dead!.id, reason: 'SMTP fixed' }, now);
    await expect(retryOutboxDelivery(t.db, op, { deliveryId: dead!.id, reason: 'Twice' })).rejects.toMatchObject({ code: 'POLICY_VIOLATION' });
    expect(await t.db.auditLog.findMany({ where: { entityId: dead!.id } })).toEqual([
      expect.objectContaining({ action: 'outboxDelivery.retry', reason: 'SMTP fixed', data: { before: { status: 'DEAD', attempts: MAX_ATTEMPTS, lastError: 'Error: SMTP connection refused' }, after: { status: 'PENDING', attempts: 0 } } }),
    ]);
    down = false;
    await processOutbox(t.db, { now, handlers: [handler] });
    expect(await t.db.outboxDelivery.findUniqueOrThrow({ where: { id: dead!.id } })).toMatchObject({ status: 'SENT', attempts: 1, lastError: null });
  });

  it('sends a test email through SMTP at once, and refuses anyone but an operator', async () => {
    process.env.SMTP_URL = smtp.url;
    const result = await sendTestEmail(t.db, op, { to: ' Ops@Example.com ' });
    expect(result.via).toBe('SMTP');
    const [mail] = await smtp.waitFor(1);
    expect(mail!.envelopeTo).toEqual(['ops@example.com']);
    expect(mail!.subject).toMatch(/^Bookwell test email/);
    expect(mail!.text).toContain('outgoing email works');
    expect(mail!.html).toContain('outgoing email works');
    expect(await t.db.auditLog.count({ where: { action: 'email.test', entityId: result.id } })).toBe(1);

    const customer = await aCustomer(t.db);
    await expect(sendTestEmail(t.db, customer.actor as unknown as OperatorActor, { to: 'x@example.com' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(sendTestEmail(t.db, op, { to: 'not an address' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
