import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db/prisma';
import type { MemberActor } from '@/lib/domain/actor';
import { NotFound } from '@/lib/errors';
import { parseInput } from '@/lib/booking/parse';
import { createApiKeySchema, type CreateApiKeyValues } from './api-key-schemas';
import { requireOwner } from './ownership';

// API keys of a business: owners create, list and revoke them. The secret is shown once and
// only its SHA-256 hash is stored; a key acts as the business's owner within its scopes.

/** Keys start with bk_test_ while payments run in test mode (no real money), else bk_live_. */
export type ApiKeyMode = 'live' | 'test';


export const hashApiKey = (secret: string) => createHash('sha256').update(secret).digest('hex');
export const isApiKeyLike = (value: string) => /^bk_(live|test)_[A-Za-z0-9_-]{20,}$/.test(value);

export async function createApiKey(db: Db, actor: MemberActor, input: CreateApiKeyValues, options: { mode: ApiKeyMode; apiVersion: string }) {
  requireOwner(actor, 'manage API keys');
  const { name, scopes } = parseInput(createApiKeySchema, input);
  const secret = `bk_${options.mode}_${randomBytes(24).toString('base64url')}`;
  const key = await db.apiKey.create({
    data: {
      vendorId: actor.vendorId,
      name,
      scopes,
      prefix: secret.slice(0, 12),
      keyHash: hashApiKey(secret),
      createdById: actor.userId ?? null,
      apiVersion: options.apiVersion,
    },
  });
  return { key: publicKey(key), secret };
}

export async function listApiKeys(db: Db, actor: MemberActor) {
  requireOwner(actor, 'manage API keys');
  const keys = await db.apiKey.findMany({ where: { vendorId: actor.vendorId }, orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }] });
  return keys.map(publicKey);
}

/** Revokes one of the business's keys at once; another business's key reads as missing. */
export async function revokeApiKey(db: Db, actor: MemberActor, keyId: string, now = new Date()) {
  requireOwner(actor, 'manage API keys');
  const { count } = await db.apiKey.updateMany({ where: { id: keyId, vendorId: actor.vendorId, revokedAt: null }, data: { revokedAt: now } });
  if (count === 0) {
    const exists = await db.apiKey.findFirst({ where: { id: keyId, vendorId: actor.vendorId }, select: { id: true } });
    if (!exists) throw new NotFound('API key not found.');
  }
}

type KeyRow = { id: string; name: string; prefix: string; scopes: string[]; apiVersion: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null };
const publicKey = (key: KeyRow) => ({
  id: key.id,
  name: key.name,
  prefix: key.prefix,
  scopes: key.scopes,
  apiVersion: key.apiVersion,
  createdAt: key.createdAt,
  lastUsedAt: key.lastUsedAt,
  revokedAt: key.revokedAt,
});
export type ApiKeySummary = ReturnType<typeof publicKey>;

/** The live key behind a secret, with its business (null when unknown or revoked). Marks it used, at most once a minute. */
export async function findApiKeyBySecret(db: Db, secret: string, now = new Date()) {
  const key = await db.apiKey.findUnique({ where: { keyHash: hashApiKey(secret) }, include: { vendor: { select: { id: true, status: true } } } });
  if (!key || key.revokedAt) return null;
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > 60_000) {
    await db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: now } });
  }
  return key;
}
