import 'server-only';
// Refresh tokens are stored sealed with AES-256-GCM under a key derived from GOOGLE_TOKEN_KEY (or
// AUTH_SECRET): a database dump alone does not give access to anyone's Google Calendar.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

function key(): Buffer {
  const secret = process.env.GOOGLE_TOKEN_KEY || process.env.AUTH_SECRET;
  if (!secret) throw new Error('Set GOOGLE_TOKEN_KEY or AUTH_SECRET to store Google Calendar tokens.');
  return createHash('sha256').update(`bookwell-google-token:${secret}`).digest();
}

export function sealToken(token: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

export function openToken(sealed: string): string {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || !body) throw new Error('Unknown sealed token format.');
  const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}
