import 'server-only';
import { BOOKABLE_LISTING_SQL, LISTING_ZONE_SQL } from '@/lib/catalog/bookable-listings';
import type { Db } from '@/lib/db/prisma';
import type { ListingKind } from '@/lib/generated/prisma/enums';
import { Prisma } from '@/lib/generated/prisma/client';
import { addDays, daysBetweenDates, isoWeekday } from '@/lib/domain/time';

export type AvailableListing = { listingId: string; kind: ListingKind; available: number };

/** Exact instants, or local dates [fromDate, toDate] (inclusive) read in each listing's zone. */
export type SearchWindow = { from: Date; to: Date } | { fromDate: string; toDate: string };

/**
 * Public listings with something bookable in [from, to): rentals open on the first searched date
 * with a unit free for the whole range still ahead (from now + lead time on; count of free units), sessions starting in it
 * with seats left (sum of seats), and services with active staff working on one of its weekdays (exact slots, with bookings and
 * exceptions, are computed on the listing page: this search can overstate appointments).
 * Lapsed holds count as free, as everywhere. The unit check uses the exclusion constraint's GiST
 * index for a few listings and a partial range index over blocking allocations for the catalog.
 */
/** ISO weekdays the window covers (all seven for windows of a week or more, or exact instants). */
function workingWeekdays(window: SearchWindow): number[] {
  if (!('fromDate' in window)) return [1, 2, 3, 4, 5, 6, 7];
  const days = Math.min(7, daysBetweenDates(window.fromDate, window.toDate) + 1);
  return Array.from({ length: Math.max(1, days) }, (_, i) => isoWeekday(addDays(window.fromDate, i)));
}

export async function availableListings(db: Db, search: SearchWindow & { now?: Date; listingIds?: string[] }): Promise<AvailableListing[]> {
  return db.$queryRaw<AvailableListing[]>(availableListingsSql(search));
}

/** The statement behind availableListings (the benchmark runs it bare, as the limit of a catalog search). */
export function availableListingsSql({ now = new Date(), listingIds, ...window }: SearchWindow & { now?: Date; listingIds?: string[] }): Prisma.Sql {
  const only = listingIds ? Prisma.sql`AND l."id" = ANY(${listingIds}::uuid[])` : Prisma.empty;
  // Local dates mean midnight to midnight in each listing's own zone.
  const zone = LISTING_ZONE_SQL;
  const [windowFrom, windowTo] =
    'fromDate' in window
      ? [Prisma.sql`(${window.fromDate}::date)::timestamp AT TIME ZONE ${zone}`, Prisma.sql`((${window.toDate}::date) + 1)::timestamp AT TIME ZONE ${zone}`]
      : [Prisma.sql`${window.from}::timestamptz`, Prisma.sql`${window.to}::timestamptz`];
  // The same window with constant bounds, wide enough for every zone (UTC-12 to UTC+14): it lets
  // the planner range-scan allocations and sessions once instead of probing them per listing.
  const [wideFrom, wideTo] =
    'fromDate' in window
      ? [Prisma.sql`((${window.fromDate}::date) - 1)::timestamp AT TIME ZONE 'UTC'`, Prisma.sql`((${window.toDate}::date) + 2)::timestamp AT TIME ZONE 'UTC'`]
      : [windowFrom, windowTo];
  // Allocations carry their booking's hold expiry (set only while the booking is a hold).
  const live = Prisma.sql`(a."holdExpiresAt" IS NULL OR a."holdExpiresAt" > ${now})`;
  // Over the catalog, the blocking unit allocations in the window are read once (a range scan of
  // the partial index) and anti-joined by unit; for a few listings, each unit is probed instead.
  const busy = listingIds
    ? Prisma.empty
    : Prisma.sql`, busy AS MATERIALIZED (
        SELECT a."unitId", a."startAt", a."endAt", TRUE AS "blocking", a."holdExpiresAt" FROM "BookingAllocation" a
        WHERE a."blocking" AND a."unitId" IS NOT NULL AND ${live}
          AND tstzrange(a."startAt", a."endAt", '[)') && tstzrange(${wideFrom}, ${wideTo}, '[)'))`;
  const allocations = listingIds ? Prisma.sql`"BookingAllocation"` : Prisma.sql`busy`;
  // A rental closed all day on the first searched date has no pickup then (NULL hours = always open).
  const openForPickup =
    'fromDate' in window
      ? Prisma.sql`AND (l."openingHours" IS NULL OR jsonb_array_length(COALESCE(l."openingHours" -> ${String(isoWeekday(window.fromDate))}, '[]'::jsonb)) > 0)`
      : Prisma.empty;
  return Prisma.sql`
    WITH public_listing AS (
      SELECT l."id", l."kind", l."leadTimeMinutes", l."openingHours", ${windowFrom} AS "from", ${windowTo} AS "to"
      FROM "Listing" l JOIN "Vendor" v ON v."id" = l."vendorId"
      WHERE ${BOOKABLE_LISTING_SQL} ${only}
    )${busy}
    SELECT l."id" AS "listingId", l."kind", COUNT(u."id")::int AS "available"
    FROM public_listing l JOIN "RentalUnit" u ON u."listingId" = l."id" AND u."active"
    WHERE l."kind" = 'RENTAL' AND l."to" > ${now}::timestamptz + make_interval(mins => l."leadTimeMinutes") ${openForPickup}
      AND NOT EXISTS (
        SELECT 1 FROM ${allocations} a
        WHERE a."unitId" = u."id" AND a."blocking" AND tstzrange(a."startAt", a."endAt", '[)')
            && tstzrange(GREATEST(l."from", ${now}::timestamptz + make_interval(mins => l."leadTimeMinutes")), l."to", '[)')
          AND ${live})
      AND NOT EXISTS (
        SELECT 1 FROM "ExternalBusyBlock" x
        WHERE x."unitId" = u."id" AND tstzrange(x."startAt", x."endAt", '[)')
            && tstzrange(GREATEST(l."from", ${now}::timestamptz + make_interval(mins => l."leadTimeMinutes")), l."to", '[)'))
    GROUP BY l."id", l."kind"
    UNION ALL
    SELECT l."id", l."kind", SUM(s."capacity" - s."seatsTaken" + COALESCE(stale."seats", 0))::int
    FROM public_listing l JOIN "ListingSession" s ON s."listingId" = l."id"
    LEFT JOIN LATERAL (
      SELECT SUM(a."seats") AS "seats" FROM "BookingAllocation" a
      WHERE a."sessionId" = s."id" AND a."blocking" AND NOT ${live}
    ) stale ON TRUE
    WHERE l."kind" = 'SESSION' AND s."status" = 'SCHEDULED' AND s."startAt" >= l."from" AND s."startAt" < l."to"
      AND s."startAt" >= ${wideFrom} AND s."startAt" < ${wideTo}
      AND s."startAt" >= ${now}::timestamptz + make_interval(mins => l."leadTimeMinutes")
      AND s."capacity" - s."seatsTaken" + COALESCE(stale."seats", 0) > 0
    GROUP BY l."id", l."kind"
    UNION ALL
    SELECT l."id", l."kind", COUNT(DISTINCT sm."id")::int
    FROM public_listing l JOIN "StaffService" ss ON ss."listingId" = l."id" JOIN "StaffMember" sm ON sm."id" = ss."staffId" AND sm."active"
    WHERE l."kind" = 'APPOINTMENT' AND EXISTS (SELECT 1 FROM "AvailabilityRule" r WHERE r."staffId" = sm."id" AND r."weekday" = ANY(${workingWeekdays(window)}::int[]))
    GROUP BY l."id", l."kind"`;
}
