import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Booking } from '@/lib/api/schemas';
import { requestBooking } from '@/lib/booking/request-booking';
import { guest, type MemberActor } from '@/lib/domain/actor';
import { processOutbox } from '@/lib/outbox/process-outbox';
import { rotateEndpointSecret, sendTestEvent, updateEndpoint } from '@/lib/webhooks/endpoints';
import { recordWebhookEvent } from '@/lib/webhooks/record-event';
import { redeliver } from '@/lib/webhooks/redeliver';
import { MAX_WEBHOOK_ATTEMPTS, RETRY_DELAYS_MS } from '@/lib/webhooks/retry-policy';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, givenVendor, guestContact, hoursAfter } from '../support/scenario';
import { startReceiver, type Receiver } from './receiver';
import { givenEndpoint, runWebhooksAt, runWebhooksUntil } from './webhook-scenario';

// Deliveries to a real receiver that verifies each one with the standardwebhooks library: signed
// per attempt, retried on the documented schedule, an endpoint disabled after 5 failing days (its
// owner emailed), secret rotation, redelivery.

let t: TestDatabase;
let receiver: Receiver;
beforeAll(async () => {
  t = await useTestDatabase();
  process.env.WEBHOOKS_ALLOW_PRIVATE_TARGETS = 'true';
});
afterAll(() => {
  delete process.env.WEBHOOKS_ALLOW_PRIVATE_TARGETS;
});
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  receiver = await startReceiver();
});
afterEach(async () => {
  vi.useRealTimers();
  await receiver.close();
});

const seconds = (ms: number) => ms / 1000;
const later = (base: Date, ms: number) => new Date(base.getTime() + ms);

async function aBusiness() {
  const world = await givenVendor(t.db).withRental({ units: 3 });
  return { ...world, owner: world.actor as MemberActor };
}

/** A synthetic event of the business, written as services write them (in a transaction). */
const anEvent = (vendorId: string, type = 'booking.confirmed', now = new Date()) => t.db.$transaction((tx) => recordWebhookEvent(tx, { vendorId, type, object: { id: 'x', note: type }, now }));

