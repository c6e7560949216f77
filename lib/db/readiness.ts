import 'server-only';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { postgresErrorOf } from './errors';
import type { Db } from './prisma';

// Readiness for a load balancer or an orchestrator: this server may take traffic once its database
// answers and holds every migration this build ships (prisma/migrations). A database that is
// ahead (a newer build migrated it during a rolling deploy) is fine; one that is behind is not.

export type Readiness =
  | { ready: true; migrations: number }
  | { ready: false; reason: 'database_unreachable' }
  | { ready: false; reason: 'migrations_pending'; pending: string[] }
  | { ready: false; reason: 'migration_failed'; failed: string[] };

/** Past this the database counts as unreachable (a cold server's first query can take seconds). */
const CHECK_TIMEOUT_MS = 10_000;

const MIGRATIONS_DIR = path.join(process.cwd(), 'prisma', 'migrations');
let shipped: string[] | undefined;

/** The migration folders this build ships (read once). */
export function shippedMigrations(): string[] {
  shipped ??= readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return shipped;
}

type MigrationRow = { migration_name: string; finished_at: Date | null; rolled_back_at: Date | null };

/** Is the database reachable, with every shipped migration applied and none failed? */
export async function checkReadiness(db: Db, expected: string[] = shippedMigrations()): Promise<Readiness> {
  let rows: MigrationRow[];
  try {
    rows = await withTimeout(
      db.$queryRaw<MigrationRow[]>`SELECT "migration_name", "finished_at", "rolled_back_at" FROM "_prisma_migrations"`.catch((error: unknown) => {
        // No migrations table yet: reachable, nothing applied (SQLSTATE 42P01, undefined_table).
        if (postgresErrorOf(error)?.sqlState === '42P01' || /_prisma_migrations" does not exist/.test(String(error))) return [];
        throw error;
      }),
      CHECK_TIMEOUT_MS,
    );
  } catch {
    return { ready: false, reason: 'database_unreachable' };
  }
  const live = rows.filter((row) => row.rolled_back_at === null);
  const failed = live.filter((row) => row.finished_at === null).map((row) => row.migration_name);
  if (failed.length > 0) return { ready: false, reason: 'migration_failed', failed };
  const applied = new Set(live.map((row) => row.migration_name));
  const pending = expected.filter((name) => !applied.has(name));
  if (pending.length > 0) return { ready: false, reason: 'migrations_pending', pending };
  return { ready: true, migrations: expected.length };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`No answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
