import { describe, expect, it } from 'vitest';
import { sessionExpiry } from './checkout';
import { decodeTestSession, encodeTestSession } from './test-session';

const now = new Date('2031-01-06T08:00:00Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

describe('Checkout Session expiry', () => {
  it('is the hold’s expiry when Stripe accepts it', () => {
    expect(sessionExpiry(minutes(90), now)).toEqual(minutes(90));
  });
  it('is lengthened to Stripe’s 30-minute minimum for a short hold, and capped under 24 hours', () => {
    expect(sessionExpiry(minutes(10), now)).toEqual(minutes(31));
    expect(sessionExpiry(minutes(3 * 24 * 60), now)).toEqual(minutes(24 * 60 - 1));
  });
  it('is rounded up to the minute, so a double click sends the same parameters', () => {
    expect(sessionExpiry(new Date(minutes(45).getTime() + 1234), now)).toEqual(minutes(46));
  });
});

describe('test checkout sessions', () => {
  const session = { checkoutSessionId: 'c', bookingId: 'b', reference: 'BK-AAAAAA', amount: 4758, currency: 'EUR', expiresAt: minutes(30).getTime() };
  it('round-trips when signed with the same secret, and is refused when tampered with', () => {
    const { token, id } = encodeTestSession(session, 'whsec_a');
    expect(decodeTestSession(token, 'whsec_a')).toEqual({ id, ...session });
    expect(decodeTestSession(token, 'whsec_b')).toBeNull();
    const [body, mac] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ id, ...session, amount: 1 })).toString('base64url');
    expect(decodeTestSession(`${forged}.${mac}`, 'whsec_a')).toBeNull();
    expect(decodeTestSession(body!, 'whsec_a')).toBeNull();
  });
});
