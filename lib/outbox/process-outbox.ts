import 'server-only';
import type { Db } from '@/lib/db/prisma';
import type { OutboxDelivery, OutboxMessage } from '@/lib/generated/prisma/client';
import { handlesTopic, topicPatterns, type OutboxHandler } from './handlers';
import { defaultOutboxHandlers } from './registry';
import { logger } from '@/lib/observability/logger';

// The outbox worker, in two steps (see lib/outbox/README.md):
// 1. fan-out: a message written inside a booking transaction becomes one OutboxDelivery per
//    (handler, recipient) — the refund, the customer's email, each member's email ...;
// 2. delivery: each delivery is claimed on its own (FOR UPDATE SKIP LOCKED, a lease, the attempt
//    counted in the same statement), run, and marked SENT; a failure is retried with exponential
//    backoff and marked DEAD after the last attempt. A dead email never holds back a refund.
// Several workers (the after-response kick, the cron route, another server) may run at once.

export const MAX_ATTEMPTS = 8;
const LEASE_MS = 2 * 60_000; // a worker that dies mid-delivery frees it after this
const MAX_DELAY_MS = 6 * 3_600_000;
/** Deliveries run side by side within a batch, so one slow SMTP server does not stall a refund. */
const CONCURRENCY = 4;

/** Wait before retry number `attempts` + 1: 1, 2, 4 ... 64 minutes (about two hours in all). */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
}

export type ProcessOutboxOptions = { now?: Date; limit?: number; handlers?: readonly OutboxHandler[] };
export type DeliveryRunResult = { claimed: number; sent: number; retrying: number; dead: number };
/** `claimed` … `failed` count messages fanned out; `deliveries` what was delivered. */
export type OutboxRunResult = { claimed: number; done: number; retrying: number; failed: number; deliveries: DeliveryRunResult };

/** Fans out up to `limit` due messages, then runs up to 4 × `limit` due deliveries. */
export async function processOutbox(db: Db, options: ProcessOutboxOptions = {}): Promise<OutboxRunResult> {
  const now = options.now ?? new Date();
  const handlers = options.handlers ?? defaultOutboxHandlers;
  const limit = options.limit ?? 25;
  const messages = await fanOutDueMessages(db, handlers, now, limit);
  const deliveries = await runDueDeliveries(db, handlers, now, limit * 4);
  return { ...messages, deliveries };
}

/** Runs processOutbox until nothing due is left or the time budget is spent (the cron route). */
export async function drainOutbox(db: Db, options: { budgetMs?: number; batch?: number; now?: () => Date; handlers?: readonly OutboxHandler[] } = {}): Promise<OutboxRunResult> {
  const started = Date.now();
  const batch = options.batch ?? 50;
  const total: OutboxRunResult = { claimed: 0, done: 0, retrying: 0, failed: 0, deliveries: { claimed: 0, sent: 0, retrying: 0, dead: 0 } };
  for (;;) {
    const run = await processOutbox(db, { now: options.now?.() ?? new Date(), limit: batch, handlers: options.handlers });
    total.claimed += run.claimed;
    total.done += run.done;
    total.retrying += run.retrying;
    total.failed += run.failed;
    total.deliveries.claimed += run.deliveries.claimed;
    total.deliveries.sent += run.deliveries.sent;
    total.deliveries.retrying += run.deliveries.retrying;
    total.deliveries.dead += run.deliveries.dead;
    const more = run.claimed === batch || run.deliveries.claimed === batch * 4;
    if (!more || Date.now() - started > (options.budgetMs ?? 20_000)) return total;
  }
}

// ——— 1. fan-out ———

