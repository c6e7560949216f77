// Client-safe: the API keys form validates with these in the browser too.
import '@/lib/validation/zod-config';
import { z } from 'zod';
import { id } from '@/lib/validation/fields';

export const API_KEY_SCOPES = ['read', 'write'] as const;

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, 'Name the key').max(80, 'Use at most 80 characters'),
  scopes: z
    .array(z.enum(API_KEY_SCOPES))
    .min(1, 'Choose at least one scope')
    .transform((scopes) => [...new Set(scopes)].sort()),
});
export type CreateApiKeyValues = z.input<typeof createApiKeySchema>;
export type CreateApiKeyInput = z.output<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({ keyId: id('Unknown key') });
