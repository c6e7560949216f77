import pg from 'pg';

// Which rows a request changed: a row trigger on every table logs each committed insert, update
// and delete (a rolled-back transaction logs nothing), so "a rejected input changed no rows" is a
// cheap query after each request. For fuzz databases only: never install it on real data.

/** Bookkeeping a refused request may legitimately write (rate-limit counters, idempotent replays of the refusal, a link's last use). */
export const BOOKKEEPING_TABLES = new Set(['RateLimitBucket', 'IdempotencyRecord', 'MagicLinkToken', 'ApiKey']);
/** Written after the response by the outbox worker for earlier, accepted requests. */
export const ASYNC_TABLES = new Set(['OutboxMessage', 'OutboxDelivery', 'Notification', 'EmailMessage', 'WebhookDelivery', 'BookingNudge']);

export type ChangeLog = {
  /** The last logged change's id. */
  mark(): Promise<number>;
  /** Tables changed since the mark, with counts. */
  since(mark: number): Promise<Record<string, number>>;
  close(): Promise<void>;
};

export async function installChangeLog(url: string): Promise<ChangeLog> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`
    CREATE TABLE IF NOT EXISTS fuzz_change_log (id bigserial PRIMARY KEY, tbl text NOT NULL, op text NOT NULL);
    CREATE OR REPLACE FUNCTION fuzz_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN INSERT INTO fuzz_change_log (tbl, op) VALUES (TG_TABLE_NAME, TG_OP); RETURN NULL; END $$;
  `);
  const { rows } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT IN ('fuzz_change_log', '_prisma_migrations')`,
  );
  for (const { name } of rows) {
    await client.query(`DROP TRIGGER IF EXISTS fuzz_log_change ON "${name}"`);
    await client.query(`CREATE TRIGGER fuzz_log_change AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION fuzz_log_change()`);
  }
  return {
    async mark() {
      const { rows: [row] } = await client.query<{ id: string | null }>('SELECT max(id)::text AS id FROM fuzz_change_log');
      return Number(row?.id ?? 0);
    },
    async since(mark) {
      const { rows: changed } = await client.query<{ tbl: string; n: string }>('SELECT tbl, count(*)::text AS n FROM fuzz_change_log WHERE id > $1 GROUP BY tbl', [mark]);
      return Object.fromEntries(changed.map((r) => [r.tbl, Number(r.n)]));
    },
    close: () => client.end(),
  };
}

/** The changes a refused request should not have made. */
export function unexpectedChanges(changes: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(changes).filter(([table]) => !BOOKKEEPING_TABLES.has(table) && !ASYNC_TABLES.has(table)));
}