describe('webhook delivery', () => {
  it('sends a confirmed booking to the endpoint, signed, with the API’s booking shape, and logs the attempt', async () => {
    const { listing, owner } = await aBusiness();
    await givenEndpoint(t.db, owner, receiver, ['booking.confirmed']);
    const booking = await requestBooking(t.db, { listingId: listing.id, startAt: hoursAfter(NOW, 24), endAt: hoursAfter(NOW, 26), contact: guestContact }, guest(), { now: NOW });
    expect(booking.status).toBe('CONFIRMED');

    expect(await runWebhooksAt(t.db, NOW)).toMatchObject({ claimed: 1, succeeded: 1 });
    expect(receiver.rejected).toEqual([]);
    const [delivery] = receiver.received;
    expect(delivery).toMatchObject({ type: 'booking.confirmed', signatures: 1, payload: { type: 'booking.confirmed', api_version: '2026-12-03', data: { object: { id: booking.id, status: 'confirmed' } } } });
    expect(delivery!.id).toBe(delivery!.payload.id); // webhook-id is the event id
    expect(Booking.strict().safeParse(delivery!.payload.data.object).error).toBeUndefined();
    expect(Object.keys(delivery!.payload)).toEqual(['id', 'type', 'created_at', 'api_version', 'data']);

    const row = await t.db.webhookDelivery.findFirstOrThrow({ where: { eventId: delivery!.id }, include: { attemptLog: true } });
    expect(row).toMatchObject({ status: 'SUCCEEDED', attempts: 1, responseStatus: 200, deliveredAt: NOW });
    expect(row.attemptLog).toEqual([expect.objectContaining({ attempt: 1, succeeded: true, responseStatus: 200, responseExcerpt: 'ok', error: null })]);
    expect(row.attemptLog[0]!.latencyMs).toBeGreaterThanOrEqual(0);
    expect(await runWebhooksAt(t.db, later(NOW, 60_000))).toMatchObject({ claimed: 0 }); // sent once
  });

  it('sends only the types an endpoint chose, and nothing to a disabled one', async () => {
    const { vendor, owner } = await aBusiness();
    const { endpoint } = await givenEndpoint(t.db, owner, receiver, ['booking.cancelled']);
    await anEvent(vendor.id, 'booking.confirmed');
    await anEvent(vendor.id, 'booking.cancelled');
    await updateEndpoint(t.db, owner, { endpointId: endpoint.id, enabled: false }, NOW);
    await anEvent(vendor.id, 'booking.cancelled');
    await runWebhooksAt(t.db, NOW);
    expect(receiver.received).toEqual([]);
    expect(await t.db.webhookDelivery.findMany({ where: { endpointId: endpoint.id } })).toEqual([expect.objectContaining({ eventType: 'booking.cancelled', status: 'FAILED', attempts: 0, lastError: 'Not sent: the endpoint is disabled.' })]);
  });

  it('retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h, re-signing each attempt, then gives up', async () => {
    const { vendor, owner } = await aBusiness();
    const { endpoint } = await givenEndpoint(t.db, owner, receiver, ['booking.confirmed']);
    const timestamps: string[] = [];
    receiver.answer((r) => {
      timestamps.push(String(r.headers['webhook-timestamp']));
      return { status: 500, body: `${'é'.repeat(700)} trace` }; // 1,406 bytes: the log keeps 1 kB
    });
    await anEvent(vendor.id, 'booking.confirmed', NOW);

    let now = NOW;
    await runWebhooksAt(t.db, now);
    for (const delay of RETRY_DELAYS_MS) {
      expect(await runWebhooksAt(t.db, later(now, delay - 1000))).toMatchObject({ claimed: 0 }); // not before its time
      now = later(now, delay);
      expect(await runWebhooksAt(t.db, now)).toMatchObject({ claimed: 1 });
    }
    expect(await runWebhooksAt(t.db, later(now, 7 * 24 * 3_600_000))).toMatchObject({ claimed: 0 });

    const row = await t.db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id }, include: { attemptLog: { orderBy: { attempt: 'asc' } } } });
    expect(row).toMatchObject({ status: 'FAILED', attempts: MAX_WEBHOOK_ATTEMPTS, responseStatus: 500, lastError: 'Answered 500.' });
    expect(row.attemptLog.map((a) => a.attempt)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const gaps = row.attemptLog.slice(1).map((a, i) => seconds(a.createdAt.getTime() - row.attemptLog[i]!.createdAt.getTime()));
    expect(gaps).toEqual([5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400]);
    expect(seconds(now.getTime() - NOW.getTime())).toBeGreaterThanOrEqual(3 * 86400);
    for (const attempt of row.attemptLog) {
      expect(Buffer.byteLength(attempt.responseExcerpt)).toBeLessThanOrEqual(1024);
      expect(attempt.responseExcerpt.startsWith('éé')).toBe(true);
    }
    // Each attempt was signed at its own time (the receiver checked each against its clock).
    expect(new Set(timestamps).size).toBe(MAX_WEBHOOK_ATTEMPTS);
    expect(receiver.rejected).toEqual([]);
  });

  it('disables an endpoint after 5 days of failures, emails the owner, and a re-enabled endpoint gets what it missed', async () => {
    const { vendor, owner } = await aBusiness();
    const { endpoint } = await givenEndpoint(t.db, owner, receiver, ['booking.confirmed', 'booking.cancelled']);
    receiver.down();
    const day = 24 * 3_600_000;
    await anEvent(vendor.id, 'booking.confirmed', NOW);
    await runWebhooksUntil(t.db, later(NOW, 4 * day));
    expect(await t.db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({ active: true, failingSince: NOW });

    await anEvent(vendor.id, 'booking.cancelled', later(NOW, 4 * day));
    await runWebhooksUntil(t.db, later(NOW, 6 * day));
    const disabled = await t.db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(disabled).toMatchObject({ active: false, disabledReason: 'Every delivery failed for 5 days.' });
    expect(disabled.disabledAt!.getTime() - NOW.getTime()).toBeGreaterThanOrEqual(5 * day);
    await processOutbox(t.db, { now: later(NOW, 6 * day) });
    await expect(t.db).toHaveSentEmail(`${vendor.slug}@example.com`, /Webhook endpoint disabled/);

    // While disabled: new events are kept (GET /events) but not queued for it.
    await anEvent(vendor.id, 'booking.confirmed', later(NOW, 6 * day));
    expect(await t.db.webhookDelivery.count({ where: { endpointId: endpoint.id } })).toBe(2);

    receiver.up();
    const enabled = await updateEndpoint(t.db, owner, { endpointId: endpoint.id, enabled: true }, later(NOW, 7 * day));
    expect(enabled).toMatchObject({ enabled: true, failingSince: null, disabledAt: null });
    expect(await redeliver(t.db, owner, { endpointId: endpoint.id, since: NOW }, later(NOW, 7 * day))).toEqual({ queued: 3 });
    await runWebhooksAt(t.db, later(NOW, 7 * day));
    expect(receiver.received.map((r) => r.type).sort()).toEqual(['booking.cancelled', 'booking.confirmed', 'booking.confirmed']);
    expect(await t.db.webhookDelivery.count({ where: { endpointId: endpoint.id, status: 'SUCCEEDED' } })).toBe(3);
  });

  it('signs with both secrets for 24 hours after a rotation, then with the new one only', async () => {
    const { vendor, owner } = await aBusiness();
    const { endpoint, secret: oldSecret } = await givenEndpoint(t.db, owner, receiver, ['booking.confirmed']);
    const { secret: newSecret } = await rotateEndpointSecret(t.db, owner, endpoint.id, NOW);
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(oldSecret);

    // A receiver still on the old secret, and one already on the new one, both verify during the overlap.
    await anEvent(vendor.id, 'booking.confirmed', later(NOW, 3_600_000));
    receiver.setSecrets([oldSecret]);
    await runWebhooksAt(t.db, later(NOW, 3_600_000));
    expect(receiver.received.at(-1)).toMatchObject({ signatures: 2 });
    await redeliver(t.db, owner, { endpointId: endpoint.id, eventId: receiver.received.at(-1)!.id }, later(NOW, 2 * 3_600_000));
    receiver.setSecrets([newSecret]);
    await runWebhooksAt(t.db, later(NOW, 2 * 3_600_000));
    expect(receiver.received).toHaveLength(2);

    // After 24 h the old secret no longer signs: a receiver on it rejects, one on the new secret accepts.
    await anEvent(vendor.id, 'booking.confirmed', later(NOW, 25 * 3_600_000));
    receiver.setSecrets([oldSecret]);
    await runWebhooksAt(t.db, later(NOW, 25 * 3_600_000));
    expect(receiver.rejected).toHaveLength(1);
    receiver.setSecrets([newSecret]);
    await runWebhooksAt(t.db, later(NOW, 25 * 3_600_000 + RETRY_DELAYS_MS[0]));
    expect(receiver.received.at(-1)).toMatchObject({ signatures: 1 });
    expect(receiver.received).toHaveLength(3);
  });

  it('redelivers one event with the same webhook-id, and a test event on request', async () => {
    const { vendor, owner } = await aBusiness();
    const { endpoint } = await givenEndpoint(t.db, owner, receiver, ['booking.confirmed']);
    await anEvent(vendor.id, 'booking.confirmed', NOW);
    await runWebhooksAt(t.db, NOW);
    const first = receiver.received[0]!;
    expect(await redeliver(t.db, owner, { endpointId: endpoint.id, eventId: first.id }, later(NOW, 60_000))).toEqual({ queued: 1 });
    await runWebhooksAt(t.db, later(NOW, 60_000));
    expect(receiver.received.map((r) => r.id)).toEqual([first.id, first.id]);
    expect(await t.db.webhookDelivery.findFirstOrThrow({ where: { eventId: first.id } })).toMatchObject({ status: 'SUCCEEDED', attempts: 1 });

    const { eventId } = await sendTestEvent(t.db, owner, endpoint.id, later(NOW, 120_000));
    await runWebhooksAt(t.db, later(NOW, 120_000));
    expect(receiver.received.at(-1)).toMatchObject({ id: eventId, type: 'webhook.test', payload: { data: { object: { endpoint_id: endpoint.id } } } });
  });
});

