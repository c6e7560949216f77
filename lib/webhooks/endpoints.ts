import 'server-only';
import { parseInput } from '@/lib/booking/parse';
import type { Db } from '@/lib/db/prisma';
import type { MemberActor, OperatorActor } from '@/lib/domain/actor';
import { NotFound, ValidationFailed } from '@/lib/errors';
import { requireOwner } from '@/lib/business/ownership';
import { assertOperator } from '@/lib/admin/operator';
import type { WebhookEndpoint } from '@/lib/generated/prisma/client';
import { allowPrivateWebhookTargets } from './config';
import { checkEndpointUrl, createEndpointSchema, endpointIdSchema, updateEndpointSchema, type CreateEndpointValues, type UpdateEndpointValues } from './endpoint-schemas';
import { TEST_EVENT_TYPE } from './event-types';
import { recordWebhookEvent } from './record-event';
import { newSigningSecret } from './signing';

// A business's webhook endpoints: owners (and API keys, which act as the owner) create, change,
// rotate, test and delete them. Another business's endpoint reads as "not found". The secret is
// shown when it is made (create, rotate) and signs every delivery.

const WHAT = 'manage webhooks';
export const ROTATION_OVERLAP_MS = 24 * 3_600_000;

/** What callers see of an endpoint (never its secrets). */
export function publicEndpoint(endpoint: WebhookEndpoint, now = new Date()) {
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    events: endpoint.events,
    enabled: endpoint.active,
    disabledAt: endpoint.disabledAt,
    disabledReason: endpoint.disabledReason,
    failingSince: endpoint.failingSince,
    previousSecretExpiresAt: endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now ? endpoint.previousSecretExpiresAt : null,
    createdAt: endpoint.createdAt,
    updatedAt: endpoint.updatedAt,
  };
}
export type PublicEndpoint = ReturnType<typeof publicEndpoint>;

function checkUrl(url: string) {
  const problem = checkEndpointUrl(url, allowPrivateWebhookTargets());
  if (problem) throw new ValidationFailed(problem, { url: [problem] });
}

export async function ownEndpoint(db: Pick<Db, 'webhookEndpoint'>, actor: MemberActor, endpointId: string): Promise<WebhookEndpoint> {
  requireOwner(actor, WHAT);
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id: endpointId, vendorId: actor.vendorId } });
  if (!endpoint) throw new NotFound('Webhook endpoint not found.');
  return endpoint;
}

export async function createEndpoint(db: Db, actor: MemberActor, input: CreateEndpointValues) {
  requireOwner(actor, WHAT);
  const { url, description, events } = parseInput(createEndpointSchema, input);
  checkUrl(url);
  const secret = newSigningSecret();
  const endpoint = await db.webhookEndpoint.create({ data: { vendorId: actor.vendorId, url, description, events, secret } });
  return { endpoint: publicEndpoint(endpoint), secret };
}

export async function listEndpoints(db: Db, actor: MemberActor) {
  requireOwner(actor, WHAT);
  const endpoints = await db.webhookEndpoint.findMany({ where: { vendorId: actor.vendorId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
  return endpoints.map((endpoint) => publicEndpoint(endpoint));
}

export async function getEndpoint(db: Db, actor: MemberActor, endpointId: string) {
  return publicEndpoint(await ownEndpoint(db, actor, endpointId));
}

/** Changes the URL, description or types; `enabled` switches it off or on (on again: its failure streak starts afresh). */
export async function updateEndpoint(db: Db, actor: MemberActor, input: UpdateEndpointValues, now = new Date()) {
  const { endpointId, url, description, events, enabled } = parseInput(updateEndpointSchema, input);
  const endpoint = await ownEndpoint(db, actor, endpointId);
  if (url !== undefined) checkUrl(url);
  const switching =
    enabled === undefined || enabled === endpoint.active
      ? {}
      : enabled
        ? { active: true, disabledAt: null, disabledReason: null, failingSince: null }
        : { active: false, disabledAt: now, disabledReason: 'Disabled by the business.' };
  const updated = await db.webhookEndpoint.update({
    where: { id: endpoint.id },
    data: { ...(url !== undefined ? { url } : {}), ...(description !== undefined ? { description } : {}), ...(events !== undefined ? { events } : {}), ...switching },
  });
  return publicEndpoint(updated, now);
}

export async function deleteEndpoint(db: Db, actor: MemberActor, endpointId: string) {
  const endpoint = await ownEndpoint(db, actor, parseInput(endpointIdSchema, { endpointId }).endpointId);
  await db.webhookEndpoint.delete({ where: { id: endpoint.id } });
}

/** A new secret signs from now on; the old one signs too (a second signature) for 24 hours. */
export async function rotateEndpointSecret(db: Db, actor: MemberActor, endpointId: string, now = new Date()) {
  const endpoint = await ownEndpoint(db, actor, parseInput(endpointIdSchema, { endpointId }).endpointId);
  const secret = newSigningSecret();
  const updated = await db.webhookEndpoint.update({
    where: { id: endpoint.id },
    data: { secret, previousSecret: endpoint.secret, previousSecretExpiresAt: new Date(now.getTime() + ROTATION_OVERLAP_MS) },
  });
  return { endpoint: publicEndpoint(updated, now), secret };
}

/** Queues a webhook.test event for this endpoint only; it is sent even while the endpoint is disabled, to check a fix first. */
export async function sendTestEvent(db: Db, actor: MemberActor, endpointId: string, now = new Date()) {
  const endpoint = await ownEndpoint(db, actor, parseInput(endpointIdSchema, { endpointId }).endpointId);
  const event = await db.$transaction((tx) =>
    recordWebhookEvent(tx, {
      vendorId: endpoint.vendorId,
      type: TEST_EVENT_TYPE,
      endpointId: endpoint.id,
      object: { endpoint_id: endpoint.id, message: 'A test event from Bookwell: your endpoint received and verified it.' },
      now,
    }),
  );
  return { eventId: event.id };
}

/** Operators see every business's endpoints (no secrets). */
export async function listAllEndpoints(db: Db, actor: OperatorActor) {
  assertOperator(actor);
  const endpoints = await db.webhookEndpoint.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], include: { vendor: { select: { id: true, name: true } }, _count: { select: { deliveries: { where: { status: 'FAILED' } } } } } });
  return endpoints.map((endpoint) => ({ ...publicEndpoint(endpoint), vendor: endpoint.vendor, failedDeliveries: endpoint._count.deliveries }));
}
