// Seeds the demo data (idempotent). `npm run db:seed` seeds DATABASE_URL or the embedded database.
import './load-env';
import { pathToFileURL } from 'node:url';
import { resolveDatabase } from '@/lib/db/database';
import { createPrismaClient } from '@/lib/db/prisma';
import { demoSeedRefusal } from '@/lib/config/demo-mode';
import { seedDemoData } from '@/lib/seed/seed-demo-data';

export async function runSeed(url: string): Promise<void> {
  const db = createPrismaClient(url);
  try {
    const { accounts } = await seedDemoData(db);
    console.log('▶ Demo data ready. Sign in with any of these accounts:');
    for (const account of accounts) console.log(`   ${account.email.padEnd(26)} ${account.password.padEnd(14)} ${account.role}`);
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const refusal = demoSeedRefusal();
  if (refusal) {
    console.error(`✖ ${refusal}`);
    process.exit(1);
  }
  const database = await resolveDatabase();
  console.log(`▶ Database: ${database.description}`);
  try {
    await runSeed(database.url);
  } finally {
    await database.stop();
  }
}
