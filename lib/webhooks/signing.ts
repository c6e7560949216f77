import 'server-only';
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

// Standard Webhooks signatures: `webhook-signature` is "v1,<base64 HMAC-SHA256 of id.timestamp.body>",
// one per secret, separated by spaces, so during a rotation receivers holding either secret verify.

/** A new signing secret: whsec_ and 32 random bytes in base64, as the spec's libraries expect. */
export function newSigningSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

type Secrets = { secret: string; previousSecret: string | null; previousSecretExpiresAt: Date | null };

/** The secrets that sign at `now`: the current one, and the previous one for 24 h after a rotation. */
export function signingSecrets(endpoint: Secrets, now: Date): string[] {
  const previousValid = endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt.getTime() > now.getTime();
  return previousValid ? [endpoint.secret, endpoint.previousSecret!] : [endpoint.secret];
}

export type SignedHeaders = { 'webhook-id': string; 'webhook-timestamp': string; 'webhook-signature': string };

export function signedHeaders(messageId: string, timestamp: Date, body: string, secrets: readonly string[]): SignedHeaders {
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(messageId, timestamp, body)).join(' '),
  };
}
