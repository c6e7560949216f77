import { randomBytes } from 'node:crypto';
import type { ActionCase } from '../matrix';

// API keys: owners create keys for their own business; a key of business A is not found for owner B.

const API_KEYS = 'lib/actions/business/api-keys.ts';

export const cases: ActionCase[] = [
  { module: API_KEYS, action: 'createApiKeyAction', allow: ['ownerA', 'ownerB'], input: async (w) => ({ name: `Matrix ${w.unique()}`, scopes: ['read'] }) },
  {
    module: API_KEYS,
    action: 'revokeApiKeyAction',
    allow: ['ownerA'],
    input: async (w) => {
      const key = await w.db.apiKey.create({
        data: { vendorId: w.vendorA.id, name: 'Matrix key', prefix: 'bk_test_matr', keyHash: randomBytes(32).toString('hex'), scopes: ['read'] },
      });
      return { keyId: key.id };
    },
  },
];
