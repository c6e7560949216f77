import { syncDueCalendars } from '@/lib/calendars/sync-external-calendars';
import { prisma } from '@/lib/db/prisma';
import { cronRoute } from '@/lib/http/routes';

// Every 15 minutes: re-imports staff members' external calendars (iCal feeds) that are due.
export const maxDuration = 60;

export const GET = cronRoute(() => syncDueCalendars(prisma, { budgetMs: 40_000 }));
export const POST = GET;
