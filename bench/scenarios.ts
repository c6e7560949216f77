import { performance } from 'node:perf_hooks';
import { availableListings } from '@/lib/availability-queries/available-listings';
import { listingMonthSchedule } from '@/lib/availability-queries/listing-availability';
import { requestBooking } from '@/lib/booking/request-booking';
import { createPrismaClient, type Db } from '@/lib/db/prisma';
import { DomainError } from '@/lib/errors';
import type { ListingKind } from '@/lib/generated/prisma/enums';
import { summarize, timed, timeRuns, type LatencySummary } from './stats';

// What is measured: the read models behind the catalog and listing pages, and booking creation
// alone and under a race, each through the real services on the seeded data.

export type ScenarioResult = { scenario: string; latency: LatencySummary; note: string };
export type RaceResult = ScenarioResult & { wallMs: number; connections: number; succeeded: number; outcomes: Record<string, number> };

// Inputs are drawn for WARMUP + runs; input[run + WARMUP] gives warm-ups (run < 0) the first ones.
const WARMUP = 5;
const HOUR_MS = 3_600_000;
const GUEST = { kind: 'guest' } as const;
const CONTACT = { name: 'Bench Guest', email: 'bench.guest@example.com', phone: '+44 7700 900999' };

export type Slot = { listingId: string; startAt: Date; endAt: Date };

/**
 * availableListings over a random 1-3 day range starting in the next 3 months: over the whole
 * catalog, or (with `pageSize`) restricted to that many random listings, as for one results page.
 */
export async function catalogSearch(db: Db, runs: number, { pageSize }: { pageSize?: number } = {}): Promise<ScenarioResult> {
  const pool = pageSize ? await randomListings(db, null, 10 * pageSize) : [];
  const found: number[] = [];
  const samples = await timeRuns(runs, WARMUP, async () => {
    const from = randomHourAhead(1, 90);
    const to = new Date(from.getTime() + randomInt(1, 3) * 24 * HOUR_MS);
    const listingIds = pageSize ? shuffled(pool).slice(0, pageSize) : undefined;
    found.push((await availableListings(db, { from, to, now: new Date(), listingIds })).length);
  });
  return {
    scenario: pageSize ? `catalog search, ${pageSize} listings` : 'catalog search, whole catalog',
    latency: summarize(samples),
    note: `1-3 day range; ~${Math.round(average(found))} listings per answer`,
  };
}

/** listingMonthSchedule of random published listings of one kind, for one of the next 3 months. */
export async function monthSchedule(db: Db, kind: ListingKind, runs: number): Promise<ScenarioResult> {
  const ids = await randomListings(db, kind, runs + WARMUP);
  const samples = await timeRuns(Math.min(runs, ids.length - WARMUP), WARMUP, async (run) => {
    await listingMonthSchedule(db, ids[run + WARMUP]!, monthAhead(randomInt(0, 2)), new Date());
  });
  return { scenario: `month schedule, ${kind.toLowerCase()}`, latency: summarize(samples), note: '31 days of one listing' };
}

/** requestBooking one after another, each on another listing and a range known to be free. */
export async function sequentialBookings(db: Db, count: number): Promise<ScenarioResult> {
  const slots = await freeRentalSlots(db, count + WARMUP);
  const outcomes: Record<string, number> = {};
  const samples = await timeRuns(slots.length - WARMUP, WARMUP, async (run) => {
    const outcome = await attemptBooking(db, slots[run + WARMUP]!);
    if (run >= 0) outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  });
  return { scenario: 'create booking, no contention', latency: summarize(samples), note: describeOutcomes(outcomes) };
}

/**
 * `requests` guests book the same unit for the same range at once, over `clients` Prisma clients
 * with their own connection pools (separate connections, as from several app servers).
 * Exactly one must win; the rest must get SlotUnavailable.
 */
export async function raceForOneSlot(db: Db, url: string, requests: number, clients: number): Promise<RaceResult> {
  const [slot, ...warmupSlots] = await freeRentalSlots(db, 1 + clients, { singleUnit: true });
  if (!slot || warmupSlots.length < clients) throw new Error('No free single-unit rental slot found for the race.');
  const connections = Math.min(50, Math.floor((await spareConnections(db)) / clients));
  const pools = Array.from({ length: clients }, () => createPrismaClient(url, { max: connections }));
  try {
    // Open every connection and warm each client's query compiler before the start signal.
    await Promise.all(pools.map((pool) => Promise.all(Array.from({ length: connections }, () => pool.$executeRaw`SELECT pg_sleep(0.2)`))));
    await Promise.all(pools.map((pool, i) => attemptBooking(pool, warmupSlots[i]!)));

    const started = performance.now();
    const attempts = await Promise.all(Array.from({ length: requests }, (_, i) => timed(() => attemptBooking(pools[i % clients]!, slot))));
    const wallMs = performance.now() - started;

    const outcomes: Record<string, number> = {};
    for (const { value } of attempts) outcomes[value] = (outcomes[value] ?? 0) + 1;
    const holders = await blockingAllocationsOn(db, slot);
    if (holders !== 1) outcomes[`INVARIANT BROKEN: ${holders} blocking allocations on the slot`] = 1;
    return {
      scenario: `race: ${requests} parallel, one slot`,
      latency: summarize(attempts.map((a) => a.ms)),
      note: `wall ${wallMs.toFixed(0)} ms over ${connections * clients} connections; ${describeOutcomes(outcomes)}`,
      wallMs,
      connections: connections * clients,
      succeeded: outcomes.OK ?? 0,
      outcomes,
    };
  } finally {
    await Promise.all(pools.map((pool) => pool.$disconnect()));
  }
}

