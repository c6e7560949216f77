import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const SECRET_FILE = '.data/auth-secret';

/**
 * AUTH_SECRET for local runs on the embedded database: generated once into .data/ (git-ignored).
 * A deployment with its own DATABASE_URL must set AUTH_SECRET itself.
 */
export function developmentAuthSecret(embedded: boolean): string {
  if (!embedded) {
    throw new Error('AUTH_SECRET is not set. Generate one with "openssl rand -base64 32" and set it in the environment.');
  }
  if (existsSync(SECRET_FILE)) return readFileSync(SECRET_FILE, 'utf8').trim();
  mkdirSync('.data', { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(SECRET_FILE, secret, { mode: 0o600 });
  return secret;
}
