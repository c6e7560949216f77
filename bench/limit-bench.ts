// The one-run benchmark (`npm run bench`): /api/v1 over HTTP against a production server
// (`next start`) on the 10k-listing / 1M-booking dataset, each figure beside its physical limit
// measured in the same run: the bare SQL statement that answers the same read, and raw INSERT
// throughput into the bookings table (with its exclusion constraint) for booking creation.
// Then autocannon load on pages and the catalog API. See bench/README.md.
// `npm run bench -- [--listings N] [--bookings N] [--requests 100] [--duration 10] [--port 3190] [--build] [--fresh]`
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { availableListingsSql } from '@/lib/availability-queries/available-listings';
import { issueTokenPair } from '@/lib/auth/api-tokens';
import { createPrismaClient, type Db } from '@/lib/db/prisma';
import { addDays, localDateOf } from '@/lib/domain/time';
import { openBenchDatabase } from './bench-database';
import { appointmentWindowSql, rawInsertThroughput, rawTargets, removeRawBookings, rentalWindowSql, sessionWindowSql, timeStatements, type InsertThroughput } from './limits';
import { writeReport } from './report';
import { freeRentalSlots, randomListings, type Slot } from './scenarios';
import { ensureSeeded } from './seed';
import { summarize, type LatencySummary } from './stats';