/** 'OK', or the kind of error: a domain error's code, else the error's first line. */
async function attemptBooking(db: Db, slot: Slot): Promise<string> {
  try {
    await requestBooking(db, { ...slot, quantity: 1, contact: CONTACT }, GUEST);
    return 'OK';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    return error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]!.slice(0, 120)}` : String(error);
  }
}

/** Random public listings, of one kind or (kind null) of any. */
export async function randomListings(db: Db, kind: ListingKind | null, count: number): Promise<string[]> {
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    SELECT l."id" FROM "Listing" l JOIN "Vendor" v ON v."id" = l."vendorId"
    WHERE (l."kind" = ${kind}::"ListingKind" OR ${kind}::"ListingKind" IS NULL) AND l."status" = 'PUBLISHED' AND v."status" = 'ACTIVE'
    ORDER BY random() LIMIT ${count}`;
  return rows.map((r) => r.id);
}

/**
 * Bookable rental ranges (2-4 hours, in the next 3 months), one per listing, each with a unit
 * that no blocking allocation touches, so the booking succeeds unless someone races for it.
 * `bookable`: only hourly listings booked instantly with nothing to pay, so an API booking succeeds.
 */
export async function freeRentalSlots(db: Db, count: number, { singleUnit = false, bookable = false } = {}): Promise<Slot[]> {
  const slots: Slot[] = [];
  const seen = new Set<string>();
  for (let round = 0; round < 5 && slots.length < count; round += 1) {
    const ids = await db.$queryRaw<Array<{ id: string }>>`
      SELECT l."id" FROM "Listing" l JOIN "Vendor" v ON v."id" = l."vendorId"
      WHERE l."kind" = 'RENTAL' AND l."status" = 'PUBLISHED' AND v."status" = 'ACTIVE'
        AND (NOT ${singleUnit} OR (SELECT count(*) FROM "RentalUnit" u WHERE u."listingId" = l."id") = 1)
        -- bookable: any hour, confirmed at once (no hold, so no cap on a customer's unpaid holds)
        AND (NOT ${bookable} OR (l."pricingUnit" = 'HOUR' AND l."bookingMode" = 'INSTANT' AND l."paymentMode" = 'NONE'))
      ORDER BY random() LIMIT ${2 * count}`;
    const candidates = ids.filter(({ id }) => !seen.has(id)).map(({ id }) => {
      const startAt = randomHourAhead(1, 90);
      return { listingId: id, startAt, endAt: new Date(startAt.getTime() + randomInt(2, 4) * HOUR_MS) };
    });
    const free = await db.$queryRaw<Array<{ listingId: string }>>`
      SELECT c."listingId"::text AS "listingId"
      FROM unnest(${candidates.map((c) => c.listingId)}::uuid[], ${candidates.map((c) => c.startAt.toISOString())}::timestamptz[],
                  ${candidates.map((c) => c.endAt.toISOString())}::timestamptz[]) AS c("listingId", "startAt", "endAt")
      WHERE EXISTS (
        SELECT 1 FROM "RentalUnit" u WHERE u."listingId" = c."listingId" AND u."active" AND NOT EXISTS (
          SELECT 1 FROM "BookingAllocation" a WHERE a."unitId" = u."id" AND a."blocking"
            AND tstzrange(a."startAt", a."endAt", '[)') && tstzrange(c."startAt", c."endAt", '[)')))`;
    const freeIds = new Set(free.map((f) => f.listingId));
    for (const candidate of candidates) {
      seen.add(candidate.listingId);
      if (freeIds.has(candidate.listingId) && slots.length < count) slots.push(candidate);
    }
  }
  if (slots.length < count) throw new Error(`Found only ${slots.length} of ${count} free rental slots.`);
  return slots;
}

/** Connections the server still accepts, minus a few for admin work. */
async function spareConnections(db: Db): Promise<number> {
  const [row] = await db.$queryRaw<Array<{ spare: number }>>`
    SELECT (current_setting('max_connections')::int
            - (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend') - 3)::int AS spare`;
  return row?.spare ?? 0;
}

async function blockingAllocationsOn(db: Db, slot: Slot): Promise<number> {
  const [row] = await db.$queryRaw<Array<{ count: number }>>`
    SELECT count(*)::int AS count FROM "BookingAllocation" a JOIN "RentalUnit" u ON u."id" = a."unitId"
    WHERE u."listingId" = ${slot.listingId}::uuid AND a."blocking"
      AND tstzrange(a."startAt", a."endAt", '[)') && tstzrange(${slot.startAt}, ${slot.endAt}, '[)')`;
  return row?.count ?? 0;
}

function describeOutcomes(outcomes: Record<string, number>): string {
  return Object.entries(outcomes)
    .sort(([, a], [, b]) => b - a)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
}

function randomInt(min: number, max: number): number {
  return min + Math.floor(Math.random() * (max - min + 1));
}

/** A whole hour between `minDays` and `maxDays` from now. */
function randomHourAhead(minDays: number, maxDays: number): Date {
  const hours = randomInt(minDays * 24, maxDays * 24);
  return new Date((Math.floor(Date.now() / HOUR_MS) + hours) * HOUR_MS);
}

/** 'YYYY-MM' of the month `offset` months from now (UTC). */
function monthAhead(offset: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1)).toISOString().slice(0, 7);
}

function shuffled<T>(values: readonly T[]): T[] {
  const copy = [...values];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = randomInt(0, i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function average(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / (values.length || 1);
}
