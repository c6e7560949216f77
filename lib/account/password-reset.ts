import 'server-only';
import { hashPassword } from '@/lib/auth/password';
import type { Db } from '@/lib/db/prisma';
import { consumeRateLimit } from '@/lib/rate-limit';
import { useAccountToken } from './account-tokens';

// "Forgot password?": the answer never says whether an account exists (no enumeration); the link
// is emailed through the outbox, works once and for an hour, and setting a new password through it
// also voids every other reset link of the account.

export const PASSWORD_RESET_TOPIC = 'account.password_reset';
/** Per client address (the server action) and per email address (here), so nobody floods a mailbox. */
export const PASSWORD_RESET_RATE_LIMIT = { name: 'password-reset', limit: 10, windowSeconds: 60 * 60 };
const PER_EMAIL = { limit: 3, windowSeconds: 60 * 60 };

export async function requestPasswordReset(db: Db, email: string): Promise<void> {
  // Counted for any address, known or not, so the limit itself reveals nothing.
  await consumeRateLimit(db, `password-reset:email:${email.toLowerCase()}`, PER_EMAIL);
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true, disabledAt: true } });
  if (!user || user.disabledAt) return;
  await db.outboxMessage.create({ data: { topic: PASSWORD_RESET_TOPIC, payload: { userId: user.id } } });
}

export async function resetPassword(db: Db, token: string, password: string, now = new Date()): Promise<{ userId: string; email: string }> {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const row = await useAccountToken(tx, token, 'PASSWORD_RESET', now);
    await tx.accountToken.updateMany({ where: { userId: row.userId, purpose: 'PASSWORD_RESET', usedAt: null }, data: { usedAt: now } });
    // Receiving the link proves the address is theirs.
    const user = await tx.user.update({ where: { id: row.userId }, data: { passwordHash }, select: { id: true, email: true, emailVerifiedAt: true } });
    if (!user.emailVerifiedAt) await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: now } });
    return { userId: user.id, email: user.email };
  });
}
