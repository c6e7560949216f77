import { beforeAll, describe, expect, it } from 'vitest';
import { POST as refreshRoute } from '@/app/api/v1/auth/refresh/route';
import { POST as registerRoute } from '@/app/api/v1/auth/register/route';
import { POST as revokeRoute } from '@/app/api/v1/auth/revoke/route';
import { POST as tokenRoute } from '@/app/api/v1/auth/token/route';
import { GET as bookingsRoute, POST as bookRoute } from '@/app/api/v1/bookings/route';
import { POST as cancelRoute } from '@/app/api/v1/bookings/[id]/cancel/route';
import { GET as meRoute } from '@/app/api/v1/me/route';
import { signAccessToken } from '@/lib/auth/api-tokens';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { givenVendor } from '../support/scenario';
import { call, hoursFromNow, idempotent } from './api-client';

// App sign-in over /api/v1: register, token, refresh (rotation, reuse revokes the family), revoke, me.

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
  process.env.DATABASE_URL = t.url;
  process.env.AUTH_SECRET ??= 'test-secret-for-api-tokens-0123456789';
});

let n = 0;
const email = () => `app-user-${Date.now()}-${(n += 1)}@example.com`;
const PASSWORD = 'correct horse battery';

async function signedUp(kind: 'customer' | 'business' = 'customer') {
  const address = email();
  const body =
    kind === 'customer'
      ? { account_type: 'customer', name: 'Cam App', email: address, password: PASSWORD }
      : { account_type: 'business', name: 'Bo Owner', email: address, password: PASSWORD, business_name: 'Bo Boats', slug: `bo-boats-${n}-${Date.now() % 100000}`, time_zone: 'Europe/London', currency: 'GBP' };
  const registered = await call(registerRoute, { method: 'POST', path: '/auth/register', body });
  expect(registered.status).toBe(201);
  const tokens = await call(tokenRoute, { method: 'POST', path: '/auth/token', body: { email: address.toUpperCase(), password: PASSWORD } });
  expect(tokens.status).toBe(200);
  return { email: address, me: registered.body, tokens: tokens.body };
}

describe('/api/v1/auth', () => {
  it('registers a customer, signs in for a 15-minute access token, and /me says who it is', async () => {
    const { me, tokens } = await signedUp();
    expect(me).toMatchObject({ roles: ['customer'], businesses: [] });
    expect(tokens).toMatchObject({ token_type: 'Bearer', expires_in: 900 });
    const who = await call(meRoute, { path: '/me', token: tokens.access_token });
    expect(who.status).toBe(200);
    expect(who.body.id).toBe(me.id);
  });

  it('registers a business owner with their business', async () => {
    const { me } = await signedUp('business');
    expect(me.roles).toEqual(['customer', 'business_owner']);
    expect(me.businesses[0]).toMatchObject({ name: 'Bo Boats', role: 'owner' });
  });

  it('refuses a taken email (409), a short password (422) and a wrong password (401)', async () => {
    const { email: taken } = await signedUp();
    expect((await call(registerRoute, { method: 'POST', path: '/auth/register', body: { account_type: 'customer', name: 'X', email: taken, password: PASSWORD } })).body.code).toBe('conflict');
    const short = await call(registerRoute, { method: 'POST', path: '/auth/register', body: { account_type: 'customer', name: 'X', email: email(), password: 'short' } });
    expect(short.status).toBe(422);
    expect(short.body.errors).toEqual([{ param: 'password', detail: 'Use at least 8 characters' }]);
    const wrong = await call(tokenRoute, { method: 'POST', path: '/auth/token', body: { email: taken, password: 'not the password' } });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('invalid_credentials');
  });

  it('a disabled account gets 403 for the right password, and its tokens stop working', async () => {
    const { email: address, tokens } = await signedUp();
    await t.db.user.update({ where: { email: address }, data: { disabledAt: new Date() } });
    const refused = await call(tokenRoute, { method: 'POST', path: '/auth/token', body: { email: address, password: PASSWORD } });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('account_disabled');
    expect((await call(tokenRoute, { method: 'POST', path: '/auth/token', body: { email: address, password: 'wrong password' } })).status).toBe(401);
    expect((await call(meRoute, { path: '/me', token: tokens.access_token })).status).toBe(403);
    expect((await call(refreshRoute, { method: 'POST', path: '/auth/refresh', body: { refresh_token: tokens.refresh_token } })).status).toBe(401);
  });

  it('an expired or forged access token is 401', async () => {
    const { me } = await signedUp();
    const expired = await signAccessToken(me.id, new Date(Date.now() - 16 * 60_000));
    const answer = await call(meRoute, { path: '/me', token: expired });
    expect(answer.status).toBe(401);
    expect(answer.body.detail).toMatch(/expired/);
    const forged = `${expired.split('.').slice(0, 2).join('.')}.c2lnbmF0dXJl`;
    expect((await call(meRoute, { path: '/me', token: forged })).status).toBe(401);
  });

  it('refresh rotates the token; reusing a used one revokes the whole family', async () => {
    const { tokens } = await signedUp();
    const first = await call(refreshRoute, { method: 'POST', path: '/auth/refresh', body: { refresh_token: tokens.refresh_token } });
    expect(first.status).toBe(200);
    expect(first.body.refresh_token).not.toBe(tokens.refresh_token);
    expect((await call(meRoute, { path: '/me', token: first.body.access_token })).status).toBe(200);

    const reused = await call(refreshRoute, { method: 'POST', path: '/auth/refresh', body: { refresh_token: tokens.refresh_token } });
    expect(reused.status).toBe(401);
    // The thief's reuse also kills the rotated token the owner holds.
    const afterTheft = await call(refreshRoute, { method: 'POST', path: '/auth/refresh', body: { refresh_token: first.body.refresh_token } });
    expect(afterTheft.status).toBe(401);
  });

  it('revoke signs the app out', async () => {
    const { tokens } = await signedUp();
    expect((await call(revokeRoute, { method: 'POST', path: '/auth/revoke', body: { refresh_token: tokens.refresh_token } })).body).toEqual({ revoked: true });
    expect((await call(refreshRoute, { method: 'POST', path: '/auth/refresh', body: { refresh_token: tokens.refresh_token } })).status).toBe(401);
  });

  it('a customer books with their token (their profile as contact), lists and cancels their own booking', async () => {
    const { tokens, me } = await signedUp();
    const { listing } = await givenVendor(t.db).withRental({ units: 1, pricingUnit: 'HOUR' });
    const made = await call(bookRoute, { method: 'POST', path: '/bookings', token: tokens.access_token, body: { listing_id: listing.id, start_at: hoursFromNow(72), end_at: hoursFromNow(74) }, headers: idempotent() });
    expect(made.status).toBe(201);
    expect(made.body.contact).toMatchObject({ name: 'Cam App', email: me.email });
    const mine = await call(bookingsRoute, { path: '/bookings', token: tokens.access_token });
    expect(mine.body.data.map((b: { id: string }) => b.id)).toEqual([made.body.id]);
    const cancelled = await call(cancelRoute, { method: 'POST', path: `/bookings/${made.body.id}/cancel`, token: tokens.access_token, params: { id: made.body.id }, body: {} });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');

    const someoneElse = await signedUp();
    expect((await call(cancelRoute, { method: 'POST', path: `/bookings/${made.body.id}/cancel`, token: someoneElse.tokens.access_token, params: { id: made.body.id }, body: {} })).status).toBe(404);
  });
});
