import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import type { AnyOperation } from './operation';
import { ERROR_CODES, type ErrorCode, type Problem as ProblemBody } from './problem';
import { Problem } from './schemas';
import { API_VERSIONS, CURRENT_API_VERSION } from './versions';
import { WEBHOOK_GUIDE } from './webhook-guide';
import { TestEvent, WEBHOOK_EVENT_SCHEMAS } from './webhook-schemas';
import { EVENT_TYPE_DESCRIPTIONS, TEST_EVENT_TYPE, WEBHOOK_EVENT_TYPES } from '@/lib/webhooks/event-types';

// The OpenAPI 3.1 document of /api/v1, made from the operations' own zod schemas (the ones that
// validate requests and type the answers), with an example for every operation and error code.

const RATE_HEADERS = {
  RateLimit: { description: 'Requests left in the current window and seconds until it resets, e.g. `"default";r=598;t=42`.', schema: { type: 'string' as const } },
  'RateLimit-Policy': { description: 'The quota and window, e.g. `"default";q=600;w=60`.', schema: { type: 'string' as const } },
  'Api-Version': { description: 'The API version that answered.', schema: { type: 'string' as const } },
};

export function problemExample(code: ErrorCode): ProblemBody {
  const detail: Record<ErrorCode, string> = {
    malformed_request: 'The body is not valid JSON.',
    unknown_api_version: `Api-Version "2020-01-01" is not known. Use one of: ${API_VERSIONS.join(', ')}.`,
    idempotency_key_required: 'This operation needs an Idempotency-Key header (a fresh UUID per attempt), so a retry never books twice.',
    unauthenticated: 'Send `Authorization: Bearer <API key or access token>`.',
    invalid_credentials: 'This API key is not valid or was revoked.',
    forbidden: 'Only members of a business can do this.',
    insufficient_scope: 'This API key lacks the "write" scope.',
    account_disabled: 'This account is disabled.',
    not_found: 'This booking does not exist.',
    slot_unavailable: 'Nothing is free for these dates. Try other dates.',
    invalid_transition: 'Cannot approve a booking that is CONFIRMED.',
    conflict: 'An account with this email already exists. Sign in instead.',
    idempotency_request_in_progress: 'A request with this Idempotency-Key is still running. Retry in a moment to get its answer.',
    payload_too_large: 'Request bodies are limited to 64 KB.',
    validation_failed: 'quantity: Too small: expected number to be >=1',
    policy_violation: 'This listing is not available for booking right now.',
    idempotency_key_reused: 'This Idempotency-Key was already used with another request (method, path or body differ). Use a new key for a new request.',
    rate_limited: 'Rate limit of 600 requests per 60 s reached. Retry in 42 s.',
    internal_error: 'Something went wrong on our side. Please try again; if it happens again, contact support.',
  };
  const base: ProblemBody = { type: `/docs/api#error-${code}`, title: ERROR_CODES[code].title, status: ERROR_CODES[code].status, detail: detail[code], code };
  if (code === 'validation_failed') return { ...base, param: 'quantity', errors: [{ param: 'quantity', detail: 'Too small: expected number to be >=1' }] };
  if (code === 'unknown_api_version') return { ...base, param: 'Api-Version', known_versions: [...API_VERSIONS] };
  if (code.startsWith('idempotency_')) return { ...base, param: 'Idempotency-Key' };
  return base;
}

/** Every error an operation may answer: its own, plus those of credentials, versions, input and limits. */
export function errorsOf(operation: AnyOperation): ErrorCode[] {
  const codes = new Set<ErrorCode>(['unknown_api_version', 'invalid_credentials', 'account_disabled', 'rate_limited', 'internal_error', ...operation.errors]);
  if (operation.access === 'authenticated') codes.add('unauthenticated');
  if (operation.params || operation.query || operation.body) codes.add('validation_failed');
  if (operation.body) codes.add('malformed_request').add('payload_too_large');
  if (operation.method === 'POST') codes.add('idempotency_key_reused').add('idempotency_request_in_progress').add('malformed_request');
  if (operation.scope === 'write' || operation.access === 'authenticated') codes.add('insufficient_scope');
  return [...codes];
}

