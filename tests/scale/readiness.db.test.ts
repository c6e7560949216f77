import { beforeAll, describe, expect, it } from 'vitest';
import { GET as liveness } from '@/app/api/health/route';
import { GET as readiness } from '@/app/api/health/ready/route';
import { createPrismaClient } from '@/lib/db/prisma';
import { checkReadiness, shippedMigrations } from '@/lib/db/readiness';
import { useTestDatabase, type TestDatabase } from '../support/database';

// /api/health is liveness (no database); /api/health/ready is readiness: the database answers and
// holds every migration in prisma/migrations. Real PostgreSQL, its _prisma_migrations table edited.

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
  process.env.DATABASE_URL = t.url;
});

const ask = async () => {
  const response = await readiness(new Request('http://localhost/api/health/ready'));
  return { status: response.status, body: await response.json(), requestId: response.headers.get('x-request-id') };
};

describe('readiness', () => {
  it('is ready (200) on a migrated database, counting the migrations this build ships', async () => {
    const answer = await ask();
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body).toEqual({ status: 'ready', ready: true, migrations: shippedMigrations().length });
    expect(shippedMigrations().length).toBeGreaterThan(10);
    expect(answer.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('is not ready (503) while a shipped migration is not applied, and names it', async () => {
    const last = shippedMigrations().at(-1)!;
    const [row] = await t.db.$queryRaw<Array<{ id: string }>>`SELECT id FROM "_prisma_migrations" WHERE migration_name = ${last}`;
    await t.db.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE id = ${row!.id}`;
    try {
      const answer = await ask();
      expect(answer.status).toBe(503);
      expect(answer.body).toEqual({ status: 'not_ready', ready: false, reason: 'migrations_pending', pending: [last] });
    } finally {
      await t.db.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE id = ${row!.id}`;
    }
    expect((await ask()).status).toBe(200);
  });

  it('is not ready while a migration failed half-way (started, never finished)', async () => {
    await t.db.$executeRaw`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ('failed-one', 'x', '29991231000000_broken', now(), 0)`;
    try {
      expect(await checkReadiness(t.db)).toEqual({ ready: false, reason: 'migration_failed', failed: ['29991231000000_broken'] });
    } finally {
      await t.db.$executeRaw`DELETE FROM "_prisma_migrations" WHERE id = 'failed-one'`;
    }
  });

  it('is ready when the database is ahead of this build (a newer build migrated it during a rolling deploy)', async () => {
    expect(await checkReadiness(t.db, shippedMigrations().slice(0, -2))).toMatchObject({ ready: true });
  });

  it('is not ready on a database never migrated, nor on one that does not answer', async () => {
    const empty = t.newClient(1);
    await empty.$executeRawUnsafe('CREATE SCHEMA bare');
    const bare = new URL(t.url);
    bare.searchParams.set('options', '-c search_path=bare');
    const bareClient = createPrismaClient(bare.toString(), { max: 1 });
    try {
      expect(await checkReadiness(bareClient)).toMatchObject({ ready: false, reason: 'migrations_pending', pending: shippedMigrations() });
    } finally {
      await bareClient.$disconnect();
    }

    const nowhere = createPrismaClient('postgresql://postgres:postgres@127.0.0.1:1/none', { max: 1 });
    try {
      expect(await checkReadiness(nowhere)).toEqual({ ready: false, reason: 'database_unreachable' });
    } finally {
      await nowhere.$disconnect();
    }
  });
});

describe('liveness', () => {
  it('answers 200 without touching the database, even when it is gone', async () => {
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = 'postgresql://postgres:postgres@127.0.0.1:1/none';
    try {
      const response = await liveness(new Request('http://localhost/api/health', { headers: { 'x-request-id': 'lb-1234' } }));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok' });
      expect(response.headers.get('x-request-id')).toBe('lb-1234');
    } finally {
      process.env.DATABASE_URL = saved;
    }
  });
});
