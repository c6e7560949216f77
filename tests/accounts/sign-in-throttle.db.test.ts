import { beforeAll, describe, expect, it } from 'vitest';
import { POST as tokenRoute } from '@/app/api/v1/auth/token/route';
import { authenticate } from '@/lib/auth/authenticate';
import { PASSWORD_COST, verifyPassword } from '@/lib/auth/password';
import { registerCustomer } from '@/lib/auth/register';
import { customerSignUpSchema } from '@/lib/auth/schemas';
import { ADDRESS_FAILURES, claimSignInAttempt, signInFailed } from '@/lib/auth/sign-in-throttle';
import { RateLimited } from '@/lib/errors';
import { call } from '../api/api-client';
import { useTestDatabase, type TestDatabase } from '../support/database';

// Issue 17, point 4: failed sign-ins slow down the (account, address) pair with growing waits,
// answered at once; nobody can lock a victim out of their account from elsewhere.

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
  process.env.DATABASE_URL = t.url; // authenticate() uses the app's client
  process.env.AUTH_SECRET ??= 'test-secret-for-api-tokens-0123456789';
});

const PASSWORD = 'right-password';
let n = 0;
async function anAccount() {
  const email = `person-${++n}-${Date.now()}@example.com`;
  await registerCustomer(t.db, customerSignUpSchema.parse({ name: 'Pat', email, password: PASSWORD }));
  return email;
}
const attacker = '198.51.100.66';
const victimsPlace = '203.0.113.20';

async function failTimes(email: string, address: string | null, times: number) {
  for (let i = 0; i < times; i += 1) expect(await authenticate({ email, password: `guess-${i}` }, address)).toBeNull();
}
/** Moves the pair's last failure back in time, as if the wait had passed. */
const waitPassed = (email: string, address: string | null, seconds: number) =>
  t.db.rateLimitBucket.updateMany({ where: { key: `signin:pair:${email}:${address ?? 'unknown'}` }, data: { windowStart: new Date(Date.now() - seconds * 1000) } });

describe('sign-in throttling per account and address', () => {
  it('after five wrong passwords the guesser waits, told at once how long; the owner signs in from elsewhere', async () => {
    const email = await anAccount();
    await failTimes(email, attacker, 5);

    const started = Date.now();
    const refused = await authenticate({ email, password: PASSWORD }, attacker).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RateLimited);
    expect((refused as RateLimited).retryAfterSeconds).toBeGreaterThan(55);
    expect((refused as RateLimited).retryAfterSeconds).toBeLessThanOrEqual(60);
    expect((refused as RateLimited).message).toBe('Too many failed sign-ins. Try again in 1 minute.');
    expect(Date.now() - started).toBeLessThan(2_000); // no hashing, no waiting in the request

    // Not a lockout: the account's owner, from their own address, is not affected.
    expect(await authenticate({ email, password: PASSWORD }, victimsPlace)).toMatchObject({ email });
  });

  it('the waits grow with each failure after one, and a right password clears them', async () => {
    const email = await anAccount();
    await failTimes(email, attacker, 5);
    await waitPassed(email, attacker, 61);
    await failTimes(email, attacker, 1);
    const second = await authenticate({ email, password: 'again' }, attacker).catch((error: unknown) => error);
    expect((second as RateLimited).retryAfterSeconds).toBeGreaterThan(115);
    expect((second as RateLimited).message).toBe('Too many failed sign-ins. Try again in 2 minutes.');

    await waitPassed(email, attacker, 121);
    expect(await authenticate({ email, password: PASSWORD }, attacker)).toMatchObject({ email });
    await failTimes(email, attacker, 4); // forgiven: a few typos cost nothing again
  });

  it('parallel guesses cannot slip through one gap', async () => {
    const email = await anAccount();
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => authenticate({ email, password: `burst-${i}` }, attacker)));
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof RateLimited)).toHaveLength(5);
  });

  it('one address failing across many accounts (password spraying) is refused for a while', async () => {
    for (let i = 0; i < ADDRESS_FAILURES.limit; i += 1) await signInFailed(t.db, '198.51.100.99');
    await expect(claimSignInAttempt(t.db, 'anyone@example.com', '198.51.100.99')).rejects.toBeInstanceOf(RateLimited);
    await expect(claimSignInAttempt(t.db, 'anyone@example.com', '198.51.100.98')).resolves.toBeUndefined();
  });

  it('the API answers a waiting pair with 429 and Retry-After at once', async () => {
    const email = await anAccount();
    for (let i = 0; i < 5; i += 1) expect((await call(tokenRoute, { method: 'POST', path: '/auth/token', body: { email, password: 'nope' } })).status).toBe(401);
    const refused = await call(tokenRoute, { method: 'POST', path: '/auth/token', body: { email, password: PASSWORD } });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: 'rate_limited', detail: 'Too many failed sign-ins. Try again in 1 minute.' });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(55);
  });
});

describe('password hashes', () => {
  it('hashes new passwords natively with bcrypt cost 12', async () => {
    const email = await anAccount();
    const user = await t.db.user.findUniqueOrThrow({ where: { email } });
    expect(user.passwordHash).toMatch(new RegExp(`^\\$2b\\$${PASSWORD_COST}\\$`));
  });

  it('verifies a hash written by bcryptjs (cost 10) and re-hashes it at the next sign-in', async () => {
    const email = await anAccount();
    // bcryptjs 3.0.3: hashSync('pw-123456', 10)
    const old = '$2b$10$bv5sPkP6nnoIIYgEjghJZuxkCjEeD2Ji/PhXetPLaMnBdKC8xoHuK';
    await t.db.user.update({ where: { email }, data: { passwordHash: old } });
    expect(await authenticate({ email, password: 'wrong' }, null)).toBeNull();
    expect((await t.db.user.findUniqueOrThrow({ where: { email } })).passwordHash).toBe(old);
    expect(await authenticate({ email, password: 'pw-123456' }, null)).toMatchObject({ email });
    const rehashed = (await t.db.user.findUniqueOrThrow({ where: { email } })).passwordHash!;
    expect(rehashed).toMatch(/^\$2b\$12\$/);
    expect(await verifyPassword('pw-123456', rehashed)).toBe(true);
  });
});
