// For self-hosters: run from any scheduler (e.g. crontab: */15 * * * * npm run cron:sync-calendars).
import './load-env';
import { syncDueCalendars } from '@/lib/calendars/sync-external-calendars';
import { resolveDatabase } from '@/lib/db/database';
import { createPrismaClient } from '@/lib/db/prisma';

const database = await resolveDatabase();
const db = createPrismaClient(database.url);
try {
  const { due, synced, failed } = await syncDueCalendars(db, { budgetMs: 240_000 });
  console.log(`Synced ${synced} of ${due} due external calendar(s) on ${database.description}${failed ? `; ${failed} failed (see each calendar's last error)` : ''}`);
} finally {
  await db.$disconnect();
  await database.stop();
}
