import { expireStaleHolds } from '@/lib/booking/expire-stale-holds';
import { prisma } from '@/lib/db/prisma';
import { cronRoute } from '@/lib/http/routes';
import { purgeStaleRateLimits } from '@/lib/rate-limit';

// Tidies statuses only (lapsed holds already stopped blocking when they lapsed), and drops
// rate-limit buckets no window counts any more.
export const GET = cronRoute(async () => ({ expired: await expireStaleHolds(prisma), purgedRateLimits: await purgeStaleRateLimits(prisma) }));
export const POST = GET;
