import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Two projects: pure domain tests (milliseconds, no I/O) and integration tests against a real
// PostgreSQL (each test file gets its own database cloned from a migrated template).
export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // Tests run on the server side: the marker package's client-side guard does not apply.
      'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js'),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'domain', include: ['lib/**/*.test.ts'], exclude: ['**/*.db.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: ['**/*.db.test.ts'],
          exclude: ['node_modules/**', '.next/**'],
          environment: 'node',
          globalSetup: ['tests/setup/global-database.ts'],
          // Scenarios book as the same guest (gia@example.com) many times over; the caps on unpaid
          // holds have their own tests (tests/booking/hold-caps.db.test.ts), which set them.
          env: { HOLDS_PER_LISTING: '1000', HOLDS_TOTAL: '1000' },
          setupFiles: ['tests/support/matchers.ts'],
          // next-auth imports 'next/server' without an extension, which only bundlers resolve.
          server: { deps: { inline: ['next-auth'] } },
          // Vitest's default on 2 cores is one file at a time, leaving a core idle while a test waits
          // on PostgreSQL; each file has its own database, so two at once is safe.
          maxWorkers: Number(process.env.VITEST_DB_WORKERS) || 2,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
