'use server';

import { revalidatePath } from 'next/cache';
import { CURRENT_API_VERSION } from '@/lib/api/versions';
import { createApiKeySchema, revokeApiKeySchema } from '@/lib/business/api-key-schemas';
import { createApiKey, revokeApiKey } from '@/lib/business/api-keys';
import { prisma } from '@/lib/db/prisma';
import { memberAction } from '@/lib/http/actions';
import { paymentsConfig } from '@/lib/payments/config';
import { API_KEYS } from './paths';

// API keys are the owners' to manage; the secret goes back to the form once and is never stored.

export const createApiKeyAction = memberAction(
  createApiKeySchema,
  async (data, { actor }) => {
    const { key, secret } = await createApiKey(prisma, actor, data, { mode: paymentsConfig().mode === 'test' ? 'test' : 'live', apiVersion: CURRENT_API_VERSION });
    return { id: key.id, name: key.name, secret };
  },
  { ownerOnly: 'manage API keys', after: () => revalidatePath(API_KEYS) },
);

export const revokeApiKeyAction = memberAction(
  revokeApiKeySchema,
  async (data, { actor }) => {
    await revokeApiKey(prisma, actor, data.keyId);
  },
  { ownerOnly: 'manage API keys', after: () => revalidatePath(API_KEYS) },
);
