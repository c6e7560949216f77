import 'server-only';
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import type { Db, DbOrTx, Tx } from '@/lib/db/prisma';
import { PolicyViolation, ValidationFailed } from '@/lib/errors';
import type { VerificationChannel } from '@/lib/generated/prisma/enums';
import { consumeRateLimit } from '@/lib/rate-limit';

// Guest verification (seed workspace): where the business asks for it, a guest's hold goes
// ahead (paid, or answered as a request) only once the guest has typed the one-time code sent to
// their email, and to their phone as well when the business texts and SMS is configured. No
// account is needed; only a code's hash is stored; codes expire and allow a few tries only.

export const GUEST_CODE_TOPIC = 'guest.verification_code';
const CODE_MINUTES = 15;
const MAX_TRIES = 5;
/** New codes per booking and channel: enough for a typo in the address, not for flooding it. */
const RESENDS = { limit: 3, windowSeconds: 15 * 60 };

const hashCode = (verificationId: string, code: string) => createHash('sha256').update(`${verificationId}:${code}`).digest('hex');

/** SMS is configured when a provider is set (texts otherwise only reach the dev mailbox). */
export const smsConfigured = () => Boolean(process.env.TWILIO_ACCOUNT_SID && process.env.TWILIO_AUTH_TOKEN && process.env.TWILIO_FROM);

type NewHold = { id: string; holdExpiresAt: Date | null; contactEmail: string; contactPhone: string | null };
type Business = { verifyGuests: boolean; smsEnabled: boolean };

/** At booking (same transaction): which codes a guest's hold waits for, each queued to be sent. */
export async function requireGuestVerification(tx: Tx, booking: NewHold, business: Business) {
  if (!business.verifyGuests || !booking.holdExpiresAt) return;
  const channels: Array<{ channel: VerificationChannel; target: string }> = [{ channel: 'EMAIL', target: booking.contactEmail }];
  if (business.smsEnabled && booking.contactPhone && smsConfigured()) channels.push({ channel: 'SMS', target: booking.contactPhone });
  for (const { channel, target } of channels) {
    const row = await tx.guestVerification.create({ data: { bookingId: booking.id, channel, target } });
    await tx.outboxMessage.create({ data: { topic: GUEST_CODE_TOPIC, bookingId: booking.id, payload: { verificationId: row.id } } });
  }
}

/** The codes still to confirm for a booking, with where each was sent. */
export function pendingGuestVerifications(db: DbOrTx, bookingId: string) {
  return db.guestVerification.findMany({ where: { bookingId, verifiedAt: null }, orderBy: { channel: 'asc' }, select: { id: true, channel: true, target: true, sentAt: true } });
}

const WAITING = { EMAIL: 'confirmed their email', SMS: 'confirmed their phone' } as const;

/** Refuses to let an unverified hold go ahead (payment, approval). */
export async function assertGuestVerified(tx: DbOrTx, bookingIds: string[], who: 'guest' | 'business') {
  const pending = await tx.guestVerification.findMany({ where: { bookingId: { in: bookingIds }, verifiedAt: null }, select: { channel: true } });
  if (pending.length === 0) return;
  const what = [...new Set(pending.map((p) => WAITING[p.channel]))].join(' and ');
  throw new PolicyViolation(
    who === 'guest' ? `Enter the code we sent you first: this booking goes ahead once you have ${what}.` : `The guest has not ${what} yet; the request can be answered once they have.`,
  );
}

/** A fresh code for the outbox to send (called by its handler): replaces any earlier one. */
export async function issueGuestCode(db: DbOrTx, verificationId: string, now: Date): Promise<{ code: string; target: string; channel: VerificationChannel; bookingId: string } | null> {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const row = await db.guestVerification.findUnique({ where: { id: verificationId } });
  if (!row || row.verifiedAt) return null;
  await db.guestVerification.update({ where: { id: row.id }, data: { codeHash: hashCode(row.id, code), expiresAt: new Date(now.getTime() + CODE_MINUTES * 60_000), attempts: 0, sentAt: now } });
  return { code, target: row.target, channel: row.channel, bookingId: row.bookingId };
}

/** The guest types a code. Wrong codes count; after five the code is void and a new one is needed. */
export async function verifyGuestCode(db: Db, bookingId: string, channel: VerificationChannel, code: string, now = new Date()): Promise<{ remaining: number }> {
  // The outcome is decided in the transaction and thrown after it, so a wrong try's count is kept.
  const outcome = await db.$transaction(async (tx): Promise<{ remaining: number } | { refused: string }> => {
    const rows = await tx.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "GuestVerification" WHERE "bookingId" = ${bookingId}::uuid AND "channel" = ${channel}::"VerificationChannel" FOR UPDATE`;
    const row = rows[0] ? await tx.guestVerification.findUniqueOrThrow({ where: { id: rows[0].id } }) : null;
    if (!row) return { refused: 'This booking has no code to confirm.' };
    if (row.verifiedAt) return { remaining: (await pendingGuestVerifications(tx, bookingId)).length };
    if (!row.codeHash || !row.expiresAt) return { refused: 'The code is on its way. Check your messages in a minute.' };
    if (row.attempts >= MAX_TRIES) return { refused: 'Too many wrong codes. Ask for a new code.' };
    if (row.expiresAt <= now) return { refused: 'This code has expired. Ask for a new code.' };
    const given = Buffer.from(hashCode(row.id, code.trim()));
    if (!/^\d{6}$/.test(code.trim()) || !timingSafeEqual(given, Buffer.from(row.codeHash))) {
      await tx.guestVerification.update({ where: { id: row.id }, data: { attempts: { increment: 1 } } });
      const left = MAX_TRIES - row.attempts - 1;
      return { refused: left > 0 ? `That code is not right. ${left} ${left === 1 ? 'try' : 'tries'} left.` : 'Too many wrong codes. Ask for a new code.' };
    }
    await tx.guestVerification.update({ where: { id: row.id }, data: { verifiedAt: now, codeHash: null } });
    return { remaining: (await pendingGuestVerifications(tx, bookingId)).length };
  });
  if ('refused' in outcome) throw new ValidationFailed(outcome.refused, { code: [outcome.refused] });
  return outcome;
}

/** Sends a new code (rate limited per booking and channel). */
export async function resendGuestCode(db: Db, bookingId: string, channel: VerificationChannel) {
  const row = await db.guestVerification.findFirst({ where: { bookingId, channel, verifiedAt: null }, select: { id: true } });
  if (!row) throw new ValidationFailed('There is no code to send again.');
  await consumeRateLimit(db, `guest-code:${bookingId}:${channel}`, RESENDS);
  await db.outboxMessage.create({ data: { topic: GUEST_CODE_TOPIC, bookingId, payload: { verificationId: row.id } } });
}
