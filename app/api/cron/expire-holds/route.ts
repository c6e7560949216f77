import { completeEndedBookings } from '@/lib/booking/complete-ended-bookings';
import { expireStaleHolds } from '@/lib/booking/expire-stale-holds';
import { prisma } from '@/lib/db/prisma';
import { cronRoute } from '@/lib/http/routes';
import { deliverOutboxSoon } from '@/lib/outbox/deliver-soon';
import { purgeStaleRateLimits } from '@/lib/rate-limit';

// Tidies statuses (lapsed holds already stopped blocking when they lapsed; ended bookings complete
// after their business's grace period), and drops rate-limit buckets no window counts any more.
export const GET = cronRoute(async () => {
  const expired = await expireStaleHolds(prisma);
  const ended = await completeEndedBookings(prisma);
  if (ended.completed > 0) deliverOutboxSoon();
  return { expired, completed: ended.completed, noShows: ended.noShows, purgedRateLimits: await purgeStaleRateLimits(prisma) };
});
export const POST = GET;
