import path from 'node:path';
import { ensureDatabase, startEmbeddedPostgres } from './embedded-postgres';

export type ResolvedDatabase = { url: string; description: string; embedded: boolean; stop: () => Promise<void> };

const DEFAULT_DATA_DIR = '.data/postgres';

/**
 * The database the app uses: DATABASE_URL when set, otherwise an embedded PostgreSQL whose files
 * live in `.data/postgres` (or EMBEDDED_PG_DIR), kept across restarts.
 */
export async function resolveDatabase(options: { dataDir?: string; databaseName?: string } = {}): Promise<ResolvedDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    const { host, pathname } = new URL(configured);
    return { url: configured, description: `PostgreSQL from DATABASE_URL (${host}${pathname})`, embedded: false, stop: async () => {} };
  }
  const dataDir = options.dataDir ?? process.env.EMBEDDED_PG_DIR ?? DEFAULT_DATA_DIR;
  const databaseName = options.databaseName ?? 'booking';
  const server = await startEmbeddedPostgres(dataDir);
  await ensureDatabase(server.url('postgres'), databaseName);
  const url = server.url(databaseName);
  return {
    url,
    description: `embedded PostgreSQL in ${path.relative(process.cwd(), server.dataDir) || '.'} (${url.replace(/:[^:@/]+@/, ':***@')})`,
    embedded: true,
    stop: server.stop,
  };
}
