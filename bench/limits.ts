import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { summarize, timeRuns, type LatencySummary } from './stats';

// The physical limits the HTTP figures are compared with, measured in the same run on the same
// database: the bare SQL statement that answers each read, and raw INSERT throughput into the
// bookings table with its exclusion constraint (no app, no Prisma, no HTTP).

export type Statement = { text: string; values: unknown[] };

/** Times `statementFor(run)` on one plain connection, one after another, after 5 unrecorded runs. */
export async function timeStatements(client: pg.Client, runs: number, statementFor: (run: number) => Statement): Promise<LatencySummary> {
  return summarize(
    await timeRuns(runs, 5, async (run) => {
      const { text, values } = statementFor(run);
      await client.query(text, values);
    }),
  );
}

/** One listing's rental units with what takes them in [from, to): blocking allocations and external busy times. */
export const rentalWindowSql = (listingId: string, from: Date, to: Date): Statement => ({
  text: `
    SELECT u."id", u."code", u."active", t."startAt", t."endAt", t."holdExpiresAt"
    FROM "RentalUnit" u
    LEFT JOIN LATERAL (
      SELECT a."startAt", a."endAt", a."holdExpiresAt" FROM "BookingAllocation" a
      WHERE a."unitId" = u."id" AND a."blocking" AND a."startAt" < $3 AND a."endAt" > $2
      UNION ALL
      SELECT x."startAt", x."endAt", NULL FROM "ExternalBusyBlock" x WHERE x."unitId" = u."id" AND x."startAt" < $3 AND x."endAt" > $2
    ) t ON TRUE
    WHERE u."listingId" = $1`,
  values: [listingId, from, to],
});

/** One listing's sessions starting in [from, to) with their seats, and lapsed holds' seats given back. */
export const sessionWindowSql = (listingId: string, from: Date, to: Date): Statement => ({
  text: `
    SELECT s."id", s."startAt", s."endAt", s."capacity", s."seatsTaken", s."status",
      (SELECT COALESCE(SUM(a."seats"), 0) FROM "BookingAllocation" a WHERE a."sessionId" = s."id" AND a."blocking" AND a."holdExpiresAt" <= now()) AS stale
    FROM "ListingSession" s WHERE s."listingId" = $1 AND s."startAt" >= $2 AND s."startAt" < $3`,
  values: [listingId, from, to],
});

/** One service's staff with their weekly rules, exceptions, time off and busy times around [from, to). */
export const appointmentWindowSql = (listingId: string, from: Date, to: Date): Statement => ({
  text: `
    SELECT sm."id",
      (SELECT json_agg(json_build_array(r."weekday", r."startMinute", r."endMinute")) FROM "AvailabilityRule" r WHERE r."staffId" = sm."id") AS rules,
      (SELECT json_agg(json_build_array(e."date", e."available", e."startMinute", e."endMinute")) FROM "AvailabilityException" e
        WHERE e."staffId" = sm."id" AND e."date" BETWEEN $2::date - 1 AND $3::date + 1) AS exceptions,
      (SELECT json_agg(json_build_array(o."startAt", o."endAt")) FROM "StaffTimeOff" o WHERE o."staffId" = sm."id" AND o."startAt" < $3 AND o."endAt" > $2) AS time_off,
      (SELECT json_agg(json_build_array(a."startAt", a."endAt")) FROM "BookingAllocation" a
        WHERE a."staffId" = sm."id" AND a."blocking" AND a."startAt" < $3 AND a."endAt" > $2 AND (a."holdExpiresAt" IS NULL OR a."holdExpiresAt" > now())) AS busy,
      (SELECT json_agg(json_build_array(x."startAt", x."endAt")) FROM "ExternalBusyBlock" x WHERE x."staffId" = sm."id" AND x."startAt" < $3 AND x."endAt" > $2) AS external
    FROM "StaffService" ss JOIN "StaffMember" sm ON sm."id" = ss."staffId" AND sm."active"
    WHERE ss."listingId" = $1`,
  values: [listingId, from, to],
});

