import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { BookingStatus } from '@/lib/generated/prisma/enums';
import { SYSTEM } from '@/lib/domain/actor';
import { nextStatus } from '@/lib/domain/booking-status';
import { recordTransition } from './record-transition';
import { SlotUnavailable } from '@/lib/errors';
import type { Tx } from '@/lib/db/prisma';

// Row locks and reads on what a booking counts (units, staff, session seats), used inside the
// booking transactions. Locks are always taken in id/code order so racing requests queue instead
// of deadlocking.

export type Range = { startAt: Date; endAt: Date };
export type Target = { unitIds?: string[]; staffIds?: string[]; sessionId?: string };

const uuidArray = (ids: string[] | undefined) => Prisma.sql`${ids ?? []}::uuid[]`;

function targetCondition(target: Target) {
  return Prisma.sql`(a."unitId" = ANY(${uuidArray(target.unitIds)}) OR a."staffId" = ANY(${uuidArray(target.staffIds)})
    OR a."sessionId" = ${target.sessionId ?? null}::uuid)`;
}

function rangeCondition(range: Range | null) {
  return range ? Prisma.sql`tstzrange(a."startAt", a."endAt", '[)') && tstzrange(${range.startAt}, ${range.endAt}, '[)')` : Prisma.sql`TRUE`;
}

/** Locks a listing's units (in code order) for a change of the units themselves: a booking picking a unit waits for it (FOR KEY SHARE). */
export async function lockUnits(tx: Tx, listingId: string) {
  return tx.$queryRaw<Array<{ id: string; code: string; active: boolean }>>`
    SELECT "id", "code", "active" FROM "RentalUnit" WHERE "listingId" = ${listingId}::uuid ORDER BY "code" FOR UPDATE`;
}

/**
 * A rental's units and how many are free for the range, read without locks: lapsed holds count as
 * free (and `lapsed` says whether any must be expired first), external busy times as taken.
 * Lets a request for a slot that is gone fail at once instead of queueing for it.
 */
export async function rentalUnitsFree(tx: Tx, listingId: string, range: Range, now: Date) {
  const overlaps = (alias: string) => Prisma.sql`tstzrange(${Prisma.raw(alias)}."startAt", ${Prisma.raw(alias)}."endAt", '[)') && tstzrange(${range.startAt}, ${range.endAt}, '[)')`;
  const [row] = await tx.$queryRaw<Array<{ unitIds: string[] | null; free: number; lapsed: boolean | null }>>`
    SELECT array_agg(u."id"::text ORDER BY u."code") AS "unitIds",
      (count(*) FILTER (WHERE u."active"
        AND NOT EXISTS (SELECT 1 FROM "BookingAllocation" a WHERE a."unitId" = u."id" AND a."blocking" AND ${overlaps('a')}
          AND (a."holdExpiresAt" IS NULL OR a."holdExpiresAt" > ${now}))
        AND NOT EXISTS (SELECT 1 FROM "ExternalBusyBlock" x WHERE x."unitId" = u."id" AND ${overlaps('x')})))::int AS "free",
      bool_or(EXISTS (SELECT 1 FROM "BookingAllocation" a WHERE a."unitId" = u."id" AND a."blocking" AND ${overlaps('a')}
        AND a."holdExpiresAt" <= ${now})) AS "lapsed"
    FROM "RentalUnit" u WHERE u."listingId" = ${listingId}::uuid`;
  return { unitIds: row?.unitIds ?? [], free: row?.free ?? 0, lapsed: row?.lapsed === true };
}

export type UnitRequest = { listingId: string; quantity: number; startAt: Date; endAt: Date };

/**
 * Takes `quantity` free units of the listing for the booking, picking and inserting in one
 * statement: the exclusion constraint is the lock. A unit that a racing booking took meanwhile is
 * skipped (ON CONFLICT DO NOTHING waits for that booking to commit or roll back) and the next free
 * one is tried in a new statement, which sees that commit; when none is left, SlotUnavailable.
 * Lapsed holds on the range must be expired first (they still block in the constraint).
 */
export async function allocateUnits(tx: Tx, bookingId: string, request: UnitRequest, takenMessage: string): Promise<string[]> {
  const taken: string[] = [];
  // Each round takes a unit or sees a racing booking's commit; none left to try ends it.
  for (let round = 0; taken.length < request.quantity && round < 50; round += 1) {
    const [result] = await tx.$queryRaw<Array<{ candidates: number; taken: string[] | null }>>`
      WITH candidate AS (
        SELECT u."id" FROM "RentalUnit" u
        WHERE u."listingId" = ${request.listingId}::uuid AND u."active"
          AND NOT EXISTS (SELECT 1 FROM "BookingAllocation" a WHERE a."unitId" = u."id" AND a."blocking"
            AND tstzrange(a."startAt", a."endAt", '[)') && tstzrange(${request.startAt}, ${request.endAt}, '[)'))
          AND NOT EXISTS (SELECT 1 FROM "ExternalBusyBlock" x WHERE x."unitId" = u."id"
            AND tstzrange(x."startAt", x."endAt", '[)') && tstzrange(${request.startAt}, ${request.endAt}, '[)'))
        ORDER BY u."code"
        LIMIT ${request.quantity - taken.length}
        -- Shared with other bookings; waits only for a unit being deleted or deactivated (which lock
        -- it FOR UPDATE), then skips it if gone or inactive and takes the next (no FK violation).
        FOR KEY SHARE OF u
      ), inserted AS (
        INSERT INTO "BookingAllocation" ("id", "bookingId", "unitId", "startAt", "endAt")
        SELECT gen_random_uuid(), ${bookingId}::uuid, c."id", ${request.startAt}, ${request.endAt} FROM candidate c
        ON CONFLICT DO NOTHING
        RETURNING "unitId"
      )
      SELECT (SELECT count(*) FROM candidate)::int AS "candidates", (SELECT array_agg("unitId"::text) FROM inserted) AS "taken"`;
    if (!result || result.candidates === 0) break;
    taken.push(...(result.taken ?? []));
  }
  if (taken.length < request.quantity) throw new SlotUnavailable(takenMessage);
  return taken;
}

