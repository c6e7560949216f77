import 'server-only';
import { createHash } from 'node:crypto';
import type { Db, Tx } from '@/lib/db/prisma';
import { isUniqueViolation } from '@/lib/db/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { ApiError } from './problem';

// Idempotency-Key for POSTs, stored in PostgreSQL (so it holds across instances) per credential
// for 24 hours with a hash of method, path and body. The first request claims the key by
// inserting its row; a replay answers the stored status and body; the same key with another
// request is refused (422), and while the first is still running (409).
//
// Claim and effect are atomic: an operation that changes data (booking, cart checkout) stores its
// answer in the key's row inside the same transaction as the change (answerInTransaction), and
// that write succeeds only while the claim is still this request's. So a crash after the change
// committed leaves the answer to replay, however late the retry; a crash before it leaves a bare
// claim that a retry takes over after IN_FLIGHT_TIMEOUT_MS; and a request so slow that a retry
// took its claim over is rolled back instead of booking a second time.

export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;
const IN_FLIGHT_TIMEOUT_MS = 2 * 60_000;
const KEY = /^[\x21-\x7e]{1,255}$/;

export type StoredAnswer = { status: number; body: unknown };
export type Claim = { kind: 'claimed'; recordId: string } | { kind: 'replay'; answer: StoredAnswer };

export const requestHash = (method: string, path: string, body: string) => createHash('sha256').update(`${method} ${path}\n${body}`).digest('hex');

export function parseIdempotencyKey(header: string | null): string | null {
  if (header === null) return null;
  if (!KEY.test(header)) throw new ApiError('malformed_request', 'Idempotency-Key must be 1–255 visible ASCII characters (a UUID is a good choice).', { param: 'Idempotency-Key' });
  return header;
}

export async function claimIdempotencyKey(db: Db, scope: string, key: string, hash: string, now = new Date()): Promise<Claim> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const record = await db.idempotencyRecord.create({ data: { scope, key, requestHash: hash, createdAt: now } });
      return { kind: 'claimed', recordId: record.id };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const existing = await db.idempotencyRecord.findUnique({ where: { scope_key: { scope, key } } });
    if (!existing) continue; // expired and removed meanwhile: claim again
    if (now.getTime() - existing.createdAt.getTime() > IDEMPOTENCY_TTL_MS) {
      await db.idempotencyRecord.deleteMany({ where: { id: existing.id, createdAt: existing.createdAt } });
      continue;
    }
    if (existing.requestHash !== hash) {
      throw new ApiError('idempotency_key_reused', 'This Idempotency-Key was already used with another request (method, path or body differ). Use a new key for a new request.', {
        param: 'Idempotency-Key',
      });
    }
    const abandoned = existing.responseStatus === null && now.getTime() - existing.createdAt.getTime() > IN_FLIGHT_TIMEOUT_MS;
    if (abandoned) {
      // Its server died mid-request (a finished or failed request always completes or releases it).
      await db.idempotencyRecord.deleteMany({ where: { id: existing.id, responseStatus: null } });
      continue;
    }
    if (existing.responseStatus === null) {
      throw new ApiError('idempotency_request_in_progress', 'A request with this Idempotency-Key is still running. Retry in a moment to get its answer.', {
        param: 'Idempotency-Key',
        headers: { 'Retry-After': '1' },
      });
    }
    return { kind: 'replay', answer: { status: existing.responseStatus, body: existing.responseBody } };
  }
  throw new ApiError('idempotency_request_in_progress', 'This Idempotency-Key is being claimed by another request. Retry in a moment.', { param: 'Idempotency-Key' });
}

/** The claimed key as a handler sees it: store the answer with the effect, in one transaction. */
export type IdempotencyFence = { recordId: string; answerInTransaction: (tx: Tx, answer: StoredAnswer) => Promise<void> };

export function idempotencyFence(recordId: string): IdempotencyFence {
  return { recordId, answerInTransaction: (tx, answer) => answerInTransaction(tx, recordId, answer) };
}

/**
 * Stores the answer inside the transaction that makes the change it answers. Fails (rolling the
 * change back) when the claim is no longer this request's: a retry took it over, or it is answered.
 */
export async function answerInTransaction(tx: Tx, recordId: string, answer: StoredAnswer) {
  const { count } = await tx.idempotencyRecord.updateMany({
    where: { id: recordId, responseStatus: null },
    data: { responseStatus: answer.status, responseBody: answer.body as Prisma.InputJsonValue },
  });
  if (count !== 1) {
    throw new ApiError('idempotency_request_in_progress', 'Another attempt with this Idempotency-Key took over this request; retry to get its answer.', {
      param: 'Idempotency-Key',
      headers: { 'Retry-After': '1' },
    });
  }
}

/** Stores the answer to replay (unless the handler already stored it with its change). */
export async function completeIdempotencyKey(db: Db, recordId: string, answer: StoredAnswer) {
  await db.idempotencyRecord.updateMany({ where: { id: recordId, responseStatus: null }, data: { responseStatus: answer.status, responseBody: answer.body as Prisma.InputJsonValue } });
}

/** An unexpected failure is not an answer: the key is released so the client may retry. */
export async function releaseIdempotencyKey(db: Db, recordId: string) {
  await db.idempotencyRecord.deleteMany({ where: { id: recordId } });
}
