import 'server-only';
import { after } from 'next/server';
import { prisma } from '@/lib/db/prisma';
import { deliverDueWebhooks } from './deliver-webhooks';
import { logger } from '@/lib/observability/logger';

/** Sends due webhooks (a test event, a redelivery) after the response; the cron route is the safety net. */
export function deliverWebhooksSoon(): void {
  const run = () => deliverDueWebhooks(prisma, { limit: 50 }).then(
    () => undefined,
    (error) => logger.error({ err: error }, 'Delivering webhooks failed; the cron job will retry'),
  );
  try {
    after(run);
  } catch {
    void run(); // outside a request scope
  }
}
