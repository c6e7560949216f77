// Booking benchmark: seeds a large dataset (once) and measures the availability read models and
// booking creation, alone and racing. `npm run bench -- [--fresh] [--listings N] [--bookings N]`;
// see bench/README.md.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPrismaClient } from '@/lib/db/prisma';
import { openBenchDatabase } from './bench-database';
import { printReport, writeReport, type BenchReport } from './report';
import { catalogSearch, monthSchedule, raceForOneSlot, sequentialBookings, type ScenarioResult } from './scenarios';
import { ensureSeeded } from './seed';

const RUNS = { search: 50, pageSize: 24, month: 50, bookings: 200, raceRequests: 200, raceClients: 4 };
const OUTPUT = path.join('bench', 'output', 'latest.json');
const log = (line: string) => console.log(line);

const options = parseOptions();
const loadAverageBefore = os.loadavg();
const database = await openBenchDatabase({ fresh: options.fresh });
// An embedded server left running would keep its port and data directory locked.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void database.stop().finally(() => process.exit(130)));
}

try {
  log(`Database: ${database.description}`);
  const dataset = await ensureSeeded(database.url, options, log);
  // Sequential scenarios need few connections; the race opens its own pools.
  const db = createPrismaClient(database.url, { max: 4 });
  try {
    const results: ScenarioResult[] = [];
    const run = async (label: string, scenario: () => Promise<ScenarioResult>) => {
      log(`Measuring ${label} ...`);
      results.push(await scenario());
    };
    await run('catalog search', () => catalogSearch(db, RUNS.search));
    await run('catalog search, one page', () => catalogSearch(db, RUNS.search, { pageSize: RUNS.pageSize }));
    for (const kind of ['RENTAL', 'SESSION', 'APPOINTMENT'] as const) {
      await run(`${kind.toLowerCase()} month schedules`, () => monthSchedule(db, kind, RUNS.month));
    }
    await run('booking creation', () => sequentialBookings(db, RUNS.bookings));
    log('Measuring the race ...');
    const race = await raceForOneSlot(db, database.url, RUNS.raceRequests, RUNS.raceClients);
    results.push(race);

    const [version] = await db.$queryRaw<Array<{ server_version: string }>>`SHOW server_version`;
    const report: BenchReport = {
      generatedAt: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        loadAverageBefore,
        loadAverageAfter: os.loadavg(),
      },
      database: { description: database.description, serverVersion: version?.server_version ?? 'unknown' },
      dataset,
      results,
    };
    printReport(report, log);
    await writeReport(report, OUTPUT);
    log(`\nWritten to ${OUTPUT}`);
    if (race.succeeded !== 1 || Object.keys(race.outcomes).some((kind) => kind !== 'OK' && kind !== 'SLOT_UNAVAILABLE')) {
      console.error('The race did not end with exactly one booking and SlotUnavailable for the rest.');
      process.exitCode = 1;
    }
  } finally {
    await db.$disconnect();
  }
} finally {
  await database.stop();
}

function parseOptions(): { fresh: boolean; listings: number; bookings: number } {
  const { values } = parseArgs({
    options: {
      fresh: { type: 'boolean', default: false },
      listings: { type: 'string', default: '10000' },
      bookings: { type: 'string', default: '1000000' },
    },
  });
  const listings = Number(values.listings);
  const bookings = Number(values.bookings);
  if (!Number.isInteger(listings) || listings < 20 || !Number.isInteger(bookings) || bookings < 1) {
    throw new Error('Use --listings N (at least 20, so every kind exists) and --bookings N (at least 1).');
  }
  return { fresh: values.fresh, listings, bookings };
}