export async function lockStaff(tx: Tx, staffIds: string[]) {
  return tx.$queryRaw<Array<{ id: string; active: boolean }>>`
    SELECT "id", "active" FROM "StaffMember" WHERE "id" = ANY(${uuidArray(staffIds)}) ORDER BY "id" FOR UPDATE`;
}

export async function lockSession(tx: Tx, sessionId: string) {
  const rows = await tx.$queryRaw<Array<{ id: string; listingId: string; startAt: Date; endAt: Date; capacity: number; seatsTaken: number; status: 'SCHEDULED' | 'CANCELLED'; priceAmount: number | null }>>`
    SELECT "id", "listingId", "startAt", "endAt", "capacity", "seatsTaken", "status", "priceAmount"
    FROM "ListingSession" WHERE "id" = ${sessionId}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

export async function lockBooking(tx: Tx, bookingId: string) {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "Booking" WHERE "id" = ${bookingId}::uuid FOR UPDATE`;
  if (rows.length === 0) return null;
  return tx.booking.findUniqueOrThrow({ where: { id: bookingId }, include: { listing: { include: { vendor: true } }, allocations: true } });
}

/** Blocking allocations on the target overlapping the range (all of a session's when range is null). */
export async function blockingAllocations(tx: Tx, target: Target, range: Range | null, excludeBookingId?: string) {
  return tx.$queryRaw<Array<{ bookingId: string; unitId: string | null; staffId: string | null; sessionId: string | null; seats: number; startAt: Date; endAt: Date; status: BookingStatus; holdExpiresAt: Date | null }>>`
    SELECT a."bookingId", a."unitId", a."staffId", a."sessionId", a."seats", a."startAt", a."endAt", b."status", b."holdExpiresAt"
    FROM "BookingAllocation" a JOIN "Booking" b ON b."id" = a."bookingId"
    WHERE a."blocking" AND ${targetCondition(target)} AND ${rangeCondition(range)}
      AND (b."id" <> ${excludeBookingId ?? null}::uuid) IS NOT FALSE`;
}

/** Busy times from the units' external calendars overlapping the range: they take a unit like a confirmed booking. */
export async function externalBusyOnUnits(tx: Tx, unitIds: string[], range: Range) {
  return tx.$queryRaw<Array<{ unitId: string; startAt: Date; endAt: Date }>>`
    SELECT x."unitId", x."startAt", x."endAt" FROM "ExternalBusyBlock" x
    WHERE x."unitId" = ANY(${uuidArray(unitIds)}) AND tstzrange(x."startAt", x."endAt", '[)') && tstzrange(${range.startAt}, ${range.endAt}, '[)')`;
}

/**
 * Expires unpaid or unanswered holds on the target that lapsed before `now`, so their inventory
 * is free for the booking being made: an expired hold never blocks, whether or not the sweeper ran.
 */
export async function expireLapsedHoldsOn(tx: Tx, target: Target, range: Range | null, now: Date): Promise<number> {
  const lapsed = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT DISTINCT b."id" FROM "BookingAllocation" a JOIN "Booking" b ON b."id" = a."bookingId"
    WHERE a."blocking" AND b."status" IN ('REQUESTED', 'AWAITING_PAYMENT') AND b."holdExpiresAt" <= ${now}
      AND ${targetCondition(target)} AND ${rangeCondition(range)}
    ORDER BY b."id"`;
  return expireBookings(tx, lapsed.map((row) => row.id), now);
}

/** Locks the given bookings and moves those whose hold has lapsed to EXPIRED, with event and outbox. */
export async function expireBookings(tx: Tx, bookingIds: string[], now: Date): Promise<number> {
  if (bookingIds.length === 0) return 0;
  const rows = await tx.$queryRaw<Array<{ id: string; reference: string; vendorId: string; status: BookingStatus; holdExpiresAt: Date | null }>>`
    SELECT "id", "reference", "vendorId", "status", "holdExpiresAt" FROM "Booking"
    WHERE "id" = ANY(${uuidArray(bookingIds)}) ORDER BY "id" FOR UPDATE`;
  let expired = 0;
  for (const row of rows) {
    // Re-checked under the lock: a payment or approval may have landed meanwhile.
    if ((row.status !== 'REQUESTED' && row.status !== 'AWAITING_PAYMENT') || !row.holdExpiresAt || row.holdExpiresAt > now) continue;
    const to = nextStatus('expire', row.status, { now, holdExpiresAt: row.holdExpiresAt });
    await tx.booking.update({ where: { id: row.id }, data: { status: to } });
    await recordTransition(tx, {
      bookingId: row.id,
      reference: row.reference,
      vendorId: row.vendorId,
      from: row.status,
      to,
      actor: SYSTEM,
      reason: row.status === 'REQUESTED' ? 'The vendor did not answer in time.' : 'The payment hold expired.',
    });
    expired += 1;
  }
  return expired;
}
