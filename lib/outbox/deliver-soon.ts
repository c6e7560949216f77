import 'server-only';
import { after } from 'next/server';
import { prisma } from '@/lib/db/prisma';
import { deliverDueWebhooks } from '@/lib/webhooks/deliver-webhooks';
import { processOutbox } from './process-outbox';
import { logger } from '@/lib/observability/logger';

// Emails, notifications and webhooks should not wait for the cron safety net: after a request that wrote
// outbox messages, deliver them in the background once the response has been sent.

let running: Promise<void> | null = null;
let again = false;

/**
 * Delivers pending outbox messages soon: after the response inside a request (server actions, route
 * handlers), at once elsewhere (scripts, tests). Never throws; failures stay in the outbox for retry.
 */
export function deliverOutboxSoon(): void {
  try {
    after(drainInBackground);
  } catch {
    void drainInBackground(); // outside a request scope
  }
}

function drainInBackground(): Promise<void> {
  if (running) {
    again = true; // one more pass after the current one picks up what this request wrote
    return running;
  }
  running = (async () => {
    try {
      do {
        again = false;
        for (let round = 0; round < 4; round += 1) {
          const { claimed, deliveries } = await processOutbox(prisma, { now: new Date(), limit: 25 });
          if (claimed < 25 && deliveries.claimed < 100) break;
        }
        await deliverDueWebhooks(prisma, { now: new Date(), limit: 50 }); // webhooks written with the change
      } while (again);
    } catch (error) {
      logger.error({ err: error }, 'Delivering the outbox failed; the cron job will retry');
    } finally {
      running = null;
    }
  })();
  return running;
}