async function fanOutDueMessages(db: Db, handlers: readonly OutboxHandler[], now: Date, limit: number) {
  const messages = await claimDueMessages(db, handlers, now, limit);
  const result = { claimed: messages.length, done: 0, retrying: 0, failed: 0 };
  for (const message of messages) {
    if (message.attempts > MAX_ATTEMPTS) {
      // Its last attempt never reported back (the worker died): give up now.
      await db.outboxMessage.updateMany({ where: { id: message.id, status: 'PENDING' }, data: { status: 'FAILED', lockedUntil: null } });
      result.failed += 1;
      continue;
    }
    const rows: Array<Pick<OutboxDelivery, 'messageId' | 'handler' | 'recipient' | 'nextAttemptAt'>> = [];
    let error: unknown = null;
    for (const handler of handlers.filter((h) => handlesTopic(h, message.topic))) {
      try {
        const recipients = handler.recipients ? await handler.recipients(db, message, { now }) : [''];
        for (const recipient of new Set(recipients)) rows.push({ messageId: message.id, handler: handler.name, recipient, nextAttemptAt: now });
      } catch (caught) {
        error ??= caught; // the other handlers' deliveries still go out; this one's are tried again
      }
    }
    if (rows.length > 0) await db.outboxDelivery.createMany({ data: rows, skipDuplicates: true });
    if (error === null) {
      await db.outboxMessage.updateMany({
        where: { id: message.id, status: 'PENDING' },
        data: { status: 'DONE', processedAt: now, lockedUntil: null, lastError: null },
      });
      result.done += 1;
      continue;
    }
    const giveUp = message.attempts >= MAX_ATTEMPTS;
    await db.outboxMessage.updateMany({
      where: { id: message.id, status: 'PENDING' },
      data: { status: giveUp ? 'FAILED' : 'PENDING', lastError: describeError(error), availableAt: new Date(now.getTime() + retryDelayMs(message.attempts)), lockedUntil: null },
    });
    if (giveUp) logger.error({ err: error, messageId: message.id, topic: message.topic }, 'Outbox message could not be fanned out');
    result[giveUp ? 'failed' : 'retrying'] += 1;
  }
  return result;
}

async function claimDueMessages(db: Db, handlers: readonly OutboxHandler[], now: Date, limit: number): Promise<OutboxMessage[]> {
  const patterns = topicPatterns(handlers);
  if (patterns.length === 0 || limit <= 0) return [];
  const leaseEnd = new Date(now.getTime() + LEASE_MS);
  const claimed = await db.$queryRaw<Array<{ id: string }>>`
    UPDATE "OutboxMessage" AS m SET "lockedUntil" = ${leaseEnd}, "attempts" = m."attempts" + 1
    FROM (
      SELECT "id" FROM "OutboxMessage"
      WHERE "status" = 'PENDING' AND "availableAt" <= ${now}
        AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
        AND "topic" LIKE ANY(${patterns}::text[])
      ORDER BY "availableAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    ) AS due
    WHERE m."id" = due."id"
    RETURNING m."id"`;
  if (claimed.length === 0) return [];
  return db.outboxMessage.findMany({ where: { id: { in: claimed.map((row) => row.id) } }, orderBy: [{ availableAt: 'asc' }, { id: 'asc' }] });
}

// ——— 2. delivery ———

type ClaimedDelivery = OutboxDelivery & { message: OutboxMessage };

async function runDueDeliveries(db: Db, handlers: readonly OutboxHandler[], now: Date, limit: number): Promise<DeliveryRunResult> {
  const byName = new Map(handlers.map((handler) => [handler.name, handler]));
  const deliveries = await claimDueDeliveries(db, [...byName.keys()], now, limit);
  const result: DeliveryRunResult = { claimed: deliveries.length, sent: 0, retrying: 0, dead: 0 };
  const started = Date.now();
  // One booking's deliveries run one after another, in claim order, so its customer never gets
  // "Booking cancelled" before "Booking confirmed"; different bookings run side by side.
  const byBooking = new Map<string, ClaimedDelivery[]>();
  for (const delivery of deliveries) {
    const key = delivery.message.bookingId ?? delivery.id;
    byBooking.set(key, [...(byBooking.get(key) ?? []), delivery]);
  }
  const groups = [...byBooking.values()];
  let next = 0;
  const lane = async () => {
    while (next < groups.length) {
      for (const delivery of groups[next++]!) {
        // A batch is claimed at once but run four at a time: by the time a delivery's turn comes,
        // its lease may have run out and another worker taken it over. Renew it first, or leave it.
        const current = new Date(now.getTime() + (Date.now() - started));
        if (!(await renewLease(db, delivery, current))) continue;
        result[await runDelivery(db, byName.get(delivery.handler)!, delivery, now)] += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, groups.length) }, lane));
  return result;
}

