import 'server-only';
import type { Db } from '@/lib/db/prisma';
import type { OutboxMessage } from '@/lib/generated/prisma/client';
import { handlesTopic, topicPatterns, type OutboxHandler } from './handlers';
import { defaultOutboxHandlers } from './registry';

// The outbox worker: side effects decided inside booking transactions are delivered here, after
// commit, at least once. Several workers (the after-response kick, the cron route, another server)
// may run at the same time: a message is claimed by one of them for a short lease.

export const MAX_ATTEMPTS = 8;
const LEASE_MS = 2 * 60_000; // a worker that dies mid-message frees it after this
const MAX_DELAY_MS = 6 * 3_600_000;

/** Wait before retry number `attempts` + 1: 1, 2, 4 ... 64 minutes (about two hours in all). */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
}

export type ProcessOutboxOptions = { now?: Date; limit?: number; handlers?: readonly OutboxHandler[] };
export type OutboxRunResult = { claimed: number; done: number; retrying: number; failed: number };

/**
 * Claims up to `limit` due messages (FOR UPDATE SKIP LOCKED, in one short statement that also
 * counts the attempt and sets a lease), runs every handler of each, and marks it DONE; a failure is
 * retried later with exponential backoff, and marked FAILED after MAX_ATTEMPTS attempts.
 */
export async function processOutbox(db: Db, options: ProcessOutboxOptions = {}): Promise<OutboxRunResult> {
  const now = options.now ?? new Date();
  const handlers = options.handlers ?? defaultOutboxHandlers;
  const messages = await claimDueMessages(db, handlers, now, options.limit ?? 25);
  const result: OutboxRunResult = { claimed: messages.length, done: 0, retrying: 0, failed: 0 };

  for (const message of messages) {
    if (message.attempts > MAX_ATTEMPTS) {
      // Its last attempt never reported back (the worker died): give up now.
      await db.outboxMessage.updateMany({ where: { id: message.id, status: 'PENDING' }, data: { status: 'FAILED', lockedUntil: null } });
      result.failed += 1;
      continue;
    }
    try {
      for (const handler of handlers) if (handlesTopic(handler, message.topic)) await handler.handle(db, message, { now });
      await db.outboxMessage.updateMany({
        where: { id: message.id, status: 'PENDING' },
        data: { status: 'DONE', processedAt: now, lockedUntil: null, lastError: null },
      });
      result.done += 1;
    } catch (error) {
      const giveUp = message.attempts >= MAX_ATTEMPTS;
      await db.outboxMessage.updateMany({
        where: { id: message.id, status: 'PENDING' },
        data: {
          status: giveUp ? 'FAILED' : 'PENDING',
          lastError: describeError(error),
          availableAt: new Date(now.getTime() + retryDelayMs(message.attempts)),
          lockedUntil: null,
        },
      });
      if (giveUp) {
        console.error(`Outbox message ${message.id} (${message.topic}) failed for good:`, error);
        result.failed += 1;
      } else {
        result.retrying += 1;
      }
    }
  }
  return result;
}

/** Runs processOutbox until nothing due is left or the time budget is spent (the cron route). */
export async function drainOutbox(db: Db, options: { budgetMs?: number; batch?: number; now?: () => Date } = {}): Promise<OutboxRunResult> {
  const started = Date.now();
  const batch = options.batch ?? 50;
  const total: OutboxRunResult = { claimed: 0, done: 0, retrying: 0, failed: 0 };
  for (;;) {
    const run = await processOutbox(db, { now: options.now?.() ?? new Date(), limit: batch });
    total.claimed += run.claimed;
    total.done += run.done;
    total.retrying += run.retrying;
    total.failed += run.failed;
    if (run.claimed < batch || Date.now() - started > (options.budgetMs ?? 20_000)) return total;
  }
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

function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 2000);
}
