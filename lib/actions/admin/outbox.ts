'use server';

import { revalidatePath } from 'next/cache';
import { retryOutboxMessage, retryWebhookDelivery } from '@/lib/admin/outbox';
import { deliveryRetrySchema, outboxRetrySchema } from '@/lib/admin/schemas';
import { prisma } from '@/lib/db/prisma';
import { operatorAction } from '@/lib/http/actions';
import { deliverOutboxSoon } from '@/lib/outbox/deliver-soon';

export const retryOutboxMessageAction = operatorAction(
  outboxRetrySchema,
  async (data, { actor }) => {
    await retryOutboxMessage(prisma, actor, data);
  },
  {
    after: () => {
      deliverOutboxSoon();
      revalidatePath('/admin/outbox');
    },
  },
);

export const retryWebhookDeliveryAction = operatorAction(
  deliveryRetrySchema,
  async (data, { actor }) => {
    await retryWebhookDelivery(prisma, actor, data);
  },
  { after: () => revalidatePath('/admin/outbox') },
);
