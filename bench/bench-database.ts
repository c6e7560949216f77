import { dropAndCreateDatabase, ensureDatabase, startEmbeddedPostgres } from '@/lib/db/embedded-postgres';
import { migrateDatabase } from '@/lib/db/migrate';

// The benchmark's own database: `booking_bench` on BENCH_DATABASE_URL's server, or on an embedded
// PostgreSQL kept in .data/bench-postgres, so a benchmark never touches dev or test data.

export const BENCH_DATABASE = 'booking_bench';
const EMBEDDED_DIR = '.data/bench-postgres';
const EMBEDDED_PORT = 54349;

export type BenchDatabase = { url: string; description: string; stop: () => Promise<void> };

/** Opens (creating or, with `fresh`, recreating) and migrates the bench database. */
export async function openBenchDatabase({ fresh }: { fresh: boolean }): Promise<BenchDatabase> {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  const server = adminUrl
    ? { adminUrl, description: `BENCH_DATABASE_URL (${new URL(adminUrl).host})`, stop: async () => {} }
    : await startEmbedded();
  try {
    const url = withDatabase(server.adminUrl, BENCH_DATABASE);
    if (fresh) await dropAndCreateDatabase(url);
    else await ensureDatabase(server.adminUrl, BENCH_DATABASE);
    await migrateDatabase(url).catch((error: unknown) => {
      throw new Error(`${error instanceof Error ? error.message : String(error)}\n(Offline? Run "source /work/shared/prisma-offline/env.sh" first.)`);
    });
    return { url, description: `${server.description}, database ${BENCH_DATABASE}`, stop: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

async function startEmbedded() {
  const server = await startEmbeddedPostgres(EMBEDDED_DIR, EMBEDDED_PORT);
  const adminUrl = server.url('postgres');
  return { adminUrl, description: `embedded PostgreSQL in ${EMBEDDED_DIR} (port ${new URL(adminUrl).port})`, stop: server.stop };
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
