import 'server-only';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { prisma } from '@/lib/db/prisma';
import { withRequestLogging } from '@/lib/observability/http';
import { hitRateLimit, type RateLimitState } from '@/lib/rate-limit';
import { apiClientIp, assertScope, resolveCaller, type ApiCaller } from './caller';
import { claimIdempotencyKey, completeIdempotencyKey, idempotencyFence, parseIdempotencyKey, releaseIdempotencyKey, requestHash, type IdempotencyFence } from './idempotency';
import type { AnyOperation } from './operation';
import { ApiError, problemOf, PROBLEM_CONTENT_TYPE, zodProblems } from './problem';
import { negotiateVersion, type ApiVersion } from './versions';

// apiRoute: the one wrapper of every /api/v1 route handler. In order: who calls (API key, access
// token or anonymous), the rate limit of that credential, the Api-Version, the scope, the input
// (path, query, JSON body) against the operation's zod schemas, the Idempotency-Key, then the
// handler. Every failure becomes a problem+json answer; every answer carries the rate-limit and
// version headers.

const MAX_BODY_BYTES = 64 * 1024;

/** Requests per minute per credential (per client address for anonymous callers). */
export function rateLimitRule(caller: ApiCaller['kind'] | 'unresolved') {
  const perMinute =
    caller === 'anonymous' || caller === 'unresolved' ? Number(process.env.API_RATE_LIMIT_ANONYMOUS) || 120 : Number(process.env.API_RATE_LIMIT) || 600;
  return { limit: perMinute, windowSeconds: 60 };
}

function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    'RateLimit-Policy': `"default";q=${state.limit};w=${state.windowSeconds}`,
    RateLimit: `"default";r=${state.remaining};t=${state.resetSeconds}`,
  };
}

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Api-Version, If-None-Match',
  'Access-Control-Expose-Headers': 'ETag, Api-Version, RateLimit, RateLimit-Policy, Retry-After, X-Request-Id',
  'Access-Control-Max-Age': '600',
};

/** The CORS preflight of the public catalog reads (no credentials: anonymous reads only). */
export function corsPreflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

function parse<S extends z.ZodType>(schema: S | undefined, value: unknown, where: 'path' | 'query' | 'body'): z.output<S> {
  if (!schema) return undefined as z.output<S>;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const errors = zodProblems(parsed.error, where);
  throw new ApiError('validation_failed', errors[0] ? `${errors[0].param}: ${errors[0].detail}` : 'The request is not valid.', { param: errors[0]?.param, errors });
}

async function readBody(request: Request): Promise<{ text: string; json: unknown }> {
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new ApiError('payload_too_large', `Request bodies are limited to ${MAX_BODY_BYTES / 1024} KB.`);
  if (text.trim() === '') return { text, json: {} };
  const type = request.headers.get('content-type') ?? '';
  if (type && !/^application\/([\w.+-]+\+)?json\b/i.test(type)) throw new ApiError('malformed_request', 'Send the body as JSON (Content-Type: application/json).', { param: 'Content-Type' });
  try {
    return { text, json: JSON.parse(text) };
  } catch {
    throw new ApiError('malformed_request', 'The body is not valid JSON.', { param: 'body' });
  }
}

const queryObject = (url: URL) => {
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) query[name] = value;
  return query;
};

const json = (status: number, body: unknown, headers: Record<string, string>) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

type RouteContext = { params: Promise<unknown> };

export function apiRoute(operation: AnyOperation) {
  return (request: Request, route?: RouteContext): Promise<Response> => withRequestLogging(request, () => answer(operation, request, route));
}

