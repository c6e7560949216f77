import 'server-only';
import { z } from 'zod';
import { prisma } from '@/lib/db/prisma';
import type { MemberActor } from '@/lib/domain/actor';
import { ValidationFailed } from '@/lib/errors';
import type { WebhookAttempt as AttemptRow, WebhookDelivery as DeliveryRow } from '@/lib/generated/prisma/client';
import { listDeliveries, listEvents } from '@/lib/webhooks/delivery-log';
import { eventTypesField } from '@/lib/webhooks/endpoint-schemas';
import { createEndpoint, deleteEndpoint, getEndpoint, listEndpoints, rotateEndpointSecret, sendTestEvent, updateEndpoint, type PublicEndpoint } from '@/lib/webhooks/endpoints';
import { WEBHOOK_EVENT_TYPES } from '@/lib/webhooks/event-types';
import { eventPayload } from '@/lib/webhooks/record-event';
import { redeliver } from '@/lib/webhooks/redeliver';
import { deliverWebhooksSoon } from '@/lib/webhooks/deliver-soon';
import { businessActor, type ApiCaller } from '../caller';
import { defineOperation } from '../operation';
import { ApiError } from '../problem';
import { instant, page, paginationQuery, uuid } from '../schemas';
import { iso } from '../serialize';
import { WebhookDelivery, WebhookEndpoint, WebhookEndpointWithSecret, WebhookEventSchema } from '../webhook-schemas';

// Webhook endpoints, their delivery logs and the event list through the API: the dashboard's
// services (lib/webhooks), so the same rules apply (owners only, another business's endpoint is
// "not found", https only, the secret shown once).

function ownerOf(caller: ApiCaller, scope: 'read' | 'write'): MemberActor {
  const actor = businessActor(caller, scope);
  if (actor.kind !== 'member') throw new ApiError('forbidden', 'Only a business (its API key or an owner’s token) can do this.');
  return actor;
}

const endpointJson = (e: PublicEndpoint): z.input<typeof WebhookEndpoint> => ({
  id: e.id,
  url: e.url,
  description: e.description,
  events: e.events as z.input<typeof WebhookEndpoint>['events'],
  enabled: e.enabled,
  disabled_at: e.disabledAt ? iso(e.disabledAt) : null,
  disabled_reason: e.disabledReason,
  failing_since: e.failingSince ? iso(e.failingSince) : null,
  previous_secret_expires_at: e.previousSecretExpiresAt ? iso(e.previousSecretExpiresAt) : null,
  created_at: iso(e.createdAt),
  updated_at: iso(e.updatedAt),
});

const deliveryJson = (d: DeliveryRow & { attemptLog: AttemptRow[] }): z.input<typeof WebhookDelivery> => ({
  id: d.id,
  event_id: d.eventId,
  event_type: d.eventType,
  status: d.status.toLowerCase() as 'pending',
  attempts: d.attempts,
  next_attempt_at: d.status === 'PENDING' ? iso(d.nextAttemptAt) : null,
  delivered_at: d.deliveredAt ? iso(d.deliveredAt) : null,
  response_status: d.responseStatus,
  last_error: d.lastError,
  created_at: iso(d.createdAt),
  attempt_log: d.attemptLog.map((a) => ({ attempt: a.attempt, at: iso(a.createdAt), succeeded: a.succeeded, response_status: a.responseStatus, latency_ms: a.latencyMs, response_excerpt: a.responseExcerpt, error: a.error })),
});

const cursorCheck = (cursor: string | undefined) => {
  if (cursor && !z.uuid().safeParse(cursor).success) throw new ValidationFailed('This cursor is not valid.', { cursor: ['Not a cursor of this list'] });
};

