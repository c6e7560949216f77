import { NextResponse } from 'next/server';
import { prisma } from '@/lib/db/prisma';
import { isAuthorizedCron } from '@/lib/http/cron-auth';
import { drainOutbox } from '@/lib/outbox/process-outbox';

// The safety net for side effects: delivers what the after-response kick missed and retries failures.
export async function GET(request: Request) {
  if (!isAuthorizedCron(request)) {
    return NextResponse.json({ error: { code: 'UNAUTHENTICATED', message: 'A valid CRON_SECRET bearer token is required.' } }, { status: 401 });
  }
  return NextResponse.json(await drainOutbox(prisma, { budgetMs: 20_000 }));
}

export const POST = GET;