async function answer(operation: AnyOperation, request: Request, route?: RouteContext): Promise<Response> {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (operation.catalog) Object.assign(headers, CORS_HEADERS);
  let idempotency: IdempotencyFence | null = null;
  try {
    let caller: ApiCaller;
    try {
      caller = await resolveCaller(prisma, request);
    } catch (error) {
      // Failed credentials count against the client address, so guessing is throttled too.
      const ip = apiClientIp(request.headers);
      if (ip) Object.assign(headers, rateLimitHeaders(await hitRateLimit(prisma, `api:ip:${ip}`, rateLimitRule('unresolved'))));
      throw error;
    }
    // An anonymous caller whose address cannot be known (no trusted proxy) has no budget of its
    // own, and one shared by every anonymous client would let one of them shut out the rest.
    const state = caller.kind === 'anonymous' && !apiClientIp(request.headers) ? null : await hitRateLimit(prisma, `api:${caller.credential}`, rateLimitRule(caller.kind));
    if (state) Object.assign(headers, rateLimitHeaders(state));
    if (state?.exceeded) {
      throw new ApiError('rate_limited', `Rate limit of ${state.limit} requests per ${state.windowSeconds} s reached. Retry in ${state.resetSeconds} s.`, {
        headers: { 'Retry-After': String(state.resetSeconds) },
      });
    }
    const version: ApiVersion = negotiateVersion(request.headers.get('api-version'), caller.pinnedVersion);
    headers['Api-Version'] = version;
    if (operation.access === 'authenticated' && caller.kind === 'anonymous') {
      throw new ApiError('unauthenticated', 'Send `Authorization: Bearer <API key or access token>`.');
    }
    assertScope(caller, operation.scope);

    const url = new URL(request.url);
    const params = parse(operation.params, (await route?.params) ?? {}, 'path');
    const query = parse(operation.query, queryObject(url), 'query');
    const raw = operation.method === 'GET' || operation.method === 'DELETE' ? { text: '', json: undefined } : await readBody(request);
    const body = parse(operation.body, raw.json, 'body');

    if (operation.method === 'POST') {
      const key = parseIdempotencyKey(request.headers.get('idempotency-key'));
      if (!key && operation.idempotency === 'required') {
        throw new ApiError('idempotency_key_required', 'This operation needs an Idempotency-Key header (a fresh UUID per attempt), so a retry never books twice.', {
          param: 'Idempotency-Key',
        });
      }
      if (key) {
        const claim = await claimIdempotencyKey(prisma, caller.credential, key, requestHash(request.method, url.pathname, raw.text));
        if (claim.kind === 'replay') {
          const stored = claim.answer.status >= 400 ? PROBLEM_CONTENT_TYPE : 'application/json';
          return json(claim.answer.status, claim.answer.body, { ...headers, 'Content-Type': stored, 'Idempotent-Replayed': 'true' });
        }
        idempotency = idempotencyFence(claim.recordId);
      }
    }

    const result = await operation.handler({ caller, params, query, body, request, version, idempotency });
    const status = operation.response.status;
    if (idempotency) await completeIdempotencyKey(prisma, idempotency.recordId, { status, body: result });
    if (operation.catalog) return cachedJson(request, status, result, headers, caller);
    return json(status, result, headers);
  } catch (error) {
    const { problem, headers: own } = problemOf(error);
    if (idempotency) {
      // A refusal is the answer (replayed as such); an unexpected failure frees the key for a retry.
      if (problem.status >= 500) await releaseIdempotencyKey(prisma, idempotency.recordId).catch(() => undefined);
      else await completeIdempotencyKey(prisma, idempotency.recordId, { status: problem.status, body: problem }).catch(() => undefined);
    }
    return json(problem.status, problem, { ...headers, ...own, 'Content-Type': PROBLEM_CONTENT_TYPE });
  }
}

/** Catalog reads: a strong ETag of the body (304 on If-None-Match), shared caching for anonymous callers only. */
function cachedJson(request: Request, status: number, body: unknown, headers: Record<string, string>, caller: ApiCaller): Response {
  const text = JSON.stringify(body);
  const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
  const cache = caller.kind === 'anonymous' ? 'public, max-age=60, stale-while-revalidate=60' : 'private, max-age=0, must-revalidate';
  const all = { ...headers, ETag: etag, 'Cache-Control': cache, Vary: 'Authorization, Api-Version' };
  const match = request.headers.get('if-none-match');
  if (match && match.split(',').some((tag) => tag.trim() === etag || tag.trim() === `W/${etag}`)) return new Response(null, { status: 304, headers: all });
  return new Response(text, { status, headers: { 'Content-Type': 'application/json', ...all } });
}