describe('the safe sender', () => {
  it('refuses private and loopback targets unless local development allows them, follows no redirect, and stops waiting after the timeout', async () => {
    const { vendor, owner } = await aBusiness();
    const { endpoint } = await givenEndpoint(t.db, owner, receiver, ['booking.confirmed']);
    await anEvent(vendor.id, 'booking.confirmed', NOW);

    delete process.env.WEBHOOKS_ALLOW_PRIVATE_TARGETS;
    await runWebhooksAt(t.db, NOW);
    process.env.WEBHOOKS_ALLOW_PRIVATE_TARGETS = 'true';
    expect(receiver.requests).toBe(0);
    const refused = await t.db.webhookAttempt.findFirstOrThrow({ where: { delivery: { endpointId: endpoint.id } } });
    expect(refused).toMatchObject({ succeeded: false, responseStatus: null });
    expect(refused.error).toMatch(/scheme|https|private/i);

    receiver.answer(() => ({ status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data' } }));
    await runWebhooksAt(t.db, later(NOW, RETRY_DELAYS_MS[0]));
    expect(await t.db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } })).toMatchObject({ responseStatus: 302, lastError: expect.stringMatching(/redirects are not followed/) });
    expect(receiver.requests).toBe(1);

    receiver.answer(() => ({ status: 200, delayMs: 1500 }));
    // Only Date is faked: the timeout and the receiver's delay run on real timers.
    const run = await runWebhooksAt(t.db, later(NOW, RETRY_DELAYS_MS[0] + RETRY_DELAYS_MS[1]), { sendOptions: { timeoutMs: 300 } });
    expect(run).toMatchObject({ claimed: 1, retrying: 1 });
    expect(await t.db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } })).toMatchObject({ lastError: 'No answer within 0.3 seconds.' });
  });
});
