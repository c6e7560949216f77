import 'server-only';
import { z } from 'zod';
import { parseInput } from '@/lib/booking/parse';
import type { Db } from '@/lib/db/prisma';
import { NotFound, PolicyViolation } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { DeliveryStatus, OutboxDeliveryStatus, OutboxStatus } from '@/lib/generated/prisma/enums';
import { sendEmail } from '@/lib/email/send-email';
import { emailFrom, smtpConfigured } from '@/lib/email/smtp';
import { writeAudit } from './audit';
import { enumFilter, pageFilter, paging, searchFilter } from './list-filters';
import type { OperatorActor } from '@/lib/domain/actor';
import { assertOperator } from './operator';
import { deliveryRetrySchema, outboxDeliveryRetrySchema, outboxRetrySchema, testEmailSchema } from './schemas';

// Side effects after commit: outbox messages (emails, notifications, refunds) and outbound webhook
// deliveries. A message that failed for good can be given a fresh set of attempts, once fixed.

export const outboxFiltersSchema = z.object({
  status: enumFilter(Object.values(OutboxStatus)),
  topic: searchFilter,
  page: pageFilter,
});

export async function listOutbox(db: Db, operator: OperatorActor, raw: unknown) {
  assertOperator(operator);
  const filters = outboxFiltersSchema.parse(raw ?? {});
  const where: Prisma.OutboxMessageWhereInput = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.topic ? { topic: { startsWith: filters.topic } } : {}),
  };
  const page = paging(filters.page);
  const [rows, total] = await Promise.all([
    db.outboxMessage.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: page.skip, take: page.take }),
    db.outboxMessage.count({ where }),
  ]);
  return { ...page.result(rows, total), filters };
}

export const deliveryFiltersSchema = z.object({
  status: enumFilter(Object.values(DeliveryStatus)),
  topic: searchFilter, // the event type
  page: pageFilter,
});

export async function listDeliveries(db: Db, operator: OperatorActor, raw: unknown) {
  assertOperator(operator);
  const filters = deliveryFiltersSchema.parse(raw ?? {});
  const where: Prisma.WebhookDeliveryWhereInput = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.topic ? { eventType: { startsWith: filters.topic } } : {}),
  };
  const page = paging(filters.page);
  const [rows, total] = await Promise.all([
    db.webhookDelivery.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: page.skip,
      take: page.take,
      include: { endpoint: { select: { url: true, vendor: { select: { id: true, name: true } } } } },
    }),
    db.webhookDelivery.count({ where }),
  ]);
  return { ...page.result(rows, total), filters };
}

/** A FAILED outbox message goes back in the queue now, with its attempts counted from zero again. */
export async function retryOutboxMessage(db: Db, operator: OperatorActor, input: unknown, now = new Date()) {
  assertOperator(operator);
  const { messageId, reason } = parseInput(outboxRetrySchema, input);
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ status: OutboxStatus; attempts: number; lastError: string | null }>>`
      SELECT "status", "attempts", "lastError" FROM "OutboxMessage" WHERE "id" = ${messageId}::uuid FOR UPDATE`;
    const before = rows[0];
    if (!before) throw new NotFound('This message does not exist.');
    if (before.status !== 'FAILED') throw new PolicyViolation('Only a failed message can be retried.');
    const after = await tx.outboxMessage.update({
      where: { id: messageId },
      data: { status: 'PENDING', attempts: 0, availableAt: now, lockedUntil: null },
      select: { status: true, attempts: true },
    });
    await writeAudit(tx, operator, { action: 'outbox.retry', entityType: 'OutboxMessage', entityId: messageId, reason, data: { before, after } });
    return after;
  });
}

