import 'server-only';
import type { Db } from '@/lib/db/prisma';
import { RateLimited } from '@/lib/errors';

/**
 * Fixed-window counter in PostgreSQL, shared by every server: one atomic upsert per call.
 * Throws RateLimited once `limit` calls were made for `key` in the current window.
 */
export async function consumeRateLimit(db: Db, key: string, { limit, windowSeconds }: { limit: number; windowSeconds: number }) {
  const rows = await db.$queryRaw<Array<{ count: number; windowStart: Date }>>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, now(), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(secs => ${windowSeconds}::double precision) THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(secs => ${windowSeconds}::double precision) THEN now() ELSE "RateLimitBucket"."windowStart" END
    RETURNING "count", "windowStart"`;
  const row = rows[0]!;
  if (row.count > limit) {
    const retryAfter = Math.max(1, Math.ceil((row.windowStart.getTime() + windowSeconds * 1000 - Date.now()) / 1000));
    throw new RateLimited(`Too many attempts. Try again in ${Math.ceil(retryAfter / 60)} minute(s).`, retryAfter);
  }
}