const ENDPOINT_ID = '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1b01';
const exampleEndpoint = {
  id: ENDPOINT_ID,
  url: 'https://example.com/bookwell/webhooks',
  description: 'Channel manager',
  events: ['booking.confirmed', 'booking.cancelled'] as Array<(typeof WEBHOOK_EVENT_TYPES)[number]>,
  enabled: true,
  disabled_at: null,
  disabled_reason: null,
  failing_since: null,
  previous_secret_expires_at: null,
  created_at: '2031-01-06T08:00:00.000Z',
  updated_at: '2031-01-06T08:00:00.000Z',
};
const exampleSecret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwJ0u8a1rGm3E=';
const endpointErrors = ['not_found', 'forbidden', 'insufficient_scope'] as const;
const params = z.object({ id: uuid });
const endpointBody = z.object({
  url: z.string().max(2048).meta({ description: 'An https URL on a public address (checked again at every send).', example: 'https://example.com/bookwell/webhooks' }),
  description: z.string().max(200).optional(),
  events: eventTypesField.meta({ description: 'The event types it receives (at least one).' }),
});

export const listWebhookEndpoints = defineOperation({
  method: 'GET',
  path: '/webhook-endpoints',
  operationId: 'listWebhookEndpoints',
  summary: 'The business’s webhook endpoints',
  tag: 'Webhooks',
  access: 'authenticated',
  scope: 'read',
  response: { status: 200, schema: page(WebhookEndpoint, 'WebhookEndpointPage'), description: 'All endpoints, newest first (one page).', example: { data: [exampleEndpoint], has_more: false, next_cursor: null } },
  errors: ['forbidden', 'insufficient_scope'],
  handler: async ({ caller }) => ({ data: (await listEndpoints(prisma, ownerOf(caller, 'read'))).map(endpointJson), has_more: false, next_cursor: null }),
});

export const createWebhookEndpoint = defineOperation({
  method: 'POST',
  path: '/webhook-endpoints',
  operationId: 'createWebhookEndpoint',
  summary: 'Register a webhook endpoint',
  description: 'Answers with the signing secret, shown only here (and after a rotation).',
  tag: 'Webhooks',
  access: 'authenticated',
  scope: 'write',
  body: endpointBody.meta({ id: 'WebhookEndpointRequest' }),
  bodyExample: { url: 'https://example.com/bookwell/webhooks', description: 'Channel manager', events: ['booking.confirmed', 'booking.cancelled'] },
  response: { status: 201, schema: WebhookEndpointWithSecret, description: 'The new endpoint and its secret.', example: { ...exampleEndpoint, secret: exampleSecret } },
  errors: ['validation_failed', 'forbidden', 'insufficient_scope'],
  handler: async ({ caller, body }) => {
    const { endpoint, secret } = await createEndpoint(prisma, ownerOf(caller, 'write'), { url: body.url, description: body.description ?? '', events: body.events });
    return { ...endpointJson(endpoint), secret };
  },
});

export const getWebhookEndpoint = defineOperation({
  method: 'GET',
  path: '/webhook-endpoints/{id}',
  operationId: 'getWebhookEndpoint',
  summary: 'One webhook endpoint',
  tag: 'Webhooks',
  access: 'authenticated',
  scope: 'read',
  params,
  response: { status: 200, schema: WebhookEndpoint, description: 'The endpoint.', example: exampleEndpoint },
  errors: [...endpointErrors],
  handler: async ({ caller, params }) => endpointJson(await getEndpoint(prisma, ownerOf(caller, 'read'), params.id)),
});

export const updateWebhookEndpoint = defineOperation({
  method: 'PATCH',
  path: '/webhook-endpoints/{id}',
  operationId: 'updateWebhookEndpoint',
  summary: 'Change a webhook endpoint, or disable and enable it',
  description: 'Enabling a disabled endpoint starts its failure count afresh; events it missed meanwhile are redelivered with POST /webhook-endpoints/{id}/redeliver.',
  tag: 'Webhooks',
  access: 'authenticated',
  scope: 'write',
  params,
  body: endpointBody.partial().extend({ enabled: z.boolean().optional() }).meta({ id: 'WebhookEndpointPatch' }),
  bodyExample: { enabled: true },
  response: { status: 200, schema: WebhookEndpoint, description: 'The endpoint.', example: exampleEndpoint },
  errors: ['validation_failed', ...endpointErrors],
  handler: async ({ caller, params, body }) => endpointJson(await updateEndpoint(prisma, ownerOf(caller, 'write'), { endpointId: params.id, ...body })),
});

