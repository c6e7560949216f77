// Scripts read .env / .env.local like Next.js does, before anything looks at process.env.
import { existsSync } from 'node:fs';

for (const file of ['.env.local', '.env']) {
  if (existsSync(file)) process.loadEnvFile(file); // never overrides variables already set
}
