import 'server-only';
import type { Db, DbOrTx } from '@/lib/db/prisma';
import { BLOCKING_STATUSES } from '@/lib/domain/booking-status';
import { PolicyViolation } from '@/lib/errors';
import { checkPassword } from './email-change';

// Deleting an account: the person goes; their bookings stay in the business's records with the
// contact anonymised (the reference, times, amounts and history are the business's bookkeeping).
// Refused while something is still to happen: an upcoming booking (paid ones need a refund first)
// or a business the person belongs to.

export const ANONYMOUS_NAME = 'Deleted customer';
const anonymousEmail = (bookingId: string) => `deleted-${bookingId}@deleted.invalid`;

/** Why the account cannot be deleted now, or null when it can. */
export async function accountDeletionBlocker(db: DbOrTx, userId: string, now = new Date()): Promise<string | null> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true, _count: { select: { memberships: true } } } });
  if (user.role === 'OPERATOR') return 'Operator accounts are removed by another operator.';
  if (user._count.memberships > 0) return 'You belong to a business on Bookwell. Leave it (or hand it over) before deleting your account.';
  const upcoming = await db.booking.findMany({
    where: {
      customerId: userId,
      status: { in: [...BLOCKING_STATUSES] },
      endAt: { gt: now },
      OR: [{ holdExpiresAt: null }, { holdExpiresAt: { gt: now } }, { status: { notIn: ['REQUESTED', 'AWAITING_PAYMENT'] } }],
    },
    select: { reference: true, paidAmount: true, refundedAmount: true },
    orderBy: { startAt: 'asc' },
  });
  if (upcoming.length === 0) return null;
  const paid = upcoming.filter((b) => b.paidAmount > b.refundedAmount);
  const list = upcoming.map((b) => b.reference).join(', ');
  return paid.length > 0
    ? `You have upcoming bookings you paid for (${paid.map((b) => b.reference).join(', ')}). Cancel them first so any refund reaches you, or wait until they are over. Upcoming: ${list}.`
    : `You have upcoming bookings (${list}). Cancel them first, or wait until they are over.`;
}

export async function deleteAccount(db: Db, userId: string, password: string, now = new Date()): Promise<{ anonymisedBookings: number }> {
  await checkPassword(db, userId, password);
  return db.$transaction(async (tx) => {
    // Locks the account row so a booking made meanwhile waits and then finds no customer.
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${userId}::uuid FOR UPDATE`;
    const blocker = await accountDeletionBlocker(tx, userId, now);
    if (blocker) throw new PolicyViolation(blocker);
    const bookings = await tx.booking.findMany({ where: { customerId: userId }, select: { id: true } });
    for (const { id } of bookings) {
      await tx.booking.update({ where: { id }, data: { customerId: null, contactName: ANONYMOUS_NAME, contactEmail: anonymousEmail(id), contactPhone: null, notes: null } });
    }
    await tx.user.delete({ where: { id: userId } });
    return { anonymisedBookings: bookings.length };
  });
}