export const deleteWebhookEndpoint = defineOperation({
  method: 'DELETE',
  path: '/webhook-endpoints/{id}',
  operationId: 'deleteWebhookEndpoint',
  summary: 'Delete a webhook endpoint (and its delivery log)',
  tag: 'Webhooks',
  access: 'authenticated',
  scope: 'write',
  params,
  response: { status: 200, schema: z.object({ id: uuid, deleted: z.literal(true) }).meta({ id: 'DeletedWebhookEndpoint' }), description: 'It is gone.', example: { id: ENDPOINT_ID, deleted: true } },
  errors: [...endpointErrors],
  handler: async ({ caller, params }) => {
    await deleteEndpoint(prisma, ownerOf(caller, 'write'), params.id);
    return { id: params.id, deleted: true as const };
  },
});

export const rotateWebhookSecret = defineOperation({
  method: 'POST',
  path: '/webhook-endpoints/{id}/rotate-secret',
  operationId: 'rotateWebhookSecret',
  summary: 'Rotate the signing secret',
  description: 'The new secret signs from now on. For 24 hours the old one signs too (a second signature in `webhook-signature`), so receivers can switch without missing a delivery.',
  tag: 'Webhooks',
  access: 'authenticated',
  scope: 'write',
  params,
  response: { status: 200, schema: WebhookEndpointWithSecret, description: 'The endpoint and its new secret.', example: { ...exampleEndpoint, previous_secret_expires_at: '2031-01-07T08:00:00.000Z', secret: exampleSecret } },
  errors: [...endpointErrors],
  handler: async ({ caller, params }) => {
    const { endpoint, secret } = await rotateEndpointSecret(prisma, ownerOf(caller, 'write'), params.id);
    return { ...endpointJson(endpoint), secret };
  },
});

