import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { BookingStatus } from '@/lib/generated/prisma/enums';
import { SYSTEM } from '@/lib/domain/actor';
import { nextStatus } from '@/lib/domain/booking-status';
import { recordTransition } from './record-transition';
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

export async function lockUnits(tx: Tx, listingId: string) {
  return tx.$queryRaw<Array<{ id: string; code: string; active: boolean }>>`
    SELECT "id", "code", "active" FROM "RentalUnit" WHERE "listingId" = ${listingId}::uuid ORDER BY "code" FOR UPDATE`;
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
