import { randomUUID } from 'node:crypto';
import { createApiKey } from '@/lib/business/api-keys';
import type { Db } from '@/lib/db/prisma';
import type { MemberActor } from '@/lib/domain/actor';

// Calls /api/v1 route handlers as Next.js does: a real Request, the route's params as a promise.

type Handler = (request: Request, route?: { params: Promise<unknown> }) => Promise<Response>;

export type Call = { method?: string; path: string; token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string>; params?: Record<string, string> };

export async function call(handler: Handler, { method = 'GET', path, token, body, rawBody, headers = {}, params = {} }: Call) {
  const init: RequestInit = { method, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } };
  if (rawBody !== undefined || body !== undefined) {
    init.body = rawBody ?? JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
  }
  const response = await handler(new Request(`http://localhost/api/v1${path}`, init), { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

export const idempotent = (key: string = randomUUID()) => ({ 'idempotency-key': key });

export async function keyFor(db: Db, actor: MemberActor, scopes: Array<'read' | 'write'> = ['read', 'write']) {
  return (await createApiKey(db, actor, { name: `Test key ${randomUUID().slice(0, 6)}`, scopes }, { mode: 'test', apiVersion: '2026-12-03' })).secret;
}

/** A whole hour `days` from now (UTC), as the API's callers send times. */
export function hoursFromNow(hours: number): string {
  const at = new Date(Date.now() + hours * 3_600_000);
  at.setUTCMinutes(0, 0, 0);
  return at.toISOString();
}
