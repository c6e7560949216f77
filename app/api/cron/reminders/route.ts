import { prisma } from '@/lib/db/prisma';
import { cronRoute } from '@/lib/http/routes';
import { deliverOutboxSoon } from '@/lib/outbox/deliver-soon';
import { scheduleNudges } from '@/lib/outbox/nudges';

// Reminders before bookings and review requests after them; each at most once per booking.
export const GET = cronRoute(async () => {
  const scheduled = await scheduleNudges(prisma);
  if (scheduled.reminders + scheduled.reviewRequests > 0) deliverOutboxSoon();
  return scheduled;
});
export const POST = GET;
