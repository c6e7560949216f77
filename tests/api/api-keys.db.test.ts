import { beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, findApiKeyBySecret, hashApiKey, listApiKeys, revokeApiKey } from '@/lib/business/api-keys';
import type { MemberActor } from '@/lib/domain/actor';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { givenVendor } from '../support/scenario';

// API keys of a business: the secret is shown once and stored only as a hash; owners list and
// revoke their own keys, never another business's.

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

async function owners() {
  const a = await givenVendor(t.db).ready;
  const b = await givenVendor(t.db).ready;
  return { a: a.actor as MemberActor, b: b.actor as MemberActor, staffOfA: { ...(a.actor as MemberActor), role: 'STAFF' } as MemberActor };
}

describe('API keys', () => {
  it('creates a bk_test_ key in test payment mode, stores only its SHA-256 hash and finds it by the secret', async () => {
    const { a } = await owners();
    const { key, secret } = await createApiKey(t.db, a, { name: ' Channel manager ', scopes: ['write', 'read', 'read'] }, { mode: 'test', apiVersion: '2026-12-03' });
    expect(secret).toMatch(/^bk_test_[A-Za-z0-9_-]{32}$/);
    expect(key).toMatchObject({ name: 'Channel manager', scopes: ['read', 'write'], prefix: secret.slice(0, 12), apiVersion: '2026-12-03', lastUsedAt: null, revokedAt: null });
    const row = await t.db.apiKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(row.keyHash).toBe(hashApiKey(secret));
    expect(JSON.stringify(row)).not.toContain(secret);

    const now = new Date();
    expect((await findApiKeyBySecret(t.db, secret, now))?.id).toBe(key.id);
    expect((await t.db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt).toEqual(now);
    expect(await findApiKeyBySecret(t.db, `${secret}x`)).toBeNull();
  });

  it('live keys start with bk_live_', async () => {
    const { a } = await owners();
    const { secret } = await createApiKey(t.db, a, { name: 'Live', scopes: ['read'] }, { mode: 'live', apiVersion: '2026-12-03' });
    expect(secret.startsWith('bk_live_')).toBe(true);
  });

  it('a revoked key no longer authenticates and stays listed as revoked', async () => {
    const { a } = await owners();
    const { key, secret } = await createApiKey(t.db, a, { name: 'Door system', scopes: ['read'] }, { mode: 'test', apiVersion: '2026-12-03' });
    await revokeApiKey(t.db, a, key.id);
    await revokeApiKey(t.db, a, key.id); // twice is fine
    expect(await findApiKeyBySecret(t.db, secret)).toBeNull();
    const listed = await listApiKeys(t.db, a);
    expect(listed.find((k) => k.id === key.id)?.revokedAt).toBeInstanceOf(Date);
    expect(listed[0]).not.toHaveProperty('keyHash');
  });

  it('another business cannot revoke (or see) your key: it reads as not found', async () => {
    const { a, b } = await owners();
    const { key, secret } = await createApiKey(t.db, a, { name: 'Mine', scopes: ['read'] }, { mode: 'test', apiVersion: '2026-12-03' });
    await expect(revokeApiKey(t.db, b, key.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listApiKeys(t.db, b)).map((k) => k.id)).not.toContain(key.id);
    expect(await findApiKeyBySecret(t.db, secret)).not.toBeNull();
  });

  it('only owners manage keys', async () => {
    const { staffOfA } = await owners();
    await expect(createApiKey(t.db, staffOfA, { name: 'Nope', scopes: ['read'] }, { mode: 'test', apiVersion: '2026-12-03' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listApiKeys(t.db, staffOfA)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a key without a name or scope', async () => {
    const { a } = await owners();
    await expect(createApiKey(t.db, a, { name: '', scopes: [] }, { mode: 'test', apiVersion: '2026-12-03' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: { name: ['Name the key'], scopes: ['Choose at least one scope'] },
    });
  });
});
