import { performance } from 'node:perf_hooks';
import pg from 'pg';
import * as sql from './seed-sql';

// Fills the bench database once, set-based, and reuses it on later runs of the same size.

export type SeedSize = { listings: number; bookings: number };
export type DatasetCounts = Record<string, number>;
export type SeedReport = { reused: boolean; seconds: number; counts: DatasetCounts; bookingsByStatus: DatasetCounts };

type Log = (line: string) => void;

const DAY_HOURS = 24;
/** Rentals and appointments are booked from 240 days ago to 120 days ahead. */
const PAST_DAYS = 240;
const WINDOW_DAYS = 360;
/** Sessions run weekly from 90 days ago for 39 weeks (about six months ahead). */
const SESSION_PAST_DAYS = 90;
const SESSION_WEEKS = 39;
const BATCH = 100_000;
/** Share of bookings per kind: mostly rentals. */
const SESSION_SHARE = 0.15;
const APPOINTMENT_SHARE = 0.1;

export async function ensureSeeded(url: string, size: SeedSize, log: Log): Promise<SeedReport> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const existing = await seededSize(client);
    // Datasets seeded before the bookings carried a readable price snapshot ('{}') crash the app
    // when it expires one of their holds: those are seeded again.
    if (existing.listings === size.listings && existing.bookings === size.bookings && !existing.emptySnapshots) {
      log(`Reusing the seeded dataset (${size.listings} listings, ${size.bookings} bookings); --fresh reseeds it.`);
      return { reused: true, seconds: 0, ...(await datasetCounts(client)) };
    }
    if (existing.listings > 0) {
      log(`The database holds another dataset (${existing.listings} listings, ${existing.bookings} bookings): clearing it.`);
      await client.query(`TRUNCATE "Vendor", "Category", "OutboxMessage" CASCADE`);
    }
    const started = performance.now();
    await seed(client, size, log);
    const seconds = (performance.now() - started) / 1000;
    return { reused: false, seconds, ...(await datasetCounts(client)) };
  } finally {
    await client.end();
  }
}

/** Listings, and bookings made by the seed (their 8-character references tell them from the app's). */
async function seededSize(client: pg.Client) {
  const { rows } = await client.query<{ listings: number; bookings: number; emptySnapshots: boolean }>(`
    SELECT (SELECT count(*) FROM "Listing")::int AS listings,
           (SELECT count(*) FROM "Booking" WHERE length("reference") = 11)::int AS bookings,
           EXISTS (SELECT 1 FROM "Booking" WHERE "priceSnapshot" = '{}'::jsonb) AS "emptySnapshots"`);
  return rows[0]!;
}

async function seed(client: pg.Client, size: SeedSize, log: Log): Promise<void> {
  const now = new Date();
  const step = async (label: string, text: string, params: unknown[] = []) => {
    const started = performance.now();
    const result = await client.query(text, params);
    log(`  ${label.padEnd(34)} ${String(result.rowCount ?? '').padStart(9)} rows ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`);
  };
  // Session settings only: sorts and temp tables stay in memory; commits need not wait for disk.
  await client.query(`SET work_mem = '256MB'`);
  await client.query(`SET temp_buffers = '1GB'`);
  await client.query(`SET synchronous_commit = off`);
  await client.query(`SELECT setseed(0.42)`); // the same dataset shape on every --fresh run
  const { rows } = await client.query<{ version: number }>(`SELECT current_setting('server_version_num')::int AS version`);
  await client.query(sql.idFunction(rows[0]!.version >= 180000 ? 'uuidv7' : 'gen_random_uuid'));

  const vendors = Math.max(1, Math.min(500, Math.round(size.listings / 20)));
  const column = <K extends keyof (typeof sql.ZONES)[number]>(key: K) => sql.ZONES.map((z) => z[key]);
  const category = <K extends keyof (typeof sql.CATEGORIES)[number]>(key: K) => sql.CATEGORIES.map((c) => c[key]);
  log(`Seeding ${size.listings} listings of ${vendors} vendors and ${size.bookings} bookings:`);

  await step('plan vendors', sql.PLAN_VENDORS, [column('zone'), column('currency'), column('city'), column('country'), vendors]);
  await step('insert vendors', sql.INSERT_VENDORS, [now]);
  await step('plan categories', sql.PLAN_CATEGORIES, [category('slug'), category('name'), category('kind'), category('noun')]);
  await step('insert categories', sql.INSERT_CATEGORIES);
  await step('plan listings', sql.PLAN_LISTINGS, [size.listings]);
  await step('insert listings', sql.INSERT_LISTINGS, [now]);
  await step('plan units', sql.PLAN_UNITS);
  await step('insert units', sql.INSERT_UNITS);
  await step('plan sessions', sql.PLAN_SESSIONS, [now, SESSION_PAST_DAYS, SESSION_WEEKS]);
  await step('insert sessions', sql.INSERT_SESSIONS);
  await step('plan staff', sql.PLAN_STAFF);
  await step('insert staff', sql.INSERT_STAFF);
  await step('insert staff services', sql.INSERT_STAFF_SERVICES);
  await step('insert staff rules', sql.INSERT_STAFF_RULES);

  const layout = bookingLayout(size.bookings, await inventorySize(client));
  await step('plan bookings', sql.PLAN_BOOKINGS, [
    now,
    wholeHour(new Date(now.getTime() - PAST_DAYS * DAY_HOURS * 3_600_000)),
    layout.rentals, layout.units, layout.hoursPerUnitSlot,
    layout.sessionBookings, layout.sessions, layout.bookingsPerSession,
    layout.appointments, layout.staff, layout.blocksPerStaffSlot,
  ]);
  await step('index the plan', sql.INDEX_PLAN);
  // Batches keep each transaction (and its memory and WAL) bounded and show progress.
  for (let from = 0; from < size.bookings; from += BATCH) {
    const to = Math.min(size.bookings, from + BATCH);
    await step(`insert bookings ${from}..${to - 1}`, sql.INSERT_BOOKINGS, [from, to]);
    await step(`insert allocations ${from}..${to - 1}`, sql.INSERT_ALLOCATIONS, [from, to]);
  }
  // Fresh statistics and visibility maps, so autovacuum does not start in the middle of a measurement.
  await step('vacuum analyze', 'VACUUM (ANALYZE)');
}

