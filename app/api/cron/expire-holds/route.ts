import { expireStaleHolds } from '@/lib/booking/expire-stale-holds';
import { prisma } from '@/lib/db/prisma';
import { cronRoute } from '@/lib/http/routes';

// Tidies statuses only: lapsed holds already stopped blocking when they lapsed.
export const GET = cronRoute(async () => ({ expired: await expireStaleHolds(prisma) }));
export const POST = GET;
