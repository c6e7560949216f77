// For self-hosters: run from any scheduler (e.g. crontab: */5 * * * * npm run cron:expire-holds).
import './load-env';
import { completeEndedBookings } from '@/lib/booking/complete-ended-bookings';
import { expireStaleHolds } from '@/lib/booking/expire-stale-holds';
import { resolveDatabase } from '@/lib/db/database';
import { createPrismaClient } from '@/lib/db/prisma';

const database = await resolveDatabase();
const db = createPrismaClient(database.url);
try {
  const expired = await expireStaleHolds(db);
  console.log(`Expired ${expired} hold(s) on ${database.description}`);
  const ended = await completeEndedBookings(db);
  console.log(`Completed ${ended.completed} ended booking(s), ${ended.noShows} of them no-shows`);
} finally {
  await db.$disconnect();
  await database.stop();
}
