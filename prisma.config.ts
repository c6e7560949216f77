import { defineConfig } from 'prisma/config';

// The CLI gets DATABASE_URL from the environment; `npm run db:migrate` and the app launcher set it
// (to the embedded PostgreSQL when none is configured). `prisma generate` needs no URL.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'node --import tsx scripts/seed.ts' },
  datasource: { url: process.env.DATABASE_URL },
});