export const sendWebhookTest = defineOperation({
  method: 'POST',
  path: '/webhook-endpoints/{id}/test',
  operationId: 'sendWebhookTest',
  summary: 'Send a test event (webhook.test) to this endpoint',
  description: 'Sent at once, signed like any event, even while the endpoint is disabled; the outcome shows in its deliveries.',
  tag: 'Webhooks',
  access: 'authenticated',
  scope: 'write',
  params,
  response: { status: 201, schema: z.object({ event_id: uuid }).meta({ id: 'WebhookTestQueued' }), description: 'The test event is on its way.', example: { event_id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1b02' } },
  errors: [...endpointErrors],
  handler: async ({ caller, params }) => {
    const { eventId } = await sendTestEvent(prisma, ownerOf(caller, 'write'), params.id);
    deliverWebhooksSoon();
    return { event_id: eventId };
  },
});

export const listWebhookDeliveries = defineOperation({
  method: 'GET',
  path: '/webhook-endpoints/{id}/deliveries',
  operationId: 'listWebhookDeliveries',
  summary: 'An endpoint’s delivery log, newest first',
  description: 'Each delivery is one event to this endpoint, with every attempt: status, latency and the first 1 kB of the answer.',
  tag: 'Webhooks',
  access: 'authenticated',
  scope: 'read',
  params,
  query: z.object({ status: z.enum(['pending', 'succeeded', 'failed']).optional(), ...paginationQuery }),
  response: {
    status: 200,
    schema: page(WebhookDelivery, 'WebhookDeliveryPage'),
    description: 'A page of deliveries.',
    example: {
      data: [
        {
          id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1b03',
          event_id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1b02',
          event_type: 'booking.confirmed',
          status: 'succeeded',
          attempts: 2,
          next_attempt_at: null,
          delivered_at: '2031-01-06T08:00:05.210Z',
          response_status: 200,
          last_error: null,
          created_at: '2031-01-06T08:00:00.000Z',
          attempt_log: [
            { attempt: 1, at: '2031-01-06T08:00:00.120Z', succeeded: false, response_status: 503, latency_ms: 84, response_excerpt: 'Service Unavailable', error: 'Answered 503.' },
            { attempt: 2, at: '2031-01-06T08:00:05.150Z', succeeded: true, response_status: 200, latency_ms: 60, response_excerpt: 'ok', error: null },
          ],
        },
      ],
      has_more: false,
      next_cursor: null,
    },
  },
  errors: ['validation_failed', ...endpointErrors],
  handler: async ({ caller, params, query }) => {
    cursorCheck(query.cursor);
    const result = await listDeliveries(prisma, ownerOf(caller, 'read'), params.id, { limit: query.limit, cursor: query.cursor, status: query.status?.toUpperCase() as 'PENDING' | undefined });
    return { data: result.rows.map(deliveryJson), has_more: result.hasMore, next_cursor: result.nextCursor };
  },
});

export const redeliverWebhooks = defineOperation({
  method: 'POST',
  path: '/webhook-endpoints/{id}/redeliver',
  operationId: 'redeliverWebhooks',
  summary: 'Redeliver one event, or everything that failed since a time',
  description: 'With `event_id`: that event again (same `webhook-id`). With `since`: every failed delivery since then, and the events the endpoint missed while disabled. Each gets a fresh set of attempts.',
  tag: 'Webhooks',
  access: 'authenticated',
  scope: 'write',
  params,
  body: z.union([z.object({ event_id: uuid }), z.object({ since: instant })]).meta({ id: 'WebhookRedeliverRequest' }),
  bodyExample: { since: '2031-01-06T00:00:00Z' },
  response: { status: 200, schema: z.object({ queued: z.int() }).meta({ id: 'WebhookRedelivery' }), description: 'How many deliveries are on their way.', example: { queued: 12 } },
  errors: ['validation_failed', ...endpointErrors],
  handler: async ({ caller, params, body }) => {
    const actor = ownerOf(caller, 'write');
    const result = await redeliver(prisma, actor, 'event_id' in body ? { endpointId: params.id, eventId: body.event_id } : { endpointId: params.id, since: body.since });
    deliverWebhooksSoon();
    return result;
  },
});

export const listWebhookEvents = defineOperation({
  method: 'GET',
  path: '/events',
  operationId: 'listEvents',
  summary: 'The business’s events, newest first',
  description: 'Every change written as an event (the same payloads webhooks carry), to catch up after downtime. Filter by `type` and by `created_gte` / `created_lt`.',
  tag: 'Webhooks',
  access: 'authenticated',
  scope: 'read',
  query: z.object({ type: z.enum(WEBHOOK_EVENT_TYPES).optional(), created_gte: instant.optional(), created_lt: instant.optional(), ...paginationQuery }),
  response: {
    status: 200,
    schema: page(WebhookEventSchema, 'EventPage'),
    description: 'A page of events.',
    example: {
      data: [
        {
          id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1b02',
          type: 'review.created',
          created_at: '2031-01-08T09:00:00.000Z',
          api_version: '2026-12-03',
          data: { object: { id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a90', booking_id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a70', listing_id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60', rating: 5, comment: 'Great kayak.', author_name: 'Cora', created_at: '2031-01-08T09:00:00.000Z' } },
        },
      ],
      has_more: false,
      next_cursor: null,
    },
  },
  errors: ['validation_failed', 'forbidden', 'insufficient_scope'],
  handler: async ({ caller, query }) => {
    cursorCheck(query.cursor);
    const result = await listEvents(prisma, ownerOf(caller, 'read'), {
      limit: query.limit,
      cursor: query.cursor,
      type: query.type,
      createdFrom: query.created_gte ? new Date(query.created_gte) : undefined,
      createdBefore: query.created_lt ? new Date(query.created_lt) : undefined,
    });
    return { data: result.rows.map((event) => eventPayload(event) as z.input<typeof WebhookEventSchema>), has_more: result.hasMore, next_cursor: result.nextCursor };
  },
});
