import 'server-only';
import type { Db } from '@/lib/db/prisma';
import { expireBookings } from './inventory';
import { inBookingTransaction } from './transaction';

const BATCH = 500;

/**
 * Moves every unpaid or unanswered hold past its expiry to EXPIRED (event and outbox included),
 * in batches. Safe to run late, twice or concurrently: rows are claimed with SKIP LOCKED and
 * re-checked under the lock, so each hold is expired exactly once.
 */
export async function expireStaleHolds(db: Db, now = new Date()): Promise<number> {
  let total = 0;
  for (;;) {
    const expired = await inBookingTransaction(db, async (tx) => {
      const due = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT "id" FROM "Booking"
        WHERE "status" IN ('REQUESTED', 'AWAITING_PAYMENT') AND "holdExpiresAt" <= ${now}
        ORDER BY "holdExpiresAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
      return { claimed: due.length, expired: await expireBookings(tx, due.map((row) => row.id), now) };
    });
    total += expired.expired;
    if (expired.claimed < BATCH) return total;
  }
}