async function inventorySize(client: pg.Client) {
  const { rows } = await client.query<{ units: number; sessions: number; staff: number }>(`
    SELECT (SELECT count(*) FROM bench_unit)::int AS units, (SELECT count(*) FROM bench_session)::int AS sessions,
           (SELECT count(*) FROM bench_staff)::int AS staff`);
  return rows[0]!;
}

/**
 * How many bookings each kind gets and how far apart a target's bookings are. Refuses sizes whose
 * bookings would not fit the inventory without overlapping or overbooking.
 */
export function bookingLayout(bookings: number, inventory: { units: number; sessions: number; staff: number }) {
  const sessionBookings = Math.round(bookings * SESSION_SHARE);
  const appointments = Math.round(bookings * APPOINTMENT_SHARE);
  const rentals = bookings - sessionBookings - appointments;
  const hoursPerUnitSlot = Math.floor((WINDOW_DAYS * DAY_HOURS) / Math.ceil(rentals / inventory.units));
  const bookingsPerSession = Math.ceil(sessionBookings / inventory.sessions);
  const weekdayBlocks = Math.floor(WINDOW_DAYS / 7) * 5 * 4; // two-hour blocks, Mon-Fri 09:00-17:00
  const blocksPerStaffSlot = Math.floor(weekdayBlocks / Math.ceil(appointments / inventory.staff));
  if (hoursPerUnitSlot < 8 || bookingsPerSession > 8 || blocksPerStaffSlot < 1) {
    throw new Error(`${bookings} bookings do not fit ${inventory.units} units, ${inventory.sessions} sessions and ${inventory.staff} staff: use more --listings.`);
  }
  return { ...inventory, rentals, sessionBookings, appointments, hoursPerUnitSlot, bookingsPerSession, blocksPerStaffSlot };
}

function wholeHour(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 3_600_000) * 3_600_000);
}

export async function datasetCounts(client: pg.Client): Promise<Pick<SeedReport, 'counts' | 'bookingsByStatus'>> {
  const { rows } = await client.query<DatasetCounts>(`
    SELECT (SELECT count(*) FROM "Vendor")::int AS vendors,
           (SELECT count(*) FROM "Listing" WHERE "kind" = 'RENTAL')::int AS "rentalListings",
           (SELECT count(*) FROM "Listing" WHERE "kind" = 'SESSION')::int AS "sessionListings",
           (SELECT count(*) FROM "Listing" WHERE "kind" = 'APPOINTMENT')::int AS "appointmentListings",
           (SELECT count(*) FROM "RentalUnit")::int AS units,
           (SELECT count(*) FROM "ListingSession")::int AS sessions,
           (SELECT count(*) FROM "StaffMember")::int AS staff,
           (SELECT count(*) FROM "Booking")::int AS bookings,
           (SELECT count(*) FROM "BookingAllocation")::int AS allocations,
           (SELECT count(*) FROM "BookingAllocation" WHERE "blocking")::int AS "blockingAllocations"`);
  const byStatus = await client.query<{ status: string; count: number }>(
    `SELECT "status", count(*)::int AS count FROM "Booking" GROUP BY "status" ORDER BY count DESC`,
  );
  return { counts: rows[0]!, bookingsByStatus: Object.fromEntries(byStatus.rows.map((r) => [r.status, r.count])) };
}
