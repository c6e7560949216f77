import { prisma } from '@/lib/db/prisma';
import { cronRoute } from '@/lib/http/routes';
import { drainOutbox } from '@/lib/outbox/process-outbox';

// The safety net for side effects: delivers what the after-response kick missed and retries failures.
export const GET = cronRoute(() => drainOutbox(prisma, { budgetMs: 20_000 }));
export const POST = GET;
