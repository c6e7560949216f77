import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { DbOrTx } from '@/lib/db/prisma';
import type { AccountTokenPurpose } from '@/lib/generated/prisma/enums';
import { NotFound } from '@/lib/errors';

// One-time emailed links for a password reset or an email change: a random token in the link,
// only its SHA-256 in the database, single use, short-lived.

export const TOKEN_HOURS: Record<AccountTokenPurpose, number> = { PASSWORD_RESET: 1, EMAIL_CHANGE: 24 };

export class AccountLinkInvalid extends NotFound {}

export const hashAccountToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const looksLikeToken = (token: string) => /^[A-Za-z0-9_-]{20,100}$/.test(token);

export async function issueAccountToken(db: DbOrTx, userId: string, purpose: AccountTokenPurpose, now: Date, newEmail?: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.accountToken.create({
    data: { userId, purpose, newEmail: newEmail ?? null, tokenHash: hashAccountToken(token), expiresAt: new Date(now.getTime() + TOKEN_HOURS[purpose] * 3_600_000) },
  });
  return token;
}

/**
 * Uses a link inside the caller's transaction: exactly one caller wins a token, and a used,
 * expired or unknown one is refused with a message saying which.
 */
export async function useAccountToken(tx: DbOrTx, token: string, purpose: AccountTokenPurpose, now: Date) {
  if (!looksLikeToken(token)) throw new AccountLinkInvalid('This link is not valid. Check that you copied the whole link from your email.');
  const tokenHash = hashAccountToken(token);
  const used = await tx.accountToken.updateMany({ where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  const row = await tx.accountToken.findUnique({ where: { tokenHash } });
  if (!row || row.purpose !== purpose) throw new AccountLinkInvalid('This link is not valid. Check that you copied the whole link from your email.');
  if (used.count === 0) throw new AccountLinkInvalid(row.usedAt ? 'This link was already used. Ask for a new one if you still need it.' : 'This link has expired. Ask for a new one.');
  return row;
}

/** Whether a reset link can still be used (the page asks before showing the form). */
export async function accountTokenUsable(db: DbOrTx, token: string, purpose: AccountTokenPurpose, now = new Date()): Promise<boolean> {
  if (!looksLikeToken(token)) return false;
  const row = await db.accountToken.findUnique({ where: { tokenHash: hashAccountToken(token) }, select: { purpose: true, usedAt: true, expiresAt: true } });
  return !!row && row.purpose === purpose && !row.usedAt && row.expiresAt > now;
}
