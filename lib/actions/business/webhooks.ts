'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { prisma } from '@/lib/db/prisma';
import { memberAction } from '@/lib/http/actions';
import { createEndpointSchema, endpointIdSchema, redeliverSchema, updateEndpointSchema } from '@/lib/webhooks/endpoint-schemas';
import { createEndpoint, deleteEndpoint, rotateEndpointSecret, sendTestEvent, updateEndpoint } from '@/lib/webhooks/endpoints';
import { deliverWebhooksSoon } from '@/lib/webhooks/deliver-soon';
import { redeliver } from '@/lib/webhooks/redeliver';
import { WEBHOOKS } from './paths';

// Webhook endpoints are the owners' to manage; a secret goes back to the form once (create, rotate).

const WHAT = 'manage webhooks';
const refresh = () => revalidatePath(WEBHOOKS);

export const createWebhookEndpointAction = memberAction(
  createEndpointSchema,
  async (data, { actor }) => {
    const { endpoint, secret } = await createEndpoint(prisma, actor, data);
    return { id: endpoint.id, url: endpoint.url, secret };
  },
  { ownerOnly: WHAT, after: refresh },
);

export const updateWebhookEndpointAction = memberAction(
  updateEndpointSchema,
  async (data, { actor }) => {
    await updateEndpoint(prisma, actor, data);
  },
  { ownerOnly: WHAT, after: refresh },
);

export const deleteWebhookEndpointAction = memberAction(
  endpointIdSchema,
  async (data, { actor }) => {
    await deleteEndpoint(prisma, actor, data.endpointId);
  },
  { ownerOnly: WHAT, after: refresh },
);

export const rotateWebhookSecretAction = memberAction(
  endpointIdSchema,
  async (data, { actor }) => {
    const { secret } = await rotateEndpointSecret(prisma, actor, data.endpointId);
    return { secret };
  },
  { ownerOnly: WHAT, after: refresh },
);

export const sendWebhookTestAction = memberAction(
  endpointIdSchema,
  async (data, { actor }) => {
    const { eventId } = await sendTestEvent(prisma, actor, data.endpointId);
    deliverWebhooksSoon();
    return { eventId };
  },
  { ownerOnly: WHAT, after: refresh },
);

/** One event again, or everything failed in the last `days` days. */
export const redeliverWebhooksAction = memberAction(
  z.union([redeliverSchema, z.object({ endpointId: z.uuid(), days: z.int().min(1).max(30) })]),
  async (data, { actor }) => {
    const input = 'days' in data ? { endpointId: data.endpointId, since: new Date(Date.now() - data.days * 86_400_000) } : data;
    const result = await redeliver(prisma, actor, input);
    deliverWebhooksSoon();
    return result;
  },
  { ownerOnly: WHAT, after: refresh },
);
