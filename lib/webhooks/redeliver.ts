import 'server-only';
import { parseInput } from '@/lib/booking/parse';
import type { Db } from '@/lib/db/prisma';
import type { MemberActor } from '@/lib/domain/actor';
import { NotFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { redeliverSchema, type RedeliverValues } from './endpoint-schemas';
import { ownEndpoint } from './endpoints';
import { eventPayload } from './record-event';

// Redelivery, by hand: one event again (even one that arrived), or everything an endpoint missed
// since a time: its failed (or still retrying) deliveries and the events it never got while it was disabled. Each goes
// back in the queue with a fresh set of attempts; the webhook-id stays the event's id, so a
// receiver that already processed one recognises it.

export async function redeliver(db: Db, actor: MemberActor, input: RedeliverValues, now = new Date()): Promise<{ queued: number }> {
  const values = parseInput(redeliverSchema, input);
  const endpoint = await ownEndpoint(db, actor, values.endpointId);
  const fresh = { status: 'PENDING' as const, attempts: 0, nextAttemptAt: now, lockedUntil: null };

  if ('eventId' in values) {
    const event = await db.webhookEvent.findFirst({ where: { id: values.eventId, vendorId: endpoint.vendorId, OR: [{ endpointId: null }, { endpointId: endpoint.id }] } });
    if (!event) throw new NotFound('Event not found.');
    await db.webhookDelivery.upsert({
      where: { endpointId_eventId: { endpointId: endpoint.id, eventId: event.id } },
      create: { endpointId: endpoint.id, eventId: event.id, eventType: event.type, payload: eventPayload(event) as Prisma.InputJsonValue, nextAttemptAt: now },
      update: fresh,
    });
    return { queued: 1 };
  }

  return db.$transaction(async (tx) => {
    // Failed ones, and pending ones waiting for a later retry (not one a worker is sending right now).
    const failed = await tx.webhookDelivery.updateMany({
      where: { endpointId: endpoint.id, createdAt: { gte: values.since }, OR: [{ status: 'FAILED' }, { status: 'PENDING', OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] }] },
      data: fresh,
    });
    const missed = await tx.webhookEvent.findMany({
      where: { vendorId: endpoint.vendorId, endpointId: null, type: { in: endpoint.events }, createdAt: { gte: values.since }, deliveries: { none: { endpointId: endpoint.id } } },
      orderBy: { id: 'asc' },
    });
    const created = await tx.webhookDelivery.createMany({
      data: missed.map((event) => ({ endpointId: endpoint.id, eventId: event.id, eventType: event.type, payload: eventPayload(event) as Prisma.InputJsonValue, nextAttemptAt: now })),
      skipDuplicates: true,
    });
    return { queued: failed.count + created.count };
  });
}
