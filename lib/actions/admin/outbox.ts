'use server';

import { revalidatePath } from 'next/cache';
import { retryOutboxDelivery, retryOutboxMessage, retryWebhookDelivery, sendTestEmail } from '@/lib/admin/outbox';
import { deliveryRetrySchema, outboxDeliveryRetrySchema, outboxRetrySchema, testEmailSchema } from '@/lib/admin/schemas';
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

export const retryOutboxDeliveryAction = operatorAction(
  outboxDeliveryRetrySchema,
  async (data, { actor }) => {
    await retryOutboxDelivery(prisma, actor, data);
  },
  {
    after: () => {
      deliverOutboxSoon();
      revalidatePath('/admin/outbox');
    },
  },
);

export const sendTestEmailAction = operatorAction(testEmailSchema, async (data, { actor }) => sendTestEmail(prisma, actor, data), {
  after: () => revalidatePath('/admin/outbox'),
});
