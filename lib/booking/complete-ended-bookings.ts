import 'server-only';
import type { Db } from '@/lib/db/prisma';
import { SYSTEM } from '@/lib/domain/actor';
import { balanceDue } from '@/lib/domain/balance';
import { inBookingTransaction } from './transaction';
import { transitionInTx } from './transition';

const BATCH = 200;

/**
 * Completes confirmed and checked-in bookings once their business's grace period after the end
 * (autoCompleteAfterMinutes) has passed, through the same `complete` step as a person's (event,
 * outbox message, booking.completed webhook; the review opens and its request follows). Where the
 * business checks customers in, a confirmed booking never checked in is marked a no-show. A
 * checked-in booking with a balance still due is left for the desk. Safe on several servers at
 * once, late or twice: rows are claimed with SKIP LOCKED and re-checked under the lock.
 */
export async function completeEndedBookings(db: Db, now = new Date()): Promise<{ completed: number; noShows: number }> {
  let completed = 0;
  let noShows = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = await inBookingTransaction(db, async (tx) => {
      const due = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT b."id" FROM "Booking" b JOIN "Vendor" v ON v."id" = b."vendorId"
        WHERE b."status" IN ('CONFIRMED', 'CHECKED_IN') AND b."id" > ${after}::uuid
          AND b."endAt" + make_interval(mins => v."autoCompleteAfterMinutes") <= ${now}
        ORDER BY b."id" LIMIT ${BATCH} FOR UPDATE OF b SKIP LOCKED`;
      let done = 0;
      let missed = 0;
      for (const { id } of due) {
        const booking = await tx.booking.findUniqueOrThrow({ where: { id }, include: { listing: { select: { paymentMode: true } }, vendor: { select: { requireCheckIn: true } } } });
        if (booking.status === 'CHECKED_IN' && balanceDue(booking) > 0) continue;
        const noShow = booking.status === 'CONFIRMED' && booking.vendor.requireCheckIn;
        await transitionInTx(tx, id, {
          action: 'complete',
          actor: SYSTEM,
          reason: noShow ? 'The customer did not check in.' : null,
          context: (b) => [{ now, endAt: b.endAt }],
          prepare: async () => ({ patch: { completedAt: now, ...(noShow ? { noShowAt: now } : {}) }, data: { automatic: true, ...(noShow ? { noShow: true } : {}) } }),
        });
        done += 1;
        if (noShow) missed += 1;
      }
      return { claimed: due.length, last: due.at(-1)?.id, done, missed };
    });
    completed += batch.done;
    noShows += batch.missed;
    if (batch.claimed < BATCH || !batch.last) return { completed, noShows };
    after = batch.last;
  }
}
