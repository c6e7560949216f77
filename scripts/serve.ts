// Runs the app: resolves the database (DATABASE_URL or the embedded PostgreSQL), applies migrations,
// seeds demo data on the embedded database, then runs `next dev` or `next start` and stops the
// database with it.  Usage: tsx scripts/serve.ts dev|start [--fresh] [--build] [--port N]
import './load-env';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { resolveDatabase } from '@/lib/db/database';
import { dropAndCreateDatabase } from '@/lib/db/embedded-postgres';
import { migrateDatabase } from '@/lib/db/migrate';
import { appUrlProblem } from '@/lib/config/app-url';
import { demoModeFor } from '@/lib/config/demo-mode';
import { developmentAuthSecret } from './dev-secret';
import { runSeed } from './seed';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    fresh: { type: 'boolean', default: false }, // drop and recreate the embedded database first
    build: { type: 'boolean', default: false }, // always run `next build` before `next start`
    port: { type: 'string', default: process.env.PORT ?? '3000' } },
});
const mode = positionals[0] === 'start' ? 'start' : 'dev';

async function main() {
  const database = await resolveDatabase().catch((error: unknown) => {
    // One clear line (what holds the port or the data, and what to do), not a stack trace.
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
  console.log(`▶ Database: ${database.description}`);
  const demo = demoModeFor(process.env, { mode, embeddedDatabase: database.embedded });
  if (demo) console.log('▶ Demo mode: demo accounts, the test checkout and a demo banner on every page');
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await database.stop().catch(() => {});
    process.exit(code);
  };
  // Until Next.js runs, a signal stops the database; afterwards it goes to Next.js first.
  let onSignal: (signal: NodeJS.Signals) => void = (signal) => void stop(signal === 'SIGINT' ? 130 : 143);
  process.on('SIGINT', (signal) => onSignal(signal));
  process.on('SIGTERM', (signal) => onSignal(signal));

  try {
    if (values.fresh && database.embedded) await dropAndCreateDatabase(database.url);
    await migrateDatabase(database.url);
    console.log('▶ Migrations applied');
    // Demo data (known accounts, a published password) only in demo mode: never by accident in production.
    if (demo) await runSeed(database.url);
    else if (database.embedded) console.log('▶ No demo data (production): set DEMO_MODE=true to run the demo with its accounts and test payments');
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return stop(1);
  }

  // Absolute URLs come only from APP_URL; a local run on the embedded database defaults to this port.
  const appUrl = process.env.APP_URL?.trim() || (mode === 'dev' || database.embedded ? `http://localhost:${values.port}` : undefined);
  const appUrlIssue = appUrlProblem({ APP_URL: appUrl, NODE_ENV: mode === 'start' ? 'production' : 'development' });
  if (appUrlIssue) {
    console.error(`✖ ${appUrlIssue}`);
    return stop(1);
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...(appUrl ? { APP_URL: appUrl } : {}),
    DATABASE_URL: database.url,
    AUTH_SECRET: process.env.AUTH_SECRET ?? developmentAuthSecret(database.embedded),
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? 'true',
    DEMO_MODE: demo ? 'true' : 'false',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  const nextCli = createRequire(import.meta.url).resolve('next/dist/bin/next');
  if (mode === 'start' && (values.build || !existsSync(`${process.env.NEXT_DIST_DIR || '.next'}/BUILD_ID`))) {
    console.log('▶ Building the app (next build)');
    const build = spawnSync(process.execPath, [nextCli, 'build'], { stdio: 'inherit', env });
    if (build.status !== 0) return stop(build.status ?? 1);
  }
  const next = spawn(process.execPath, [nextCli, mode, '--port', values.port!], { stdio: 'inherit', env });
  onSignal = (signal) => next.kill(signal);
  next.on('exit', (code) => void stop(code ?? 0));
}

void main();
