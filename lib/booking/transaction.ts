import 'server-only';
import type { Db, Tx } from '@/lib/db/prisma';
import { isBookingConflict, isRetryableTransactionError } from '@/lib/db/errors';
import { SlotUnavailable } from '@/lib/errors';

const TAKEN = 'Sorry, this time was just taken by someone else. Please choose another time.';

/**
 * Runs one booking use case as one transaction. Row locks (SELECT ... FOR UPDATE) inside make
 * racing requests queue; the database constraints are the last word, and their violations become
 * SlotUnavailable (HTTP 409). Deadlocks and serialization failures are retried a few times.
 * Given a transaction, it nests in it (a savepoint), so an operator action can write its audit row
 * in the same transaction as the change.
 */
export async function inBookingTransaction<T>(db: Db | Tx, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction(work, { maxWait: 20_000, timeout: 30_000 });
    } catch (error) {
      if (isBookingConflict(error)) throw new SlotUnavailable(TAKEN);
      if (attempt < 4 && isRetryableTransactionError(error)) continue;
      throw error;
    }
  }
}

export { TAKEN as SLOT_TAKEN_MESSAGE };
