// /api/v1 over HTTP against a production server (`next start`) on the benchmark dataset, beside
// the same work called in-process (no HTTP, no JSON), so the cost of the web layer is visible.
// `npm run bench:http -- [--listings N] [--bookings N] [--connections 10] [--build]`; see bench/README.md.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { listingMonthSchedule } from '@/lib/availability-queries/listing-availability';
import { issueTokenPair } from '@/lib/auth/api-tokens';
import { searchFiltersSchema, searchListingsPage } from '@/lib/catalog/search';
import { PrismaPg } from '@prisma/adapter-pg';
import type { Db } from '@/lib/db/prisma';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { addDays, localDateOf } from '@/lib/domain/time';
import { openBenchDatabase } from './bench-database';
import { freeRentalSlots, randomListings } from './scenarios';
import { ensureSeeded } from './seed';
import { summarize, timeRuns, type LatencySummary } from './stats';

const { values: options } = parseArgs({
  options: {
    listings: { type: 'string', default: '10000' },
    bookings: { type: 'string', default: '1000000' },
    connections: { type: 'string', default: '10' },
    requests: { type: 'string', default: '300' },
    port: { type: 'string', default: '3190' },
    build: { type: 'boolean', default: false },
  },
});
const CONNECTIONS = Number(options.connections);
const REQUESTS = Number(options.requests);
const PORT = Number(options.port);
const BASE = `http://127.0.0.1:${PORT}/api/v1`;
const log = (line: string) => console.log(line);
// The server and this script sign and check the same access tokens.
process.env.AUTH_SECRET ??= randomUUID() + randomUUID();

type Row = { scenario: string; http: LatencySummary & { rps: number; non2xx: number; errors: number }; inProcess?: LatencySummary; sql?: LatencySummary; note: string };

const database = await openBenchDatabase({ fresh: false });
let server: ChildProcess | undefined;
const stopAll = async () => {
  server?.kill('SIGTERM');
  await database.stop();
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stopAll().finally(() => process.exit(130)));

try {
  const loadBefore = os.loadavg();
  await ensureSeeded(database.url, { listings: Number(options.listings), bookings: Number(options.bookings) }, log);
  // Prisma reports each query's time: summed per call, it is the bare SQL time of that call.
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 4 }), log: [{ emit: 'event', level: 'query' }] });
  let sqlMs = 0;
  db.$on('query', (event) => (sqlMs += event.duration));
  /** Times `work` in-process, and the SQL time inside each run. */
  const inProcess = async (runs: number, work: (run: number) => Promise<unknown>) => {
    const sql: number[] = [];
    const samples = await timeRuns(runs, 5, async (run) => {
      sqlMs = 0;
      await work(run);
      if (run >= 0) sql.push(sqlMs);
    });
    return { inProcess: summarize(samples), sql: summarize(sql) };
  };
  server = await startServer(database.url);
  const rows: Row[] = [];

  // Catalog search with a date range: the whole first page, as an app's search screen asks.
  const from = localDateOf(new Date(Date.now() + 14 * 86_400_000), 'UTC');
  const to = addDays(from, 2);
  rows.push({
    scenario: 'GET /listings?from&to (20)',
    http: await load({ path: `/listings?from=${from}&to=${to}&limit=20` }),
    ...(await inProcess(50, () => searchListingsPage(db, searchFiltersSchema.parse({ from, to }), { limit: 20 }))),
    note: `${from} to ${to}`,
  });
  rows.push({
    scenario: 'GET /listings?q=…&from&to (100)',
    http: await load({ path: `/listings?q=boat&from=${from}&to=${to}&limit=100` }),
    ...(await inProcess(50, () => searchListingsPage(db, searchFiltersSchema.parse({ q: 'boat', from, to }), { limit: 100 }))),
    note: 'words matched, 100 per page',
  });

  // One listing's next 31 days, for each kind.
  for (const kind of ['RENTAL', 'SESSION', 'APPOINTMENT'] as const) {
    const ids = await randomListings(db, kind, 40);
    let next = 0;
    const month = from.slice(0, 7);
    rows.push({
      scenario: `GET availability 31 d, ${kind.toLowerCase()}`,
      http: await load({ pathFor: () => `/listings/${ids[next++ % ids.length]}/availability?from=${from}&to=${addDays(from, 30)}` }),
      ...(await inProcess(40, (run) => listingMonthSchedule(db, ids[(run + 5) % ids.length]!, month, new Date()))),
      note: `${ids.length} listings in turn; in-process: the month calendar of one listing`,
    });
  }

  // Booking creation: non-conflicting (each request its own free range), then 200 for one slot.
  const token = await customerToken(db);
  const slots = await freeRentalSlots(db, REQUESTS + 20);
  let slot = 0;
  const bookingBody = () => {
    const s = slots[slot++ % slots.length]!;
    return JSON.stringify({ listing_id: s.listingId, start_at: s.startAt.toISOString(), end_at: s.endAt.toISOString(), quantity: 1 });
  };
  rows.push({ scenario: 'POST /bookings, no contention', http: await load({ method: 'POST', path: '/bookings', token, bodyFor: bookingBody }), note: `${CONNECTIONS} connections, each a free range` });

  const [contested] = await freeRentalSlots(db, 1, { singleUnit: true });
  const raceBody = JSON.stringify({ listing_id: contested!.listingId, start_at: contested!.startAt.toISOString(), end_at: contested!.endAt.toISOString(), quantity: 1 });
  const race = await load({ method: 'POST', path: '/bookings', token, bodyFor: () => raceBody, amount: 200, connections: 200 });
  const won = await db.booking.count({ where: { listingId: contested!.listingId, startAt: contested!.startAt, status: { notIn: ['CANCELLED', 'EXPIRED', 'DECLINED'] } } });
  const created = race.count - race.non2xx;
  rows.push({ scenario: 'POST /bookings, 200 for one slot', http: race, note: `${created} answered 201, ${race.non2xx} another status, ${race.errors} no answer; ${won} booking in the database` });
  if (won !== 1 || created !== 1 || race.errors > 0) process.exitCode = 1; // exactly one may win

  print(rows, loadBefore);
  await db.$disconnect();
} finally {
  await stopAll();
}

