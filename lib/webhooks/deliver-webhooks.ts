import 'server-only';
import type { Db } from '@/lib/db/prisma';
import type { WebhookDelivery, WebhookEndpoint, WebhookEvent } from '@/lib/generated/prisma/client';
import { allowPrivateWebhookTargets } from './config';
import { ENDPOINT_DISABLED_TOPIC } from './disabled-email';
import { eventPayload } from './record-event';
import { MAX_WEBHOOK_ATTEMPTS, nextAttemptAt, shouldDisable } from './retry-policy';
import { sendWebhook, type SendOptions, type SendOutcome } from './send-webhook';
import { signedHeaders, signingSecrets } from './signing';

// The webhook worker: claims due deliveries (FOR UPDATE SKIP LOCKED, a lease, the attempt counted
// in the same statement, like the outbox's), signs each attempt afresh, POSTs it, logs the attempt
// and schedules the retry (retry-policy.ts). An endpoint failing for 5 days without a success is
// disabled and its owners are emailed (through the outbox). Several workers may run at once; only
// the one holding an attempt records its outcome, and a delivery that succeeded is never sent again.

const LEASE_MS = 60_000; // > the 10 s send timeout: a live worker never loses its lease
const CONCURRENCY = 8;

export type Send = (url: string, body: string, headers: Record<string, string>, options: SendOptions) => Promise<SendOutcome>;
export type DeliverWebhooksOptions = { now?: Date; limit?: number; send?: Send; sendOptions?: SendOptions };
export type WebhookRunResult = { claimed: number; succeeded: number; retrying: number; failed: number };

type Claimed = WebhookDelivery & { endpoint: WebhookEndpoint; event: WebhookEvent };

export async function deliverDueWebhooks(db: Db, options: DeliverWebhooksOptions = {}): Promise<WebhookRunResult> {
  const now = options.now ?? new Date();
  const deliveries = await claimDue(db, now, options.limit ?? 100);
  const result: WebhookRunResult = { claimed: deliveries.length, succeeded: 0, retrying: 0, failed: 0 };
  let next = 0;
  const lane = async () => {
    while (next < deliveries.length) {
      const delivery = deliveries[next++]!;
      result[await attempt(db, delivery, now, options)] += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, deliveries.length) }, lane));
  return result;
}

/** Runs deliverDueWebhooks until nothing due is left or the time budget is spent (the cron route). */
export async function drainWebhooks(db: Db, options: { budgetMs?: number; batch?: number } & Omit<DeliverWebhooksOptions, 'limit' | 'now'> & { now?: () => Date } = {}): Promise<WebhookRunResult> {
  const started = Date.now();
  const batch = options.batch ?? 100;
  const total: WebhookRunResult = { claimed: 0, succeeded: 0, retrying: 0, failed: 0 };
  for (;;) {
    const run = await deliverDueWebhooks(db, { ...options, now: options.now?.() ?? new Date(), limit: batch });
    total.claimed += run.claimed;
    total.succeeded += run.succeeded;
    total.retrying += run.retrying;
    total.failed += run.failed;
    if (run.claimed < batch || Date.now() - started > (options.budgetMs ?? 20_000)) return total;
  }
}

async function claimDue(db: Db, now: Date, limit: number): Promise<Claimed[]> {
  if (limit <= 0) return [];
  const leaseEnd = new Date(now.getTime() + LEASE_MS);
  const claimed = await db.$queryRaw<Array<{ id: string }>>`
    UPDATE "WebhookDelivery" AS d SET "lockedUntil" = ${leaseEnd}, "attempts" = d."attempts" + 1
    FROM (
      SELECT "id" FROM "WebhookDelivery"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
        AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    ) AS due
    WHERE d."id" = due."id"
    RETURNING d."id"`;
  if (claimed.length === 0) return [];
  return db.webhookDelivery.findMany({
    where: { id: { in: claimed.map((row) => row.id) } },
    include: { endpoint: true, event: true },
    orderBy: [{ nextAttemptAt: 'asc' }, { id: 'asc' }],
  });
}

