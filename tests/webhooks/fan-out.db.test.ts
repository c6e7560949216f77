import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/lib/db/prisma';
import type { MemberActor } from '@/lib/domain/actor';
import { deliverDueWebhooks } from '@/lib/webhooks/deliver-webhooks';
import { createEndpoint } from '@/lib/webhooks/endpoints';
import { recordWebhookEvent } from '@/lib/webhooks/record-event';
import { RETRY_DELAYS_MS } from '@/lib/webhooks/retry-policy';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, givenVendor } from '../support/scenario';
import { startReceiver, type Receiver } from './receiver';

// 1,000 events to 3 endpoints, one of them down, delivered by 3 workers at once on their own
// connections: the healthy endpoints get every event exactly once; the one that was down gets
// every event exactly once after it comes back.

const EVENTS = Number(process.env.WEBHOOK_FANOUT_EVENTS) || 1000;
let t: TestDatabase;
const receivers: Receiver[] = [];
beforeAll(async () => {
  t = await useTestDatabase();
  process.env.WEBHOOKS_ALLOW_PRIVATE_TARGETS = 'true';
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterAll(async () => {
  vi.useRealTimers();
  delete process.env.WEBHOOKS_ALLOW_PRIVATE_TARGETS;
  await Promise.all(receivers.map((r) => r.close()));
});

/** Three workers drain everything due at `now`, each on its own connection pool. */
async function drainWith(workers: Db[], now: Date) {
  vi.setSystemTime(now);
  await Promise.all(
    workers.map(async (db) => {
      while ((await deliverDueWebhooks(db, { now, limit: 50 })).claimed > 0);
    }),
  );
}

const idsOf = (receiver: Receiver) => receiver.received.map((r) => r.id);

describe('fan-out under load', () => {
  it('delivers 1,000 events to 3 endpoints exactly once each, none lost for the one that was down', { timeout: 900_000 } /* minutes on a loaded 2-core CI box */, async () => {
    const { vendor, actor } = await givenVendor(t.db).ready;
    for (let i = 0; i < 3; i += 1) {
      const receiver = await startReceiver();
      const { secret } = await createEndpoint(t.db, actor as MemberActor, { url: receiver.url, events: ['booking.confirmed'] });
      receiver.setSecrets([secret]);
      receivers.push(receiver);
    }
    const [healthy1, healthy2, flaky] = receivers as [Receiver, Receiver, Receiver];
    flaky.down();

    vi.setSystemTime(NOW);
    const t0 = performance.now();
    const writers = Array.from({ length: 4 }, () => t.newClient(2));
    let written = 0;
    await Promise.all(
      writers.map(async (db) => {
        // Ten events per transaction, as a change that raises several events writes them.
        while (written < EVENTS) {
          const batch = Array.from({ length: Math.min(10, EVENTS - written) }, () => ++written);
          await db.$transaction(async (tx) => {
            for (const n of batch) await recordWebhookEvent(tx, { vendorId: vendor.id, type: 'booking.confirmed', object: { n }, now: NOW });
          }, { timeout: 60_000 }); // a loaded machine, not the work, is what takes time here
        }
      }),
    );
    expect(await t.db.webhookDelivery.count()).toBe(3 * EVENTS);
    const wrote = performance.now();

    const workers = Array.from({ length: 3 }, () => t.newClient(8));
    const started = performance.now();
    await drainWith(workers, NOW);
    const firstPass = performance.now() - started;

    for (const receiver of [healthy1, healthy2]) {
      expect(new Set(idsOf(receiver)).size).toBe(EVENTS);
      expect(idsOf(receiver)).toHaveLength(EVENTS); // no duplicates
    }
    expect(flaky.received).toHaveLength(0);
    expect(await t.db.webhookDelivery.count({ where: { status: 'PENDING' } })).toBe(EVENTS); // the flaky endpoint's, waiting to retry

    flaky.up();
    await drainWith(workers, new Date(NOW.getTime() + RETRY_DELAYS_MS[0]));
    expect(new Set(idsOf(flaky)).size).toBe(EVENTS);
    expect(idsOf(flaky)).toHaveLength(EVENTS);
    expect(await t.db.webhookDelivery.groupBy({ by: ['status'], _count: true })).toEqual([{ status: 'SUCCEEDED', _count: 3 * EVENTS }]);
    expect(receivers.flatMap((r) => r.rejected)).toEqual([]);
    console.info(`webhook fan-out: ${3 * EVENTS} deliveries (${EVENTS} failing once) in ${Math.round(firstPass)} ms for the first pass, 3 workers; events written in ${Math.round(wrote - t0)} ms`);
  });
});
