import '@/lib/validation/zod-config';
import { z } from 'zod';
import { TEST_EVENT_TYPE, WEBHOOK_EVENT_TYPES, type WebhookEventType } from '@/lib/webhooks/event-types';
import { Booking, BusinessListing, instant, Payment, Review, uuid } from './schemas';
import { API_VERSIONS } from './versions';

// What webhook endpoints receive and GET /events lists: one schema per event type, whose
// `data.object` is the API's own shape of that object. The OpenAPI document publishes each under
// `webhooks`, and the tests validate real payloads against them.

const OBJECT_OF: Record<WebhookEventType, z.ZodType> = {
  'booking.requested': Booking,
  'booking.approved': Booking,
  'booking.declined': Booking,
  'booking.confirmed': Booking,
  'booking.rescheduled': Booking,
  'booking.cancelled': Booking,
  'booking.expired': Booking,
  'booking.checked_in': Booking,
  'booking.checked_out': Booking,
  'booking.completed': Booking,
  'payment.succeeded': Payment,
  'payment.refunded': Payment,
  'review.created': Review,
  'listing.updated': BusinessListing,
};

const pascal = (type: string) => type.split(/[._]/).map((part) => part[0]!.toUpperCase() + part.slice(1)).join('');

function eventSchema<T extends string>(type: T, object: z.ZodType, description: string) {
  return z
    .object({
      id: uuid.meta({ description: 'The event id, also sent as the `webhook-id` header: the same on every retry and redelivery, so use it to ignore duplicates.' }),
      type: z.literal(type),
      created_at: instant.meta({ description: 'When it happened. Deliveries may arrive out of order: order by this.' }),
      api_version: z.enum(API_VERSIONS),
      data: z.object({ object }),
    })
    .meta({ id: `${pascal(type)}Event`, description });
}

export const WEBHOOK_EVENT_SCHEMAS = Object.fromEntries(WEBHOOK_EVENT_TYPES.map((type) => [type, eventSchema(type, OBJECT_OF[type], `The \`${type}\` event.`)])) as unknown as Record<WebhookEventType, z.ZodObject>;

export const TestEvent = eventSchema(TEST_EVENT_TYPE, z.object({ endpoint_id: uuid, message: z.string() }), 'Sent by “send test event” to one endpoint only.');

/** Any event of GET /events. */
export const WebhookEventSchema = z
  .discriminatedUnion('type', WEBHOOK_EVENT_TYPES.map((type) => WEBHOOK_EVENT_SCHEMAS[type]) as unknown as [z.ZodObject, z.ZodObject, ...z.ZodObject[]])
  .meta({ id: 'Event' });

export const WebhookEndpoint = z
  .object({
    id: uuid,
    url: z.string().meta({ example: 'https://example.com/bookwell/webhooks' }),
    description: z.string(),
    events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
    enabled: z.boolean(),
    disabled_at: instant.nullable(),
    disabled_reason: z.string().nullable().meta({ description: 'Why it is disabled: by the business, or after 5 days of failed deliveries.' }),
    failing_since: instant.nullable().meta({ description: 'Every delivery has failed since then (null when the last one succeeded).' }),
    previous_secret_expires_at: instant.nullable().meta({ description: 'After a rotation: the old secret also signs until then.' }),
    created_at: instant,
    updated_at: instant,
  })
  .meta({ id: 'WebhookEndpoint' });

export const WebhookEndpointWithSecret = WebhookEndpoint.extend({
  secret: z.string().meta({ description: 'The signing secret (`whsec_…`): shown only now. Verify each delivery with it.', example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }),
}).meta({ id: 'WebhookEndpointWithSecret' });

export const WebhookAttempt = z
  .object({
    attempt: z.int(),
    at: instant,
    succeeded: z.boolean(),
    response_status: z.int().nullable(),
    latency_ms: z.int(),
    response_excerpt: z.string().meta({ description: 'The first 1 kB of the answer.' }),
    error: z.string().nullable(),
  })
  .meta({ id: 'WebhookAttempt' });

export const WebhookDelivery = z
  .object({
    id: uuid,
    event_id: uuid,
    event_type: z.string(),
    status: z.enum(['pending', 'succeeded', 'failed']),
    attempts: z.int(),
    next_attempt_at: instant.nullable().meta({ description: 'While pending: when it is tried (again).' }),
    delivered_at: instant.nullable(),
    response_status: z.int().nullable(),
    last_error: z.string().nullable(),
    created_at: instant,
    attempt_log: z.array(WebhookAttempt),
  })
  .meta({ id: 'WebhookDelivery' });
