import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dropAndCreateDatabase, startEmbeddedPostgres } from '@/lib/db/embedded-postgres';
import { migrateDatabase } from '@/lib/db/migrate';
import { runSeed } from '../../scripts/seed';

// The production app for the HTTP benchmarks (fuzz, crash, load): `next start` on the existing
// build (`npm run build` first), on a fresh database seeded with the demo data, on an embedded
// PostgreSQL in .data/ (or BENCH_DATABASE_URL's server). Next.js runs as a direct child, so a
// benchmark can SIGKILL exactly it and start it again on the same database.

export type BenchApp = {
  baseUrl: string;
  databaseUrl: string;
  cronSecret: string;
  /** The running `next start` process. */
  process(): ChildProcess;
  /** Starts `next start` again (after a kill) and waits until it answers. */
  restart(): Promise<number>;
  kill(signal?: NodeJS.Signals): Promise<void>;
  stop(): Promise<void>;
};

const nextCli = () => createRequire(import.meta.url).resolve('next/dist/bin/next');

export async function startBenchApp(options: { name: string; port: number; env?: Record<string, string>; quiet?: boolean }): Promise<BenchApp> {
  if (!existsSync(`${process.env.NEXT_DIST_DIR || '.next'}/BUILD_ID`)) throw new Error('No production build: run `npm run build` first.');
  const admin = process.env.BENCH_DATABASE_URL;
  const server = admin ? null : await startEmbeddedPostgres('.data/bench-http-postgres', 54369);
  const databaseUrl = admin ? Object.assign(new URL(admin), { pathname: `/${options.name}` }).toString() : server!.url(options.name);
  await dropAndCreateDatabase(databaseUrl);
  await migrateDatabase(databaseUrl);
  const log = console.log;
  console.log = () => {}; // the seed lists the demo accounts
  try {
    await runSeed(databaseUrl);
  } finally {
    console.log = log;
  }

  const baseUrl = `http://127.0.0.1:${options.port}`;
  const cronSecret = randomBytes(16).toString('hex');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(32).toString('hex'),
    AUTH_TRUST_HOST: 'true',
    DEMO_MODE: 'true',
    APP_URL: baseUrl,
    CRON_SECRET: cronSecret,
    NEXT_TELEMETRY_DISABLED: '1',
    ...options.env,
  };
  let child: ChildProcess;
  const launch = async () => {
    const started = Date.now();
    child = spawn(process.execPath, [nextCli(), 'start', '--port', String(options.port), '--hostname', '127.0.0.1'], { env, stdio: options.quiet ? 'ignore' : ['ignore', 'inherit', 'inherit'] });
    await waitUntilUp(baseUrl, child);
    return Date.now() - started;
  };
  const exited = (c: ChildProcess) => c.exitCode !== null || c.signalCode !== null;
  const kill = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (!child || exited(child)) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await gone;
  };
  await launch();
  return {
    baseUrl,
    databaseUrl,
    cronSecret,
    process: () => child,
    restart: launch,
    kill,
    async stop() {
      await kill('SIGTERM');
      await server?.stop();
    },
  };
}

async function waitUntilUp(baseUrl: string, child: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`next start did not answer on ${baseUrl} within 60 s`);
}
