import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '@/lib/db/embedded-postgres';
import { migrateDatabase } from '@/lib/db/migrate';
import { TEMPLATE_DATABASE, adminClient } from '../support/pg-admin';

// Once per run: a migrated template database; each test file clones its own from it.
// TEST_DATABASE_URL points at any PostgreSQL server (the role needs CREATEDB); without it an
// embedded server is started in .data/test-postgres.
export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stop = async () => {};
  if (!adminUrl) {
    const server = await startEmbeddedPostgres(process.env.TEST_PG_DIR ?? '.data/test-postgres', 54339);
    adminUrl = server.url('postgres');
    stop = server.stop;
  }

  try {
    const admin = await adminClient(adminUrl);
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
    await admin.end();
    const templateUrl = new URL(adminUrl);
    templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
    await migrateDatabase(templateUrl.toString());
  } catch (error) {
    await stop(); // never leave an orphaned server holding the port
    throw error;
  }

  project.provide('databaseAdminUrl', adminUrl);
  return stop;
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseAdminUrl: string;
  }
}
