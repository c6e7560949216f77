import type { Db } from '@/lib/db/prisma';
import type { ListingKind } from '@/lib/generated/prisma/enums';
import { Prisma } from '@/lib/generated/prisma/client';

export type AvailableListing = { listingId: string; kind: ListingKind; available: number };

/**
 * Public listings with something bookable in [from, to): rentals with a unit free for the whole
 * range (count of free units), sessions starting in it with seats left (sum of seats), and
 * services with active staff (their exact slots are computed on the listing page).
 * Lapsed holds count as free, as everywhere. The unit check is served by the exclusion
 * constraint's GiST index.
 */
export async function availableListings(
  db: Db,
  { from, to, now = new Date(), listingIds }: { from: Date; to: Date; now?: Date; listingIds?: string[] },
): Promise<AvailableListing[]> {
  const only = listingIds ? Prisma.sql`AND l."id" = ANY(${listingIds}::uuid[])` : Prisma.empty;
  const liveHold = Prisma.sql`NOT (b."status" IN ('REQUESTED', 'AWAITING_PAYMENT') AND b."holdExpiresAt" <= ${now})`;
  return db.$queryRaw<AvailableListing[]>`
    WITH public_listing AS (
      SELECT l."id", l."kind", l."leadTimeMinutes" FROM "Listing" l JOIN "Vendor" v ON v."id" = l."vendorId"
      WHERE l."status" = 'PUBLISHED' AND v."status" = 'ACTIVE' ${only}
    )
    SELECT l."id" AS "listingId", l."kind", COUNT(u."id")::int AS "available"
    FROM public_listing l JOIN "RentalUnit" u ON u."listingId" = l."id" AND u."active"
    WHERE l."kind" = 'RENTAL' AND ${from} >= ${now}::timestamptz + make_interval(mins => l."leadTimeMinutes")
      AND NOT EXISTS (
        SELECT 1 FROM "BookingAllocation" a JOIN "Booking" b ON b."id" = a."bookingId"
        WHERE a."unitId" = u."id" AND a."blocking" AND tstzrange(a."startAt", a."endAt", '[)') && tstzrange(${from}, ${to}, '[)')
          AND ${liveHold})
    GROUP BY l."id", l."kind"
    UNION ALL
    SELECT l."id", l."kind", SUM(s."capacity" - s."seatsTaken" + COALESCE(stale."seats", 0))::int
    FROM public_listing l JOIN "ListingSession" s ON s."listingId" = l."id"
    LEFT JOIN LATERAL (
      SELECT SUM(a."seats") AS "seats" FROM "BookingAllocation" a JOIN "Booking" b ON b."id" = a."bookingId"
      WHERE a."sessionId" = s."id" AND a."blocking" AND NOT (${liveHold})
    ) stale ON TRUE
    WHERE l."kind" = 'SESSION' AND s."status" = 'SCHEDULED' AND s."startAt" >= ${from} AND s."startAt" < ${to}
      AND s."startAt" >= ${now}::timestamptz + make_interval(mins => l."leadTimeMinutes")
      AND s."capacity" - s."seatsTaken" + COALESCE(stale."seats", 0) > 0
    GROUP BY l."id", l."kind"
    UNION ALL
    SELECT l."id", l."kind", COUNT(DISTINCT sm."id")::int
    FROM public_listing l JOIN "StaffService" ss ON ss."listingId" = l."id" JOIN "StaffMember" sm ON sm."id" = ss."staffId" AND sm."active"
    WHERE l."kind" = 'APPOINTMENT' AND EXISTS (SELECT 1 FROM "AvailabilityRule" r WHERE r."staffId" = sm."id")
    GROUP BY l."id", l."kind"`;
}
