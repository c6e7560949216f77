import { chownSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '@/lib/db/embedded-postgres';

// The embedded PostgreSQL (npm run dev without DATABASE_URL) starts even when another checkout's
// server holds its usual port or is still shutting down, and remembers the port it took.

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function scratchDir() {
  const dir = mkdtempSync(path.join(tmpdir(), 'embedded-pg-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, 'postgres');
}

async function start(dataDir: string, port: number): Promise<EmbeddedDatabase> {
  const server = await startEmbeddedPostgres(dataDir, port);
  cleanups.push(() => server.stop());
  return server;
}

const portOf = (server: EmbeddedDatabase) => Number(new URL(server.url('postgres')).port);

describe('the embedded PostgreSQL', () => {
  it('takes another port when its usual one is held, and keeps using it on the next start', async () => {
    const held: Server = await new Promise((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => resolve(s));
    });
    cleanups.push(() => new Promise<void>((resolve) => held.close(() => resolve())));
    const usual = (held.address() as { port: number }).port;

    const dataDir = scratchDir();
    const first = await start(dataDir, usual);
    expect(portOf(first)).not.toBe(usual);
    await first.stop();

    const again = await start(dataDir, usual);
    expect(portOf(again)).toBe(portOf(first)); // remembered beside the data, so URLs stay the same
  }, 60_000);

  it('waits for the last run of the same data that is still shutting down', async () => {
    const dataDir = scratchDir();
    const first = await start(dataDir, 54_000 + Math.floor(Math.random() * 900));
    void first.stop(); // npm run dev stopped a moment ago and is still going down
    const again = await start(dataDir, portOf(first));
    expect(portOf(again)).toBe(portOf(first));
  }, 60_000);

  it('starts although a server still shutting down left its socket lock file for the port', async () => {
    const port = 54_000 + Math.floor(Math.random() * 900);
    const lock = `/tmp/.s.PGSQL.${port}.lock`;
    writeFileSync(lock, '1\n/tmp\n'); // PID 1 is alive: PostgreSQL would take it for a running server
    if (process.getuid?.() === 0) {
      const postgresUid = Number(readFileSync('/etc/passwd', 'utf8').match(/^postgres:[^:]*:(\d+):/m)?.[1] ?? 0);
      chownSync(lock, postgresUid, postgresUid);
    }
    cleanups.push(() => rmSync(lock, { force: true }));

    const server = await start(scratchDir(), port);
    expect(portOf(server)).toBe(port);
  }, 60_000);
});