async function attempt(db: Db, delivery: Claimed, now: Date, options: DeliverWebhooksOptions): Promise<'succeeded' | 'retrying' | 'failed'> {
  const mine = { id: delivery.id, status: 'PENDING' as const, attempts: delivery.attempts };
  const { endpoint, event } = delivery;
  if (!endpoint.active && event.endpointId !== endpoint.id) {
    // Not attempted: it stays in the log as failed, and "redeliver failed since …" sends it once re-enabled.
    await db.webhookDelivery.updateMany({ where: mine, data: { status: 'FAILED', attempts: { decrement: 1 }, lockedUntil: null, lastError: 'Not sent: the endpoint is disabled.' } });
    return 'failed';
  }
  const body = JSON.stringify(eventPayload(event));
  const headers = signedHeaders(event.id, now, body, signingSecrets(endpoint, now));
  const send = options.send ?? sendWebhook;
  const outcome = await send(endpoint.url, body, headers, { allowPrivate: allowPrivateWebhookTargets(), ...options.sendOptions });

  if (outcome.ok) {
    await recordSuccess(db, delivery, outcome, now);
    return 'succeeded';
  }
  const retryAt = nextAttemptAt(delivery.attempts, now);
  const verdict = retryAt && delivery.attempts < MAX_WEBHOOK_ATTEMPTS ? 'retrying' : 'failed';
  await db.$transaction(async (tx) => {
    await tx.webhookAttempt.create({
      data: { deliveryId: delivery.id, attempt: delivery.attempts, succeeded: false, responseStatus: outcome.status, latencyMs: outcome.latencyMs, responseExcerpt: outcome.excerpt, error: outcome.error, createdAt: now },
    });
    await tx.webhookDelivery.updateMany({
      where: mine,
      data: { status: verdict === 'retrying' ? 'PENDING' : 'FAILED', nextAttemptAt: retryAt ?? now, responseStatus: outcome.status, lastError: outcome.error, lockedUntil: null },
    });
    const [state] = await tx.$queryRaw<Array<{ failingSince: Date }>>`
      UPDATE "WebhookEndpoint" SET "failingSince" = COALESCE("failingSince", ${now}) WHERE "id" = ${endpoint.id}::uuid RETURNING "failingSince"`;
    if (!state || !shouldDisable(state.failingSince, now)) return;
    const disabled = await tx.webhookEndpoint.updateMany({
      where: { id: endpoint.id, active: true },
      data: { active: false, disabledAt: now, disabledReason: 'Every delivery failed for 5 days.' },
    });
    if (disabled.count === 1) await tx.outboxMessage.create({ data: { topic: ENDPOINT_DISABLED_TOPIC, payload: { endpointId: endpoint.id, disabledAt: now.toISOString() } } });
  });
  return verdict;
}

/** The common case in one statement (one round trip): the attempt logged, the delivery done, the endpoint's failure streak over. */
async function recordSuccess(db: Db, delivery: Claimed, outcome: SendOutcome, now: Date) {
  await db.$executeRaw`
    WITH logged AS (
      INSERT INTO "WebhookAttempt" ("id", "deliveryId", "attempt", "succeeded", "responseStatus", "latencyMs", "responseExcerpt", "createdAt")
      VALUES (gen_random_uuid(), ${delivery.id}::uuid, ${delivery.attempts}, true, ${outcome.status}, ${outcome.latencyMs}, ${outcome.excerpt}, ${now})
    ), delivered AS (
      UPDATE "WebhookDelivery" SET "status" = 'SUCCEEDED', "deliveredAt" = ${now}, "responseStatus" = ${outcome.status}, "lastError" = NULL, "lockedUntil" = NULL
      WHERE "id" = ${delivery.id}::uuid AND "status" = 'PENDING' AND "attempts" = ${delivery.attempts}
    )
    UPDATE "WebhookEndpoint" SET "failingSince" = NULL WHERE "id" = ${delivery.endpointId}::uuid AND "failingSince" IS NOT NULL`;
}
