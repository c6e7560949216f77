import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase, type TestDatabase } from '../support/database';

// The migrations and the Prisma schema agree, and a migrated database has nothing pending.

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

function prisma(...args: string[]) {
  const cli = createRequire(import.meta.url).resolve('prisma/build/index.js');
  return spawnSync(process.execPath, [cli, ...args], { env: { ...process.env, DATABASE_URL: t.url }, encoding: 'utf8' });
}

describe('migrations', () => {
  it('leave no drift between the database and prisma/schema.prisma', () => {
    const diff = prisma('migrate', 'diff', '--from-config-datasource', '--to-schema', 'prisma/schema.prisma', '--exit-code');
    expect(diff.stdout + diff.stderr).toContain('No difference detected');
    expect(diff.status).toBe(0);
  });

  it('are all applied: migrate status is clean', () => {
    const status = prisma('migrate', 'status');
    expect(status.stdout).toContain('Database schema is up to date');
    expect(status.status).toBe(0);
  });

  it('created the exclusion constraints, the capacity check and the triggers', async () => {
    const constraints = await t.db.$queryRaw<Array<{ conname: string }>>`SELECT conname FROM pg_constraint WHERE contype IN ('x', 'c') ORDER BY conname`;
    expect(constraints.map((c) => c.conname)).toEqual(
      expect.arrayContaining(['BookingAllocation_unit_no_overlap', 'BookingAllocation_staff_no_overlap', 'ListingSession_capacity', 'Review_rating_range', 'Booking_money_non_negative']),
    );
    const triggers = await t.db.$queryRaw<Array<{ tgname: string }>>`SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname`;
    expect(triggers.map((tr) => tr.tgname)).toEqual(
      expect.arrayContaining(['booking_allocation_set_blocking', 'booking_sync_allocations', 'booking_guard_terminal', 'session_seats_sync', 'listing_search_vector']),
    );
  });
});
