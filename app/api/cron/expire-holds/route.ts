import { NextResponse } from 'next/server';
import { expireStaleHolds } from '@/lib/booking/expire-stale-holds';
import { prisma } from '@/lib/db/prisma';
import { isAuthorizedCron } from '@/lib/http/cron-auth';

// Tidies statuses only: lapsed holds already stopped blocking when they lapsed.
export async function GET(request: Request) {
  if (!isAuthorizedCron(request)) {
    return NextResponse.json({ error: { code: 'UNAUTHENTICATED', message: 'A valid CRON_SECRET bearer token is required.' } }, { status: 401 });
  }
  const expired = await expireStaleHolds(prisma);
  return NextResponse.json({ expired });
}

export const POST = GET;