export type RawTarget = { vendorId: string; listingId: string; unitId: string; startAt: Date; endAt: Date };
export type InsertThroughput = { count: number; seconds: number; perSecond: number; latency: LatencySummary };

/** BK- and 10 characters: the app writes 6, the seed 8, so these are easy to remove again. */
const rawReference = () => `BK-${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`;

/** One booking and its unit allocation in one statement: the least work that can create a booking. */
const rawBooking = (t: RawTarget): Statement => ({
  text: `
    WITH b AS (
      INSERT INTO "Booking" ("id", "reference", "vendorId", "listingId", "kind", "status", "source", "contactName", "contactEmail",
        "startAt", "endAt", "timeZone", "priceSnapshot", "currency", "totalAmount", "depositAmount", "updatedAt")
      VALUES (gen_random_uuid(), $1, $2, $3, 'RENTAL', 'CONFIRMED', 'API', 'Raw Insert', 'raw@bench.example', $5, $6, 'UTC', '{}', 'EUR', 0, 0, now())
      RETURNING "id")
    INSERT INTO "BookingAllocation" ("id", "bookingId", "unitId", "startAt", "endAt") SELECT gen_random_uuid(), b."id", $4, $5, $6 FROM b`,
  values: [rawReference(), t.vendorId, t.listingId, t.unitId, t.startAt, t.endAt],
});

/**
 * Raw INSERT throughput: every target booked once, over `connections` plain connections, each
 * INSERT its own transaction (autocommit). Targets must not overlap: the constraint is checked, not hit.
 */
export async function rawInsertThroughput(url: string, targets: RawTarget[], connections: number): Promise<InsertThroughput> {
  const clients = await Promise.all(Array.from({ length: connections }, async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return client;
  }));
  try {
    let next = 0;
    const samples: number[] = [];
    const started = performance.now();
    await Promise.all(clients.map(async (client) => {
      while (next < targets.length) {
        const { text, values } = rawBooking(targets[next++]!);
        const t0 = performance.now();
        await client.query(text, values);
        samples.push(performance.now() - t0);
      }
    }));
    const seconds = (performance.now() - started) / 1000;
    return { count: targets.length, seconds, perSecond: targets.length / seconds, latency: summarize(samples) };
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
}

/** Free (unit, range) pairs on rental units, one per unit, 2 hours each in the next 3 months. */
export async function rawTargets(client: pg.Client, count: number): Promise<RawTarget[]> {
  const { rows } = await client.query<RawTarget>(`
    SELECT l."vendorId", l."id" AS "listingId", c."unitId", c."startAt", c."startAt" + interval '2 hours' AS "endAt"
    FROM (
      SELECT u."id" AS "unitId", u."listingId", date_trunc('hour', now()) + make_interval(hours => 24 + floor(random() * 24 * 90)::int) AS "startAt"
      FROM "RentalUnit" u ORDER BY random() LIMIT $1 * 2
    ) c JOIN "Listing" l ON l."id" = c."listingId"
    WHERE NOT EXISTS (SELECT 1 FROM "BookingAllocation" a WHERE a."unitId" = c."unitId" AND a."blocking"
      AND tstzrange(a."startAt", a."endAt", '[)') && tstzrange(c."startAt", c."startAt" + interval '2 hours', '[)'))
    LIMIT $1`, [count]);
  if (rows.length < count) throw new Error(`Found only ${rows.length} of ${count} free unit ranges for the raw INSERTs.`);
  return rows;
}

/** Removes what rawInsertThroughput wrote, so reruns measure the same dataset. */
export async function removeRawBookings(client: pg.Client): Promise<void> {
  await client.query(`DELETE FROM "Booking" WHERE length("reference") = 13 AND "contactEmail" = 'raw@bench.example'`);
}
