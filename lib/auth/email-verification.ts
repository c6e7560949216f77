import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { Db, DbOrTx } from '@/lib/db/prisma';
import { NotFound } from '@/lib/errors';

// Email verification: at sign-up the outbox emails a one-time link (a random token; only its
// SHA-256 is stored). Opening it proves the account owns the address, and only then do the guest
// bookings made with that address join the account, so nobody collects another person's bookings
// by signing up with their email.

export const VERIFY_EMAIL_TOPIC = 'account.verify_email';
const LINK_HOURS = 48;

export class VerificationLinkInvalid extends NotFound {}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const verifyEmailPath = (token: string) => `/verify-email/${token}`;

/** Queues the verification email (in the caller's transaction, so a rolled-back sign-up sends nothing). */
export async function requestEmailVerification(db: DbOrTx, userId: string): Promise<void> {
  await db.outboxMessage.create({ data: { topic: VERIFY_EMAIL_TOPIC, payload: { userId } } });
}

/** A fresh link token for the account, valid for 48 hours. */
export async function issueVerificationToken(db: Pick<Db, 'emailVerificationToken'>, userId: string, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.emailVerificationToken.create({ data: { userId, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + LINK_HOURS * 3_600_000) } });
  return token;
}

/**
 * Uses a link: marks the account's email verified and links the guest bookings made with that
 * address (any case) to it, in one transaction. A used, expired or unknown link is refused.
 */
export async function verifyEmail(db: Db, token: string, now = new Date()): Promise<{ userId: string; linkedBookings: number }> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw new VerificationLinkInvalid('This link is not valid.');
  return db.$transaction(async (tx) => {
    const used = await tx.emailVerificationToken.updateMany({ where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    const row = await tx.emailVerificationToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: { select: { email: true } } } });
    if (!row) throw new VerificationLinkInvalid('This link is not valid. Check that you copied the whole link from your email.');
    if (used.count === 0) throw new VerificationLinkInvalid(row.usedAt ? 'This link was already used: your email is verified.' : 'This link has expired. Sign in and ask for a new one.');
    await tx.user.update({ where: { id: row.userId }, data: { emailVerifiedAt: now } });
    const linked = await tx.booking.updateMany({ where: { customerId: null, contactEmail: { equals: row.user.email, mode: 'insensitive' } }, data: { customerId: row.userId } });
    return { userId: row.userId, linkedBookings: linked.count };
  });
}