const { values: options } = parseArgs({
  options: {
    listings: { type: 'string', default: '10000' },
    bookings: { type: 'string', default: '1000000' },
    requests: { type: 'string', default: '100' },
    duration: { type: 'string', default: '10' },
    port: { type: 'string', default: '3190' },
    build: { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
  },
});
const REQUESTS = Number(options.requests);
// Reads are timed one request at a time, like the bare SQL beside them: latency, not queueing.
const READ_CONNECTIONS = 1;
const PORT = Number(options.port);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PARALLEL = 50;
const RACE = 200;
const OUTPUT = path.join('bench', 'output', 'latest.json');
const log = (line: string) => console.log(line);
// The server and this script sign and check the same access tokens.
process.env.AUTH_SECRET ??= randomUUID() + randomUUID();

type Http = LatencySummary & { rps: number; statuses: Record<string, number>; errors: number };
type Limit = { label: string; latency?: LatencySummary; perSecond?: number };
type Row = { scenario: string; http: Http; limit?: Limit; ratio?: { value: number; of: string }; target?: { text: string; met: boolean }; note?: string };

const database = await openBenchDatabase({ fresh: options.fresh });
let server: ChildProcess | undefined;
/** What the server printed last (errors behind 5xx answers). */
let serverOutput = () => '';
const stopAll = async () => {
  server?.kill('SIGTERM');
  await database.stop();
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stopAll().finally(() => process.exit(130)));

try {
  const loadBefore = os.loadavg();
  const started = performance.now();
  const dataset = await ensureSeeded(database.url, { listings: Number(options.listings), bookings: Number(options.bookings) }, log);
  const db = createPrismaClient(database.url, { max: 4 });
  const sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
  await removeRawBookings(sql);
  log(options.build ? 'Building and starting next start ...' : 'Starting next start on the existing build ...');
  server = await startServer(database.url);
  const rows: Row[] = [];
  const add = (row: Row) => {
    rows.push(row);
    log(`  ${row.scenario}: p50 ${row.http.p50.toFixed(1)} p95 ${row.http.p95.toFixed(1)} p99 ${row.http.p99.toFixed(1)} ms, ${row.http.rps.toFixed(0)} req/s${row.ratio ? `, ${row.ratio.value.toFixed(2)}× ${row.ratio.of}` : ''}`);
  };

  // ── Reads: catalog search with a date range, and one listing's next 31 days per kind ──
  const fromDate = localDateOf(new Date(Date.now() + 14 * 86_400_000), 'UTC');
  const toDate = addDays(fromDate, 2);
  const searchSql = availableListingsSql({ fromDate, toDate, now: new Date() });
  const bareSearch = { text: searchSql.text, values: searchSql.values };
  const pageOfSql = (limit: number) => ({
    text: `SELECT l."id", l."title", l."slug", l."priceAmount", a."available" FROM (${searchSql.text}) a JOIN "Listing" l ON l."id" = a."listingId" ORDER BY l."publishedAt" DESC, l."id" LIMIT ${limit + 1}`,
    values: searchSql.values,
  });
  log('Measuring reads ...');
  for (const [label, path, limitSql] of [
    [`search ${fromDate}..${toDate}, page of 20`, `/api/v1/listings?from=${fromDate}&to=${toDate}&limit=20`, pageOfSql(20)],
    [`search ${fromDate}..${toDate}, page of 100`, `/api/v1/listings?from=${fromDate}&to=${toDate}&limit=100`, bareSearch],
  ] as const) {
    const http = await load({ path, amount: REQUESTS });
    const bare = await timeStatements(sql, 50, () => limitSql);
    const within = http.p95 <= 50 && http.p95 <= 3 * bare.p95;
    add({
      scenario: label,
      http,
      limit: { label: limitSql === bareSearch ? 'bare SQL: whole result' : 'bare SQL: first 21', latency: bare },
      ratio: { value: http.p95 / bare.p95, of: 'bare SQL p95' },
      target: { text: 'p95 ≤ 50 ms and ≤ 3× SQL', met: within },
    });
  }
  for (const kind of ['RENTAL', 'SESSION', 'APPOINTMENT'] as const) {
    const ids = await randomListings(db, kind, 40);
    let next = 0;
    const windowFrom = new Date(`${fromDate}T00:00:00Z`);
    const windowTo = new Date(windowFrom.getTime() + 31 * 86_400_000);
    const statement = kind === 'RENTAL' ? rentalWindowSql : kind === 'SESSION' ? sessionWindowSql : appointmentWindowSql;
    const http = await load({ pathFor: () => `/api/v1/listings/${ids[next++ % ids.length]}/availability?from=${fromDate}&to=${addDays(fromDate, 30)}`, amount: REQUESTS });
    const bare = await timeStatements(sql, 80, (run) => statement(ids[run < 0 ? -run : run % ids.length]!, windowFrom, windowTo));
    add({
      scenario: `availability 31 d, ${kind.toLowerCase()}`,
      http,
      limit: { label: 'bare SQL: rows of the window', latency: bare },
      ratio: { value: http.p95 / bare.p95, of: 'bare SQL p95' },
      target: { text: 'p95 ≤ 30 ms', met: http.p95 <= 30 },
      note: `${ids.length} listings in turn`,
    });
  }

  // ── Booking creation: raw INSERT limits, then the API ──
  log('Measuring raw INSERT throughput ...');
  const rawSequential = await rawInsertThroughput(database.url, await rawTargets(sql, 200), 1);
  const rawParallel = await rawInsertThroughput(database.url, await rawTargets(sql, 1000), PARALLEL);
  await removeRawBookings(sql);
  const raw = (t: InsertThroughput, label: string): Limit => ({ label, latency: t.latency, perSecond: t.perSecond });

  log('Measuring bookings over HTTP ...');
  const customers = await customerTokens(db, RACE);
  let turn = 0;
  const token = () => customers[turn++ % customers.length]!;
  const sequentialSlots = await freeRentalSlots(db, 60, { bookable: true });
  const parallelSlots = await freeRentalSlots(db, 300, { bookable: true });
  const oneListing = await freeDatesOnOneListing(db, PARALLEL);
  const bodyOf = (s: Slot) => JSON.stringify({ listing_id: s.listingId, start_at: s.startAt.toISOString(), end_at: s.endAt.toISOString(), quantity: 1 });
  const post = (slots: Slot[], connections: number) => {
    let i = 0;
    return load({ method: 'POST', path: '/api/v1/bookings', tokenFor: token, bodyFor: () => bodyOf(slots[i++]!), amount: slots.length, connections });
  };
  const sequential = await post(sequentialSlots, 1);
  add({ scenario: 'POST /bookings, one at a time', http: sequential, limit: raw(rawSequential, 'raw INSERT, 1 connection'), ratio: { value: sequential.rps / rawSequential.perSecond, of: 'raw INSERT/s' }, note: created(sequential, sequentialSlots.length) });
  const parallel = await post(parallelSlots, PARALLEL);
  add({
    scenario: `POST /bookings, ${PARALLEL} parallel, own listings`,
    http: parallel,
    limit: raw(rawParallel, `raw INSERT, ${PARALLEL} connections`),
    ratio: { value: parallel.rps / rawParallel.perSecond, of: 'raw INSERT/s' },
    target: { text: '≥ 40 % of raw INSERT/s', met: parallel.rps >= 0.4 * rawParallel.perSecond && ok(parallel, parallelSlots.length) },
    note: created(parallel, parallelSlots.length),
  });
  const same = await post(oneListing, PARALLEL);
  add({
    scenario: `POST /bookings, ${PARALLEL} parallel, one listing`,
    http: same,
    limit: { label: 'the same over different listings', latency: parallel, perSecond: parallel.rps },
    ratio: { value: same.rps / parallel.rps, of: 'different listings req/s' },
    note: `different dates; ${created(same, oneListing.length)}`,
  });

  const [contested] = await freeRentalSlots(db, 1, { singleUnit: true, bookable: true });
  const race = await load({ method: 'POST', path: '/api/v1/bookings', tokenFor: token, bodyFor: () => bodyOf(contested!), amount: RACE, connections: RACE });
  const [{ won }] = (await sql.query<{ won: number }>(
    `SELECT count(*)::int AS won FROM "Booking" WHERE "listingId" = $1 AND "startAt" = $2 AND "status" NOT IN ('CANCELLED', 'EXPIRED', 'DECLINED')`,
    [contested!.listingId, contested!.startAt],
  )).rows as [{ won: number }];
  const winners = race.statuses['201'] ?? 0;
  const raceOk = won === 1 && winners === 1 && (race.statuses['409'] ?? 0) === RACE - 1 && race.errors === 0;
  add({
    scenario: `POST /bookings, ${RACE} parallel, one slot`,
    http: race,
    target: { text: 'exactly 1 wins, p99 ≤ 500 ms', met: raceOk && race.p99 <= 500 },
    note: `${statusText(race)}; ${won} booking in the database`,
  });
  if (!raceOk) process.exitCode = 1; // exactly one may win, the rest must get 409

  // ── Load: pages and the catalog API at 50 connections ──
  log(`Load: ${PARALLEL} connections, ${options.duration} s each ...`);
  const [page] = (await sql.query<{ vendor: string; listing: string }>(
    `SELECT v."slug" AS vendor, l."slug" AS listing FROM "Listing" l JOIN "Vendor" v ON v."id" = l."vendorId"
     WHERE l."status" = 'PUBLISHED' AND v."status" = 'ACTIVE' AND l."kind" = 'RENTAL' ORDER BY l."slug" LIMIT 1`,
  )).rows;
  const loads: Array<{ phase: string; result: Http }> = [];
  for (const [phase, target] of [
    ['catalog page /search', `/search?from=${fromDate}&to=${toDate}`],
    ['listing page', `/v/${page!.vendor}/${page!.listing}`],
    ['GET /api/v1/listings', '/api/v1/listings?limit=24'],
  ] as const) {
    await load({ path: target, amount: 20, connections: 4 }); // warm-up
    loads.push({ phase: `${phase} (${target})`, result: await load({ path: target, duration: Number(options.duration), connections: PARALLEL }) });
  }

  const loadAfter = os.loadavg();
  print(rows, loads, loadBefore, loadAfter, (performance.now() - started) / 1000);
  await writeReport({ generatedAt: new Date().toISOString(), loadAverageBefore: loadBefore, loadAverageAfter: loadAfter, cpus: os.cpus().length, dataset, rows, loads }, OUTPUT);
  log(`Written to ${OUTPUT}`);
  const failed = [...rows.map((r) => r.http), ...loads.map((l) => l.result)].some((h) => Object.keys(h.statuses).some((code) => code.startsWith('5')));
  if (failed) log(`\nThe server answered 5xx; its last output:\n${serverOutput().slice(-4000)}`);
  await sql.end();
  await db.$disconnect();
} finally {
  await stopAll();
}

function ok(http: Http, expected: number) {
  return (http.statuses['201'] ?? 0) === expected && http.errors === 0;
}

function created(http: Http, expected: number) {
  return `${http.statuses['201'] ?? 0} of ${expected} created${ok(http, expected) ? '' : ` (${statusText(http)})`}`;
}

function statusText(http: Http) {
  return `${Object.entries(http.statuses).map(([code, n]) => `${n}× ${code}`).join(', ')}${http.errors ? `, ${http.errors} without an answer` : ''}`;
}

async function startServer(url: string): Promise<ChildProcess> {
  const args = ['--conditions=react-server', '--import', 'tsx', 'scripts/serve.ts', 'start', '--port', String(PORT), ...(options.build ? ['--build'] : [])];
  // Limits are the app's defence against abuse; a benchmark measures throughput, so it lifts them.
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, APP_URL: ORIGIN, API_RATE_LIMIT: '100000000', API_RATE_LIMIT_ANONYMOUS: '100000000' };
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  serverOutput = () => output;
  const deadline = Date.now() + 15 * 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server stopped:\n${output.slice(-2000)}`);
    if (await fetch(`${ORIGIN}/api/health`).then((r) => r.ok, () => false)) return child;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`The server did not answer /api/health in 15 minutes:\n${output.slice(-2000)}`);
}

/** Bench customers with API tokens: parallel bookings come from different people, as in life. */
async function customerTokens(db: Db, count: number): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const user = await db.user.create({ data: { email: `bench-${randomUUID()}@example.com`, name: `Bench Customer ${i}` } });
    tokens.push((await issueTokenPair(db, user.id)).accessToken);
  }
  return tokens;
}

/** `count` free 2-hour ranges on different days of one instantly bookable hourly rental. */
async function freeDatesOnOneListing(db: Db, count: number): Promise<Slot[]> {
  const [slot] = await freeRentalSlots(db, 1, { bookable: true });
  const base = Math.floor(slot!.startAt.getTime() / 86_400_000) * 86_400_000 + 10 * 3_600_000;
  const candidates = Array.from({ length: count * 2 }, (_, i) => ({ listingId: slot!.listingId, startAt: new Date(base + (i + 2) * 86_400_000), endAt: new Date(base + (i + 2) * 86_400_000 + 2 * 3_600_000) }));
  const free = await db.$queryRaw<Array<{ startAt: Date }>>`
    SELECT c."startAt" FROM unnest(${candidates.map((c) => c.startAt.toISOString())}::timestamptz[]) AS c("startAt")
    WHERE EXISTS (SELECT 1 FROM "RentalUnit" u WHERE u."listingId" = ${slot!.listingId}::uuid AND u."active" AND NOT EXISTS (
      SELECT 1 FROM "BookingAllocation" a WHERE a."unitId" = u."id" AND a."blocking"
        AND tstzrange(a."startAt", a."endAt", '[)') && tstzrange(c."startAt", c."startAt" + interval '2 hours', '[)')))`;
  const times = new Set(free.map((f) => f.startAt.getTime()));
  const slots = candidates.filter((c) => times.has(c.startAt.getTime())).slice(0, count);
  if (slots.length < count) throw new Error(`Found only ${slots.length} of ${count} free dates on one listing.`);
  return slots;
}

type LoadSpec = { path?: string; pathFor?: () => string; method?: 'GET' | 'POST'; tokenFor?: () => string; bodyFor?: () => string; amount?: number; duration?: number; connections?: number };

/** Sends `amount` requests (or for `duration` seconds) over keep-alive connections; GETs after 20 unrecorded warm-up requests. */
async function load(spec: LoadSpec): Promise<Http> {
  const request = () => ({
    method: spec.method ?? 'GET',
    path: spec.pathFor ? spec.pathFor() : spec.path!,
    headers: {
      'content-type': 'application/json',
      ...(spec.tokenFor ? { authorization: `Bearer ${spec.tokenFor()}` } : {}),
      ...(spec.method === 'POST' ? { 'idempotency-key': randomUUID() } : {}),
    },
    ...(spec.bodyFor ? { body: spec.bodyFor() } : {}),
  });
  if (spec.method !== 'POST' && !spec.duration) await run({ amount: 10, connections: 2 }, request);
  return run({ amount: spec.amount, duration: spec.duration, connections: spec.connections ?? READ_CONNECTIONS }, request);
}

async function run(size: { amount?: number; duration?: number; connections: number }, request: () => Record<string, unknown>): Promise<Http> {
  const samples: number[] = [];
  const statuses: Record<string, number> = {};
  const started = performance.now();
  // Errors and timeouts (no answer within 60 s) are counted apart from answers.
  const errors = await new Promise<number>((resolve, reject) => {
    const instance = autocannon(
      { url: ORIGIN, connections: size.connections, ...(size.duration ? { duration: size.duration } : { amount: size.amount }), timeout: 60, requests: [{ setupRequest: (req: object) => ({ ...req, ...request() }) }] } as autocannon.Options,
      (error, result) => (error ? reject(error) : resolve(result.errors + result.timeouts)),
    );
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
      samples.push(ms);
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
  const seconds = (performance.now() - started) / 1000;
  return { ...summarize(samples), rps: samples.length / seconds, statuses, errors };
}

function print(rows: Row[], loads: Array<{ phase: string; result: Http }>, before: number[], after: number[], seconds: number) {
  const n = (v: number | undefined, width = 8) => (v === undefined || !Number.isFinite(v) ? '-' : v.toFixed(1)).padStart(width);
  const average = (l: number[]) => l.map((v) => v.toFixed(1)).join(' ');
  log('');
  log(`Machine: ${os.cpus().length} CPUs; load average ${average(before)} before, ${average(after)} after; ${seconds.toFixed(0)} s`);
  log(`${'scenario'.padEnd(42)}${'req/s'.padStart(8)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'p99'.padStart(8)} | ${'limit'.padEnd(34)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'/s'.padStart(8)} | ${'ratio'.padStart(7)} | target`);
  for (const r of rows) {
    const target = r.target ? `${r.target.met ? 'MET ' : 'MISS'} ${r.target.text}` : '';
    log(`${r.scenario.padEnd(42)}${n(r.http.rps)}${n(r.http.p50)}${n(r.http.p95)}${n(r.http.p99)} | ${(r.limit?.label ?? '').padEnd(34)}${n(r.limit?.latency?.p50)}${n(r.limit?.latency?.p95)}${n(r.limit?.perSecond)} | ${n(r.ratio?.value, 7)} | ${target}${r.note ? `  (${r.note})` : ''}`);
  }
  log('(ms; reads one request at a time, like their bare SQL; ratio: HTTP p95 / bare SQL p95 for reads, HTTP req/s / raw INSERT/s for bookings)');
  log('');
  log(`Load at ${PARALLEL} connections, ${options.duration} s each:`);
  for (const { phase, result } of loads) log(`  ${phase.padEnd(70)} ${n(result.rps)} req/s  p50 ${n(result.p50)}  p99 ${n(result.p99)} ms  ${statusText(result)}`);
}
