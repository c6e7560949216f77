// The second app server of the two-server test (playwright.scale.config.ts): `next start` on the
// same build and the same database as the first, which scripts/serve.ts started (embedded
// PostgreSQL, migrated and seeded); its port is remembered beside the data directory.
//   node scripts/e2e-second-server.mjs <port> <embedded-pg-dir>
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [port, dataDir] = process.argv.slice(2);
if (!port || !dataDir) {
  console.error('usage: node scripts/e2e-second-server.mjs <port> <embedded-pg-dir>');
  process.exit(2);
}
const pgPort = Number(readFileSync(`${path.resolve(dataDir)}.port`, 'utf8'));
const env = { ...process.env, DATABASE_URL: `postgresql://postgres:postgres@127.0.0.1:${pgPort}/booking`, NEXT_TELEMETRY_DISABLED: '1' };
const nextCli = createRequire(import.meta.url).resolve('next/dist/bin/next');
const next = spawn(process.execPath, [nextCli, 'start', '--port', port], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => next.kill(signal));
next.on('exit', (code) => process.exit(code ?? 0));