/** Extends this worker's lease on its attempt; false when the lease ran out or another worker holds the delivery. */
async function renewLease(db: Db, delivery: ClaimedDelivery, current: Date): Promise<boolean> {
  const { count } = await db.outboxDelivery.updateMany({
    where: { id: delivery.id, status: 'PENDING', attempts: delivery.attempts, lockedUntil: { gt: current } },
    data: { lockedUntil: new Date(current.getTime() + LEASE_MS) },
  });
  return count === 1;
}

async function runDelivery(db: Db, handler: OutboxHandler, delivery: ClaimedDelivery, now: Date): Promise<'sent' | 'retrying' | 'dead'> {
  // Only the worker holding this attempt may record its outcome (another may have taken over after the lease).
  const mine = { id: delivery.id, status: 'PENDING' as const, attempts: delivery.attempts };
  if (delivery.attempts > MAX_ATTEMPTS) {
    await db.outboxDelivery.updateMany({ where: mine, data: { status: 'DEAD', lockedUntil: null, lastError: delivery.lastError ?? 'The worker stopped during the last attempt.' } });
    return 'dead';
  }
  try {
    await handler.handle(db, delivery.message, { now, recipient: delivery.recipient });
  } catch (error) {
    const dead = delivery.attempts >= MAX_ATTEMPTS;
    await db.outboxDelivery.updateMany({
      where: mine,
      data: { status: dead ? 'DEAD' : 'PENDING', lastError: describeError(error), nextAttemptAt: new Date(now.getTime() + retryDelayMs(delivery.attempts)), lockedUntil: null },
    });
    if (dead) logger.error({ err: error, deliveryId: delivery.id, messageId: delivery.messageId, handler: delivery.handler }, 'Outbox delivery is dead');
    else logger.warn({ err: error, deliveryId: delivery.id, messageId: delivery.messageId, handler: delivery.handler, attempts: delivery.attempts }, 'Outbox delivery failed; will retry');
    return dead ? 'dead' : 'retrying';
  }
  await db.outboxDelivery.updateMany({ where: mine, data: { status: 'SENT', deliveredAt: new Date(), lockedUntil: null, lastError: null } });
  return 'sent';
}

async function claimDueDeliveries(db: Db, handlerNames: string[], now: Date, limit: number): Promise<ClaimedDelivery[]> {
  if (handlerNames.length === 0 || limit <= 0) return [];
  const leaseEnd = new Date(now.getTime() + LEASE_MS);
  const claimed = await db.$queryRaw<Array<{ id: string }>>`
    UPDATE "OutboxDelivery" AS d SET "lockedUntil" = ${leaseEnd}, "attempts" = d."attempts" + 1
    FROM (
      SELECT "id" FROM "OutboxDelivery"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
        AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
        AND "handler" = ANY(${handlerNames}::text[])
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    ) AS due
    WHERE d."id" = due."id"
    RETURNING d."id"`;
  if (claimed.length === 0) return [];
  return db.outboxDelivery.findMany({
    where: { id: { in: claimed.map((row) => row.id) } },
    include: { message: true },
    orderBy: [{ nextAttemptAt: 'asc' }, { id: 'asc' }],
  });
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 2000);
}
