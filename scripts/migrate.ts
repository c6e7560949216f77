// Applies migrations to DATABASE_URL, or to the embedded database when it is not set.
import './load-env';
import { resolveDatabase } from '@/lib/db/database';
import { migrateDatabase } from '@/lib/db/migrate';

const database = await resolveDatabase();
console.log(`▶ Database: ${database.description}`);
try {
  await migrateDatabase(database.url);
  console.log('▶ Migrations applied');
} finally {
  await database.stop();
}