export function buildOpenApiDocument(operations: readonly AnyOperation[]) {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key of a business (`bk_live_…`, `bk_test_…`) or a person’s access token from POST /auth/token.',
  });

  for (const operation of operations) {
    const headers = z.object({
      'Api-Version': z.enum(API_VERSIONS).optional().meta({ description: `Defaults to the API key’s pinned version, else ${CURRENT_API_VERSION}.` }),
      ...(operation.method === 'POST'
        ? {
            'Idempotency-Key':
              operation.idempotency === 'required'
                ? z.string().min(1).max(255).meta({ description: 'Required: a fresh UUID per attempt; a retry with the same key replays the first answer.', example: '5f0c7a3e-2b7d-4c55-9a1e-7d0b9e8f6a21' })
                : z.string().min(1).max(255).optional().meta({ description: 'Optional: a retry with the same key replays the first answer.' }),
          }
        : {}),
    });

    const byStatus = new Map<number, ErrorCode[]>();
    for (const code of errorsOf(operation)) {
      const status = ERROR_CODES[code].status;
      byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
    }
    const errorResponses = Object.fromEntries(
      [...byStatus].map(([status, codes]) => [
        status,
        {
          description: codes.map((code) => `\`${code}\`: ${ERROR_CODES[code].title}`).join('; '),
          headers: status === 429 ? { ...RATE_HEADERS, 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' as const } } } : RATE_HEADERS,
          content: { 'application/problem+json': { schema: Problem, examples: Object.fromEntries(codes.map((code) => [code, { value: problemExample(code) }])) } },
        },
      ]),
    );

    registry.registerPath({
      method: operation.method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete',
      path: operation.path,
      operationId: operation.operationId,
      summary: operation.summary,
      description: operation.description,
      tags: [operation.tag],
      security: operation.access === 'public' ? [{}, { [bearer.name]: [] }] : [{ [bearer.name]: [] }],
      request: {
        params: operation.params,
        query: operation.query,
        headers,
        body: operation.body ? { required: true, content: { 'application/json': { schema: operation.body, example: operation.bodyExample } } } : undefined,
      },
      responses: {
        [operation.response.status]: {
          description: operation.response.description,
          headers: operation.catalog ? { ...RATE_HEADERS, ETag: { description: 'Send as If-None-Match to get a 304 when unchanged.', schema: { type: 'string' as const } } } : RATE_HEADERS,
          content: { 'application/json': { schema: operation.response.schema, example: operation.response.example } },
        },
        ...(operation.catalog ? { 304: { description: 'Not modified since the ETag sent in If-None-Match.' } } : {}),
        ...errorResponses,
      },
    });
  }

  // What endpoints receive: one POST per event type, signed per Standard Webhooks (see /docs/api#webhooks).
  const signatureHeaders = z.object({
    'webhook-id': z.string().meta({ description: 'The event id: the same on every retry and redelivery.' }),
    'webhook-timestamp': z.string().meta({ description: 'Unix seconds when this attempt was signed; reject ones more than 5 minutes off.' }),
    'webhook-signature': z.string().meta({ description: 'Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body`, one per active secret.' }),
  });
  const webhookPayloads = [...WEBHOOK_EVENT_TYPES.map((type) => [type, WEBHOOK_EVENT_SCHEMAS[type], EVENT_TYPE_DESCRIPTIONS[type]] as const), [TEST_EVENT_TYPE, TestEvent, 'A test event, sent on request to one endpoint.'] as const];
  for (const [type, schema, description] of webhookPayloads) {
    registry.registerWebhook({
      method: 'post',
      path: type,
      operationId: `webhook_${type.replace('.', '_')}`,
      summary: description,
      tags: ['Webhooks'],
      security: [], // Bookwell calls you: the signature headers authenticate it
      request: { headers: signatureHeaders, body: { required: true, content: { 'application/json': { schema } } } },
      responses: { 200: { description: 'Any 2xx acknowledges the delivery; anything else (or no answer in 10 s) is retried.' } },
    });
  }

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Bookwell API',
      version: CURRENT_API_VERSION,
      description:
        'Book rentals, sessions and appointments. JSON in snake_case; money in integer minor units with a currency; instants in RFC 3339 UTC beside the listing’s IANA `time_zone`. Errors are RFC 9457 problem details with a stable `code`. Send `Idempotency-Key` on POSTs.',
      license: { name: 'MIT', identifier: 'MIT' },
      contact: { name: 'Bookwell', url: 'https://github.com/bookwell' },
    },
    servers: [{ url: '/api/v1', description: 'This deployment' }],
    tags: [
      { name: 'Catalog', description: 'Public listings, availability and storefronts (no credentials needed).' },
      { name: 'Bookings', description: 'Quotes and bookings for guests, customers and businesses.' },
      { name: 'Carts', description: 'A signed-in customer’s cart: several bookings checked out together.' },
      { name: 'Business', description: 'What a business does with its bookings (API key or member token).' },
      { name: 'Auth', description: 'App sign-in: access and refresh tokens.' },
      { name: 'Webhooks', description: WEBHOOK_GUIDE },
    ],
  });
}