async function startServer(url: string): Promise<ChildProcess> {
  const args = ['--conditions=react-server', '--import', 'tsx', 'scripts/serve.ts', 'start', '--port', String(PORT), ...(options.build ? ['--build'] : [])];
  // Limits are the app's defence against abuse; a benchmark measures throughput, so it lifts them.
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, APP_URL: `http://127.0.0.1:${PORT}`, API_RATE_LIMIT: '100000000', API_RATE_LIMIT_ANONYMOUS: '100000000' };
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 15 * 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server stopped:\n${output.slice(-2000)}`);
    const healthy = await fetch(`http://127.0.0.1:${PORT}/api/health`).then((r) => r.ok, () => false);
    if (healthy) return child;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`The server did not answer /api/health in 15 minutes:\n${output.slice(-2000)}`);
}

async function customerToken(db: Db): Promise<string> {
  const user = await db.user.create({ data: { email: `bench-${randomUUID()}@example.com`, name: 'Bench Customer' } });
  return (await issueTokenPair(db, user.id)).accessToken;
}

type LoadSpec = { path?: string; pathFor?: () => string; method?: 'GET' | 'POST'; token?: string; bodyFor?: () => string; amount?: number; connections?: number };

/** Sends `amount` requests over `connections` keep-alive connections, after 20 unrecorded warm-up requests. */
async function load(spec: LoadSpec): Promise<Row['http']> {
  const headers = { 'content-type': 'application/json', ...(spec.token ? { authorization: `Bearer ${spec.token}` } : {}) };
  const request = () => ({
    method: spec.method ?? 'GET',
    path: `/api/v1${spec.pathFor ? spec.pathFor() : spec.path!}`,
    headers: { ...headers, ...(spec.method === 'POST' ? { 'idempotency-key': randomUUID() } : {}) },
    ...(spec.bodyFor ? { body: spec.bodyFor() } : {}),
  });
  if (spec.method !== 'POST') await run(20, Math.min(CONNECTIONS, 4), request); // warm-up (JIT, pools, caches)
  return run(spec.amount ?? REQUESTS, spec.connections ?? CONNECTIONS, request);
}

async function run(amount: number, connections: number, request: () => Record<string, unknown>): Promise<Row['http']> {
  const samples: number[] = [];
  let non2xx = 0;
  const started = performance.now();
  // Errors and timeouts (no answer within 60 s) are counted apart from answers.
  const errors = await new Promise<number>((resolve, reject) => {
    const instance = autocannon(
      { url: BASE.replace('/api/v1', ''), connections, amount, timeout: 60, requests: [{ setupRequest: (req: object) => ({ ...req, ...request() }) }] } as autocannon.Options,
      (error, result) => (error ? reject(error) : resolve(result.errors + result.timeouts)),
    );
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
      samples.push(ms);
      if (status < 200 || status >= 300) non2xx += 1;
    });
  });
  const seconds = (performance.now() - started) / 1000;
  return { ...summarize(samples), rps: samples.length / seconds, non2xx, errors };
}

function print(rows: Row[], loadBefore: number[]) {
  const n = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '-' : v.toFixed(1)).padStart(8);
  log('');
  log(`Machine: ${os.cpus().length} CPUs; load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')} before, ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} after`);
  log(`${'scenario'.padEnd(36)}${'req/s'.padStart(8)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'p99'.padStart(8)}${'non2xx'.padStart(8)}${'errors'.padStart(8)} | ${'in-process p50'.padStart(14)}${'p95'.padStart(8)} | ${'SQL p50'.padStart(8)}${'p95'.padStart(8)}  note`);
  for (const row of rows) {
    log(`${row.scenario.padEnd(36)}${n(row.http.rps)}${n(row.http.p50)}${n(row.http.p95)}${n(row.http.p99)}${String(row.http.non2xx).padStart(8)}${String(row.http.errors).padStart(8)} | ${n(row.inProcess?.p50).padStart(14)}${n(row.inProcess?.p95)} | ${n(row.sql?.p50)}${n(row.sql?.p95)}  ${row.note}`);
  }
  log('(milliseconds; HTTP through next start; in-process: the same service called directly on one connection pool; SQL: the time its queries took, as Prisma reports it)');
}
