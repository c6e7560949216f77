import 'server-only';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

// The built-in test checkout keeps no table of its own: a test "session id" carries what the
// page needs (booking, amount, currency, expiry), signed with the webhook secret.

const sessionSchema = z.object({
  id: z.string(),
  /** Our CheckoutSession row: paid once, and not at all once replaced or expired. */
  checkoutSessionId: z.string(),
  /** The first booking it pays (where "Back" goes); `reference` names them all. */
  bookingId: z.string(),
  reference: z.string(),
  amount: z.number().int().positive(),
  currency: z.string().length(3),
  expiresAt: z.number().int(),
});

export type TestSession = z.infer<typeof sessionSchema>;

const sign = (body: string, secret: string) => createHmac('sha256', secret).update(body).digest('base64url');

export function encodeTestSession(session: Omit<TestSession, 'id'>, secret: string): TestSession & { token: string } {
  const full = { id: `cs_test_${randomBytes(12).toString('hex')}`, ...session };
  const body = Buffer.from(JSON.stringify(full)).toString('base64url');
  return { ...full, token: `${body}.${sign(body, secret)}` };
}

/** The session a token describes, or null when it was tampered with or is malformed. */
export function decodeTestSession(token: string, secret: string): TestSession | null {
  const [body, mac] = token.split('.');
  if (!body || !mac) return null;
  const expected = Buffer.from(sign(body, secret));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    return sessionSchema.parse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
  } catch {
    return null;
  }
}
