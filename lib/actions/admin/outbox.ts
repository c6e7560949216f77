'use server';

import { revalidatePath } from 'next/cache';
import { operatorContext } from '@/lib/admin/operator-context';
import { retryOutboxMessage, retryWebhookDelivery } from '@/lib/admin/outbox';
import { deliveryRetrySchema, outboxRetrySchema } from '@/lib/admin/schemas';
import { prisma } from '@/lib/db/prisma';
import { runAction, type ActionResult } from '@/lib/http/action-result';
import { deliverOutboxSoon } from '@/lib/outbox/deliver-soon';

export async function retryOutboxMessageAction(input: unknown): Promise<ActionResult> {
  return runAction(outboxRetrySchema, input, async (data) => {
    const { operator } = await operatorContext();
    await retryOutboxMessage(prisma, operator, data);
    deliverOutboxSoon();
    revalidatePath('/admin/outbox');
    return undefined;
  });
}

export async function retryWebhookDeliveryAction(input: unknown): Promise<ActionResult> {
  return runAction(deliveryRetrySchema, input, async (data) => {
    const { operator } = await operatorContext();
    await retryWebhookDelivery(prisma, operator, data);
    revalidatePath('/admin/outbox');
    return undefined;
  });
}
