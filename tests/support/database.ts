import { randomBytes } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import { createPrismaClient, type Db } from '@/lib/db/prisma';
import { TEMPLATE_DATABASE, adminClient } from './pg-admin';

export type TestDatabase = { db: Db; url: string; newClient: (max?: number) => Db };

/**
 * A fresh, migrated database of this test file's own, cloned from the template and dropped after
 * the file's tests. Real PostgreSQL, nothing mocked.
 */
export async function useTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('databaseAdminUrl');
  const name = `booking_test_${randomBytes(6).toString('hex')}`;
  const admin = await adminClient(adminUrl);
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  await admin.end();

  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const clients: Db[] = [];
  const newClient = (max = 10) => {
    const client = createPrismaClient(url.toString(), { max });
    clients.push(client);
    return client;
  };
  const db = newClient();

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.$disconnect()));
    const cleanup = await adminClient(adminUrl);
    await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await cleanup.end();
  });

  return { db, url: url.toString(), newClient };
}
