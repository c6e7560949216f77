import 'server-only';
import type { Db, Tx } from '@/lib/db/prisma';
import type { StaffSchedule } from '@/lib/domain/availability/appointments';
import { isBlocking } from '@/lib/domain/booking-status';
import type { BookingStatus } from '@/lib/generated/prisma/enums';
import { hostBusyRange } from '@/lib/domain/session-host';

/**
 * Staff working rules, exceptions, time off and busy times (external calendar blocks and blocking
 * allocations, which include buffers) around [from, to), ready for appointmentSlots().
 */
export async function loadStaffSchedules(
  db: Db | Tx,
  staffIds: string[],
  from: Date,
  to: Date,
  timeZone: string,
  now: Date,
  excludeBookingId?: string,
): Promise<StaffSchedule[]> {
  if (staffIds.length === 0) return [];
  // Wide by a day each side: buffers and local days can reach past the UTC range.
  const wideFrom = new Date(from.getTime() - 86_400_000);
  const wideTo = new Date(to.getTime() + 86_400_000);
  // One statement (each relation aggregated as JSON): a month of slots costs one round trip, not six.
  const staff = await db.$queryRaw<StaffRow[]>`
    SELECT sm."id",
      COALESCE((SELECT json_agg(json_build_object('weekday', r."weekday", 'startMinute', r."startMinute", 'endMinute', r."endMinute"))
        FROM "AvailabilityRule" r WHERE r."staffId" = sm."id"), '[]') AS "rules",
      COALESCE((SELECT json_agg(json_build_object('date', to_char(e."date", 'YYYY-MM-DD'), 'available', e."available", 'startMinute', e."startMinute", 'endMinute', e."endMinute"))
        FROM "AvailabilityException" e WHERE e."staffId" = sm."id"
          AND e."date" BETWEEN (${wideFrom}::timestamptz AT TIME ZONE 'UTC')::date AND (${wideTo}::timestamptz AT TIME ZONE 'UTC')::date), '[]') AS "exceptions",
      COALESCE((SELECT json_agg(json_build_array(o."startAt", o."endAt"))
        FROM "StaffTimeOff" o WHERE o."staffId" = sm."id" AND o."startAt" < ${wideTo} AND o."endAt" > ${wideFrom}), '[]') AS "timeOff",
      COALESCE((SELECT json_agg(json_build_array(x."startAt", x."endAt"))
        FROM "ExternalBusyBlock" x WHERE x."staffId" = sm."id" AND x."startAt" < ${wideTo} AND x."endAt" > ${wideFrom}), '[]') AS "busyBlocks",
      COALESCE((SELECT json_agg(json_build_array(a."startAt", a."endAt", b."status", b."holdExpiresAt"))
        FROM "BookingAllocation" a JOIN "Booking" b ON b."id" = a."bookingId"
        WHERE a."staffId" = sm."id" AND a."blocking" AND a."startAt" < ${wideTo} AND a."endAt" > ${wideFrom}
          AND (a."bookingId" <> ${excludeBookingId ?? null}::uuid) IS NOT FALSE), '[]') AS "allocations",
      -- Group sessions they host take their time (and the listing's buffers) from their 1:1 slots.
      COALESCE((SELECT json_agg(json_build_array(s."startAt", s."endAt", l."bufferBeforeMinutes", l."bufferAfterMinutes"))
        FROM "ListingSession" s JOIN "Listing" l ON l."id" = s."listingId"
        WHERE s."hostStaffId" = sm."id" AND s."status" = 'SCHEDULED' AND s."startAt" < ${wideTo} AND s."endAt" > ${wideFrom}), '[]') AS "hostedSessions"
    FROM "StaffMember" sm
    WHERE sm."id" = ANY(${staffIds}::uuid[]) AND sm."active"
    ORDER BY sm."id"`;
  const range = ([startAt, endAt]: [string, string]) => ({ startAt: new Date(startAt), endAt: new Date(endAt) });
  return staff.map((member) => ({
    id: member.id,
    rules: member.rules,
    // Exception dates are stored as DATE (UTC midnight): their calendar date is the local date.
    exceptions: member.exceptions,
    timeOff: member.timeOff.map(range),
    busy: [
      ...member.busyBlocks.map(range),
      ...member.allocations
        .filter(([, , status, holdExpiresAt]) => isBlocking(status, holdExpiresAt ? new Date(holdExpiresAt) : null, now))
        .map(([startAt, endAt]) => range([startAt, endAt])),
      ...member.hostedSessions.map(([startAt, endAt, bufferBeforeMinutes, bufferAfterMinutes]) =>
        hostBusyRange(range([startAt, endAt]), { bufferBeforeMinutes, bufferAfterMinutes }),
      ),
    ],
  }));
}

type StaffRow = {
  id: string;
  rules: Array<{ weekday: number; startMinute: number; endMinute: number }>;
  exceptions: Array<{ date: string; available: boolean; startMinute: number | null; endMinute: number | null }>;
  timeOff: Array<[string, string]>;
  busyBlocks: Array<[string, string]>;
  allocations: Array<[string, string, BookingStatus, string | null]>;
  hostedSessions: Array<[string, string, number, number]>;
};
