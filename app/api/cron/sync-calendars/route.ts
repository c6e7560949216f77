import { NextResponse } from 'next/server';
import { prisma } from '@/lib/db/prisma';
import { isAuthorizedCron } from '@/lib/http/cron-auth';
import { syncDueCalendars } from '@/lib/calendars/sync-external-calendars';

// Every 15 minutes: re-imports staff members' external calendars (iCal feeds) that are due.
export const maxDuration = 60;

export async function GET(request: Request) {
  if (!isAuthorizedCron(request)) {
    return NextResponse.json({ error: { code: 'UNAUTHENTICATED', message: 'A valid CRON_SECRET bearer token is required.' } }, { status: 401 });
  }
  return NextResponse.json(await syncDueCalendars(prisma, { budgetMs: 40_000 }));
}

export const POST = GET;
