import 'server-only';
import type { Db } from '@/lib/db/prisma';
import type { MemberActor } from '@/lib/domain/actor';
import { Forbidden, NotFound } from '@/lib/errors';
import { bookingIdFromCheckInToken } from '@/lib/booking/check-in-token';

// The front desk: a member scans a booking's QR code (a signed check-in token) or types its
// reference, and gets the booking to check in. A token names one booking; only members of that
// booking's business may open it. A typed reference is looked up within the member's business.

const REFERENCE = /^BK-[0-9A-Z]{6}$/;

export async function bookingForCheckInToken(db: Db, actor: MemberActor, token: string): Promise<string> {
  const bookingId = bookingIdFromCheckInToken(token);
  if (!bookingId) throw new NotFound('This check-in code is not valid. Type the booking reference instead.');
  const booking = await db.booking.findUnique({ where: { id: bookingId }, select: { id: true, vendorId: true } });
  if (!booking) throw new NotFound('This booking does not exist.');
  if (booking.vendorId !== actor.vendorId) throw new Forbidden('This booking is with another business: only its own team can check it in.');
  return booking.id;
}

/** A reference as typed ("bk 7f3k2q", "7F3K2Q") → the business's booking with that reference. */
export async function bookingForReference(db: Db, actor: MemberActor, typed: string): Promise<string> {
  const compact = typed.trim().toUpperCase().replace(/\s+/g, '').replace(/^BK-?/, '');
  const reference = `BK-${compact}`;
  if (!REFERENCE.test(reference)) throw new NotFound('Type a booking reference like BK-7F3K2Q.');
  const booking = await db.booking.findFirst({ where: { reference, vendorId: actor.vendorId }, select: { id: true } });
  if (!booking) throw new NotFound(`No booking ${reference} at your business.`);
  return booking.id;
}

/** What the front desk typed or scanned: a whole check-in URL, a token, or a reference. */
export async function bookingForCheckIn(db: Db, actor: MemberActor, typed: string): Promise<string> {
  const value = typed.trim();
  const token = value.match(/check-in\/(c1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/)?.[1] ?? (value.startsWith('c1.') ? value : null);
  return token ? bookingForCheckInToken(db, actor, token) : bookingForReference(db, actor, value);
}
