import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db/prisma';
import { NotFound } from '@/lib/errors';

// Magic links let a guest view, cancel or reschedule one booking without an account. The link
// carries a random token; only its SHA-256 is stored, so a database leak reveals no usable link.

const PURPOSE = 'MANAGE_BOOKING';
const DAY_MS = 86_400_000;

export class ManageLinkInvalid extends NotFound {}

/** Live links per booking: each email carries a new one; past this, issuing one revokes the oldest. */
export const MAX_LIVE_MANAGE_LINKS = 5;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new manage-link token for the booking, valid until 30 days after the booking ends. */
export async function issueManageToken(db: Pick<Db, 'booking' | 'magicLinkToken'>, bookingId: string): Promise<string> {
  const booking = await db.booking.findUniqueOrThrow({ where: { id: bookingId }, select: { endAt: true } });
  const token = randomBytes(32).toString('base64url');
  await db.magicLinkToken.create({
    data: { bookingId, tokenHash: hashToken(token), purpose: PURPOSE, expiresAt: new Date(booking.endAt.getTime() + 30 * DAY_MS) },
  });
  // Older links stay usable (earlier emails carry them) up to a cap: a booking whose links were
  // requested again and again ("send me my link") does not collect an unbounded set of live tokens.
  const stale = await db.magicLinkToken.findMany({ where: { bookingId, purpose: PURPOSE }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: MAX_LIVE_MANAGE_LINKS, select: { id: true } });
  if (stale.length > 0) await db.magicLinkToken.deleteMany({ where: { id: { in: stale.map((row) => row.id) } } });
  return token;
}

/** The booking a manage link opens, or ManageLinkInvalid for unknown, wrong-purpose or expired links. */
export async function resolveManageToken(db: Db, token: string, now = new Date()): Promise<{ bookingId: string }> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw new ManageLinkInvalid('This link is not valid.');
  const row = await db.magicLinkToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.purpose !== PURPOSE) throw new ManageLinkInvalid('This link is not valid. Check that you copied the whole link from your email.');
  if (row.expiresAt <= now) throw new ManageLinkInvalid('This link has expired.');
  await db.magicLinkToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  return { bookingId: row.bookingId };
}

export const manageUrl = (token: string) => `/manage/${token}`;
