import 'server-only';
import type { Db } from '@/lib/db/prisma';
import { RateLimited } from '@/lib/errors';
import { hitRateLimit } from '@/lib/rate-limit';
import { waitAfterFailures } from './sign-in-waits';

// Failed sign-ins slow down the pair (account, client address) that failed, with waits that grow;
// nobody else is locked out of the account (a per-email lock let anyone lock out a victim). A wait
// is answered at once with a 429, never by holding the request open. Counters live in
// RateLimitBucket (count = failures in a row, windowStart = the last one), purged after a day.

/** Failures from one address over all accounts (password spraying) before it is refused for a while. */
export const ADDRESS_FAILURES = { limit: 100, windowSeconds: 15 * 60 };
const FORGET_AFTER_MS = 24 * 3_600_000;

const pairKey = (email: string, address: string | null) => `signin:pair:${email}:${address ?? 'unknown'}`;
const addressKey = (address: string) => `signin:fail:ip:${address}`;

/**
 * Claims one attempt for this pair, or throws RateLimited with the wait left. The attempt counts as
 * a failure until `signInSucceeded` clears it, so parallel guesses cannot all slip through one gap.
 */
export async function claimSignInAttempt(db: Db, email: string, address: string | null, now = new Date()): Promise<void> {
  if (address) {
    const rows = await db.rateLimitBucket.findUnique({ where: { key: addressKey(address) } });
    if (rows && rows.count >= ADDRESS_FAILURES.limit && rows.windowStart.getTime() + ADDRESS_FAILURES.windowSeconds * 1000 > now.getTime()) {
      throw tooMany(Math.ceil((rows.windowStart.getTime() + ADDRESS_FAILURES.windowSeconds * 1000 - now.getTime()) / 1000));
    }
  }
  const key = pairKey(email, address);
  const waitMs = await db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<Array<{ count: number; windowStart: Date }>>`SELECT "count", "windowStart" FROM "RateLimitBucket" WHERE "key" = ${key} FOR UPDATE`;
    const failures = row && now.getTime() - row.windowStart.getTime() < FORGET_AFTER_MS ? row.count : 0;
    const openAt = row ? row.windowStart.getTime() + waitAfterFailures(failures) * 1000 : 0;
    if (openAt > now.getTime()) return openAt - now.getTime();
    await tx.rateLimitBucket.upsert({ where: { key }, create: { key, windowStart: now, count: 1 }, update: { windowStart: now, count: failures + 1 } });
    return 0;
  });
  if (waitMs > 0) throw tooMany(Math.ceil(waitMs / 1000));
}

/** The right password: the pair's failures are forgotten. */
export async function signInSucceeded(db: Db, email: string, address: string | null): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key: pairKey(email, address) } });
}

/** A wrong password: the pair keeps its claimed failure, and the address spends one of its budget. */
export async function signInFailed(db: Db, address: string | null): Promise<void> {
  if (address) await hitRateLimit(db, addressKey(address), ADDRESS_FAILURES);
}

function tooMany(seconds: number): RateLimited {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return new RateLimited(`Too many failed sign-ins. Try again in ${minutes === 1 ? '1 minute' : `${minutes} minutes`}.`, Math.max(1, seconds));
}
