import 'server-only';
import type { Db } from '@/lib/db/prisma';
import type { MemberActor } from '@/lib/domain/actor';
import type { DeliveryStatus, Prisma } from '@/lib/generated/prisma/client';
import { requireOwner } from '@/lib/business/ownership';
import { ownEndpoint } from './endpoints';

// What a business sees of its webhooks: each endpoint's deliveries with every attempt (status,
// latency, the first 1 kB of the answer), and the events themselves (GET /api/v1/events), newest
// first, paged by id (UUIDv7 ids are time-ordered, so pages stay stable as new rows arrive).

export type Page = { limit: number; cursor?: string };

function paged<T extends { id: string }>(rows: T[], limit: number) {
  const shown = rows.slice(0, limit);
  return { rows: shown, hasMore: rows.length > limit, nextCursor: rows.length > limit ? shown.at(-1)!.id : null };
}

export async function listDeliveries(db: Db, actor: MemberActor, endpointId: string, page: Page & { status?: DeliveryStatus }) {
  const endpoint = await ownEndpoint(db, actor, endpointId);
  const rows = await db.webhookDelivery.findMany({
    where: { endpointId: endpoint.id, ...(page.status ? { status: page.status } : {}), ...(page.cursor ? { id: { lt: page.cursor } } : {}) },
    orderBy: { id: 'desc' },
    take: page.limit + 1,
    include: { attemptLog: { orderBy: { attempt: 'asc' } } },
  });
  return paged(rows, page.limit);
}

export type EventFilter = Page & { type?: string; createdFrom?: Date; createdBefore?: Date };

/** The business's events (not test events), to catch up after downtime. */
export async function listEvents(db: Db, actor: MemberActor, filter: EventFilter) {
  requireOwner(actor, 'read the event list'); // an integration's view, like the endpoints themselves
  const where: Prisma.WebhookEventWhereInput = {
    vendorId: actor.vendorId,
    endpointId: null,
    ...(filter.type ? { type: filter.type } : {}),
    ...(filter.createdFrom || filter.createdBefore ? { createdAt: { ...(filter.createdFrom ? { gte: filter.createdFrom } : {}), ...(filter.createdBefore ? { lt: filter.createdBefore } : {}) } } : {}),
    ...(filter.cursor ? { id: { lt: filter.cursor } } : {}),
  };
  const rows = await db.webhookEvent.findMany({ where, orderBy: { id: 'desc' }, take: filter.limit + 1 });
  return paged(rows, filter.limit);
}
