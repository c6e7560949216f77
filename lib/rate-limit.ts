import 'server-only';
import type { Db } from '@/lib/db/prisma';
import { RateLimited } from '@/lib/errors';

export type RateLimitRule = { limit: number; windowSeconds: number };
export type RateLimitState = { limit: number; remaining: number; resetSeconds: number; windowSeconds: number; exceeded: boolean };

/**
 * Fixed-window counter in PostgreSQL, shared by every server: one atomic upsert per call.
 * Counts one call for `key` and says how many are left in the current window.
 */
export async function hitRateLimit(db: Db, key: string, { limit, windowSeconds }: RateLimitRule): Promise<RateLimitState> {
  const rows = await db.$queryRaw<Array<{ count: number; windowStart: Date }>>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, now(), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(secs => ${windowSeconds}::double precision) THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(secs => ${windowSeconds}::double precision) THEN now() ELSE "RateLimitBucket"."windowStart" END
    RETURNING "count", "windowStart"`;
  const row = rows[0]!;
  const resetSeconds = Math.max(1, Math.ceil((row.windowStart.getTime() + windowSeconds * 1000 - Date.now()) / 1000));
  return { limit, remaining: Math.max(0, limit - row.count), resetSeconds, windowSeconds, exceeded: row.count > limit };
}

/** Throws RateLimited once `limit` calls were made for `key` in the current window. */
export async function consumeRateLimit(db: Db, key: string, rule: RateLimitRule) {
  const state = await hitRateLimit(db, key, rule);
  if (state.exceeded) {
    throw new RateLimited(`Too many attempts. Try again in ${Math.ceil(state.resetSeconds / 60)} minute(s).`, state.resetSeconds);
  }
}

/** No window is longer than a day: a bucket untouched for a day counts nothing and can go. */
const STALE_AFTER_SECONDS = 24 * 60 * 60;

/** Deletes buckets whose window ended long ago (each distinct IP or email leaves one behind). */
export async function purgeStaleRateLimits(db: Db, now = new Date()): Promise<number> {
  const { count } = await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - STALE_AFTER_SECONDS * 1000) } } });
  return count;
}