/** A FAILED webhook delivery is due again now. */
export async function retryWebhookDelivery(db: Db, operator: OperatorActor, input: unknown, now = new Date()) {
  assertOperator(operator);
  const { deliveryId, reason } = parseInput(deliveryRetrySchema, input);
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ status: DeliveryStatus; attempts: number; lastError: string | null }>>`
      SELECT "status", "attempts", "lastError" FROM "WebhookDelivery" WHERE "id" = ${deliveryId}::uuid FOR UPDATE`;
    const before = rows[0];
    if (!before) throw new NotFound('This delivery does not exist.');
    if (before.status !== 'FAILED') throw new PolicyViolation('Only a failed delivery can be retried.');
    const after = await tx.webhookDelivery.update({
      where: { id: deliveryId },
      data: { status: 'PENDING', attempts: 0, nextAttemptAt: now, lockedUntil: null },
      select: { status: true, attempts: true },
    });
    await writeAudit(tx, operator, { action: 'webhookDelivery.retry', entityType: 'WebhookDelivery', entityId: deliveryId, reason, data: { before, after } });
    return after;
  });
}

export const outboxDeliveryFiltersSchema = z.object({
  status: enumFilter(Object.values(OutboxDeliveryStatus)),
  handler: searchFilter,
  page: pageFilter,
});

/** The side effects of outbox messages, one row per (message, handler, recipient), newest first. */
export async function listOutboxDeliveries(db: Db, operator: OperatorActor, raw: unknown) {
  assertOperator(operator);
  const filters = outboxDeliveryFiltersSchema.parse(raw ?? {});
  const where: Prisma.OutboxDeliveryWhereInput = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.handler ? { handler: { startsWith: filters.handler } } : {}),
  };
  const page = paging(filters.page);
  const [rows, total] = await Promise.all([
    db.outboxDelivery.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: page.skip,
      take: page.take,
      include: { message: { select: { topic: true, bookingId: true } } },
    }),
    db.outboxDelivery.count({ where }),
  ]);
  return { ...page.result(rows, total), filters };
}

/** A DEAD delivery (an email, a refund …) is due again now, with fresh attempts. */
export async function retryOutboxDelivery(db: Db, operator: OperatorActor, input: unknown, now = new Date()) {
  assertOperator(operator);
  const { deliveryId, reason } = parseInput(outboxDeliveryRetrySchema, input);
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ status: OutboxDeliveryStatus; attempts: number; lastError: string | null }>>`
      SELECT "status", "attempts", "lastError" FROM "OutboxDelivery" WHERE "id" = ${deliveryId}::uuid FOR UPDATE`;
    const before = rows[0];
    if (!before) throw new NotFound('This delivery does not exist.');
    if (before.status !== 'DEAD') throw new PolicyViolation('Only a dead delivery can be retried.');
    const after = await tx.outboxDelivery.update({
      where: { id: deliveryId },
      data: { status: 'PENDING', attempts: 0, nextAttemptAt: now, lockedUntil: null },
      select: { status: true, attempts: true },
    });
    await writeAudit(tx, operator, { action: 'outboxDelivery.retry', entityType: 'OutboxDelivery', entityId: deliveryId, reason, data: { before, after } });
    return after;
  });
}

/**
 * Sends a test email now (not through the outbox): the operator sees at once whether the SMTP
 * server takes it. Without SMTP_URL it lands in the dev mailbox.
 */
export async function sendTestEmail(db: Db, operator: OperatorActor, input: unknown, now = new Date()) {
  assertOperator(operator);
  const { to } = parseInput(testEmailSchema, input);
  const via = smtpConfigured() ? 'SMTP' : 'the dev mailbox';
  const stamp = now.toISOString();
  const sent = await sendEmail(db, {
    to,
    subject: `Bookwell test email (${stamp})`,
    text: `This is a test email from the Bookwell operator console, sent at ${stamp} from ${emailFrom()} through ${via}.\n\nIf you can read it, outgoing email works.`,
    html: `<p>This is a test email from the Bookwell operator console, sent at ${stamp} through ${via}.</p><p>If you can read it, outgoing email works.</p>`,
  });
  await writeAudit(db, operator, { action: 'email.test', entityType: 'EmailMessage', entityId: sent.id, reason: 'Test email', data: { to, via } });
  return { id: sent.id, via };
}
