import { vi } from 'vitest';
import type { Db } from '@/lib/db/prisma';
import type { MemberActor } from '@/lib/domain/actor';
import type { WebhookEventType } from '@/lib/webhooks/event-types';
import { deliverDueWebhooks, type DeliverWebhooksOptions } from '@/lib/webhooks/deliver-webhooks';
import { createEndpoint } from '@/lib/webhooks/endpoints';
import type { Receiver } from './receiver';

// Webhook tests run the worker on an injected clock. The receiver checks the signature's timestamp
// against "now" like any consumer, so Date is set to the worker's clock while it runs.

export async function runWebhooksAt(db: Db, now: Date, options: Omit<DeliverWebhooksOptions, 'now'> = {}) {
  vi.setSystemTime(now);
  return deliverDueWebhooks(db, { ...options, now });
}

/** Runs the worker at each moment a delivery falls due, until none is due before `until`. */
export async function runWebhooksUntil(db: Db, until: Date, onEach?: (now: Date) => Promise<void> | void) {
  for (;;) {
    const next = await db.webhookDelivery.findFirst({ where: { status: 'PENDING' }, orderBy: { nextAttemptAt: 'asc' }, select: { nextAttemptAt: true } });
    if (!next || next.nextAttemptAt > until) return;
    await onEach?.(next.nextAttemptAt);
    await runWebhooksAt(db, next.nextAttemptAt);
  }
}

/** An endpoint of the actor's business pointing at the receiver, which learns its secret. */
export async function givenEndpoint(db: Db, actor: MemberActor, receiver: Receiver, events: WebhookEventType[]) {
  const { endpoint, secret } = await createEndpoint(db, actor, { url: receiver.url, events });
  receiver.setSecrets([secret]);
  return { endpoint, secret };
}
