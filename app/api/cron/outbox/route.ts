import { prisma } from '@/lib/db/prisma';
import { cronRoute } from '@/lib/http/routes';
import { drainOutbox } from '@/lib/outbox/process-outbox';
import { drainWebhooks } from '@/lib/webhooks/deliver-webhooks';

// The safety net for side effects: delivers what the after-response kick missed and retries failures (webhook deliveries included).
export const GET = cronRoute(async () => ({ ...(await drainOutbox(prisma, { budgetMs: 20_000 })), webhooks: await drainWebhooks(prisma, { budgetMs: 20_000 }) }));
export const POST = GET;
