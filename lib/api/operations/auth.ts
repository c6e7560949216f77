import 'server-only';
import { z } from 'zod';
import { issueTokenPair, revokeRefreshToken, rotateRefreshToken, type TokenPair as Pair } from '@/lib/auth/api-tokens';
import { authenticate } from '@/lib/auth/authenticate';
import { DUMMY_HASH, verifyPassword } from '@/lib/auth/password';
import { registerCustomer, registerVendor, SIGN_UP_RATE_LIMIT } from '@/lib/auth/register';
import { customerSignUpSchema, vendorSignUpSchema } from '@/lib/auth/schemas';
import { parseInput } from '@/lib/booking/parse';
import { prisma } from '@/lib/db/prisma';
import { consumeRateLimit } from '@/lib/rate-limit';
import { apiClientIp, type ApiCaller, type ApiUser } from '../caller';
import { defineOperation } from '../operation';
import { ApiError } from '../problem';
import { Me, TokenPair } from '../schemas';

// App sign-in: the same accounts, password rules, rate limits and lockout as the web sign-in
// (lib/auth), answered as tokens.

const tokenJson = (pair: Pair) => ({ token_type: 'Bearer' as const, access_token: pair.accessToken, expires_in: pair.expiresIn, refresh_token: pair.refreshToken });
const exampleTokens = { token_type: 'Bearer' as const, access_token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIuLi4ifQ.signature', expires_in: 900, refresh_token: 'bkr_9f3kQ…' };

const exampleMe = {
  id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a80',
  email: 'sam@example.com',
  name: 'Sam Owner',
  phone: null,
  roles: ['customer' as const, 'business_owner' as const],
  businesses: [{ id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a61', slug: 'harbour-kayaks', name: 'Harbour Kayaks', role: 'owner' as const, status: 'ACTIVE' }],
};

export function meJson(user: ApiUser) {
  const roles = new Set<'customer' | 'operator' | 'business_owner' | 'business_staff'>([user.role === 'OPERATOR' ? 'operator' : 'customer']);
  for (const m of user.memberships) roles.add(m.role === 'OWNER' ? 'business_owner' : 'business_staff');
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    phone: user.phone,
    roles: [...roles],
    businesses: user.memberships.map((m) => ({ id: m.vendor.id, slug: m.vendor.slug, name: m.vendor.name, role: m.role === 'OWNER' ? ('owner' as const) : ('staff' as const), status: m.vendor.status })),
  };
}

async function loadApiUser(id: string): Promise<ApiUser> {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id },
    select: { id: true, email: true, name: true, phone: true, role: true, memberships: { orderBy: { createdAt: 'asc' }, select: { role: true, vendor: { select: { id: true, slug: true, name: true, status: true } } } } },
  });
  return user;
}

const registerBody = z
  .object({
    account_type: z.enum(['customer', 'business']),
    name: z.string().max(120),
    email: z.string().max(254),
    password: z.string().max(200),
    phone: z.string().max(40).optional(),
    business_name: z.string().max(120).optional().meta({ description: 'Businesses only.' }),
    slug: z.string().max(40).optional().meta({ description: 'Businesses only: the storefront address.' }),
    time_zone: z.string().max(60).optional().meta({ description: 'Businesses only: IANA zone.' }),
    currency: z.string().max(3).optional().meta({ description: 'Businesses only: ISO 4217 code.' }),
  })
  .meta({ id: 'RegisterRequest' });

export const register = defineOperation({
  method: 'POST',
  path: '/auth/register',
  operationId: 'register',
  summary: 'Create an account (customer or business owner)',
  tag: 'Auth',
  access: 'public',
  scope: 'write',
  body: registerBody,
  bodyExample: { account_type: 'customer', name: 'Sam', email: 'sam@example.com', password: 'correct horse battery' },
  response: { status: 201, schema: Me, description: 'The new account; get tokens with POST /auth/token.', example: exampleMe },
  errors: ['validation_failed', 'conflict', 'rate_limited'],
  handler: async ({ body, request }) => {
    const ip = apiClientIp(request.headers);
    if (ip) await consumeRateLimit(prisma, `${SIGN_UP_RATE_LIMIT.name}:ip:${ip}`, SIGN_UP_RATE_LIMIT);
    const common = { name: body.name, email: body.email, password: body.password, phone: body.phone };
    const userId =
      body.account_type === 'customer'
        ? (await registerCustomer(prisma, parseInput(customerSignUpSchema, common))).id
        : (
            await registerVendor(
              prisma,
              parseInput(vendorSignUpSchema, { ...common, businessName: body.business_name, slug: body.slug, timeZone: body.time_zone, currency: body.currency }),
            )
          ).user.id;
    return meJson(await loadApiUser(userId));
  },
});

export const createToken = defineOperation({
  method: 'POST',
  path: '/auth/token',
  operationId: 'createToken',
  summary: 'Sign in: email and password for an access token (15 minutes) and a refresh token',
  tag: 'Auth',
  access: 'public',
  scope: 'write',
  body: z.object({ email: z.string().max(254), password: z.string().max(200) }).meta({ id: 'TokenRequest' }),
  bodyExample: { email: 'sam@example.com', password: 'correct horse battery' },
  response: { status: 200, schema: TokenPair, description: 'The tokens.', example: exampleTokens },
  errors: ['invalid_credentials', 'account_disabled', 'validation_failed', 'rate_limited'],
  handler: async ({ body, request }) => {
    const email = body.email.trim().toLowerCase();
    const user = await authenticate({ email, password: body.password }, apiClientIp(request.headers));
    if (!user) {
      // A disabled account is told so, but only to someone who knows its password.
      const disabled = await prisma.user.findFirst({ where: { email, disabledAt: { not: null } }, select: { passwordHash: true } });
      if (disabled?.passwordHash && (await verifyPassword(body.password, disabled.passwordHash ?? DUMMY_HASH))) throw new ApiError('account_disabled', 'This account is disabled.');
      throw new ApiError('invalid_credentials', 'Wrong email or password.');
    }
    return tokenJson(await issueTokenPair(prisma, user.id));
  },
});

const refreshBody = z.object({ refresh_token: z.string().max(200) }).meta({ id: 'RefreshRequest' });

export const refreshToken = defineOperation({
  method: 'POST',
  path: '/auth/refresh',
  operationId: 'refreshToken',
  summary: 'Trade a refresh token for new tokens',
  description: 'The refresh token is rotated: use the new one next time. Presenting a used one revokes every token of that sign-in.',
  tag: 'Auth',
  access: 'public',
  scope: 'write',
  body: refreshBody,
  bodyExample: { refresh_token: 'bkr_9f3kQ…' },
  response: { status: 200, schema: TokenPair, description: 'New tokens.', example: exampleTokens },
  errors: ['invalid_credentials', 'validation_failed'],
  handler: async ({ body }) => {
    const pair = await rotateRefreshToken(prisma, body.refresh_token);
    if (!pair) throw new ApiError('invalid_credentials', 'This refresh token is not valid, expired, or was already used. Sign in again.', { param: 'refresh_token' });
    return tokenJson(pair);
  },
});

export const revokeToken = defineOperation({
  method: 'POST',
  path: '/auth/revoke',
  operationId: 'revokeToken',
  summary: 'Sign out: revoke a refresh token and its family',
  tag: 'Auth',
  access: 'public',
  scope: 'write',
  body: refreshBody,
  bodyExample: { refresh_token: 'bkr_9f3kQ…' },
  response: { status: 200, schema: z.object({ revoked: z.literal(true) }).meta({ id: 'Revoked' }), description: 'Revoked (also when the token was unknown).', example: { revoked: true } },
  errors: ['validation_failed'],
  handler: async ({ body }) => {
    await revokeRefreshToken(prisma, body.refresh_token);
    return { revoked: true as const };
  },
});

export const getMe = defineOperation({
  method: 'GET',
  path: '/me',
  operationId: 'getMe',
  summary: 'Who I am: my roles and businesses',
  tag: 'Auth',
  access: 'authenticated',
  scope: 'read',
  response: { status: 200, schema: Me, description: 'The signed-in person.', example: exampleMe },
  errors: ['forbidden'],
  handler: async ({ caller }: { caller: ApiCaller }) => {
    if (caller.kind !== 'user') throw new ApiError('forbidden', 'GET /me describes a person: call it with an access token, not an API key.');
    return meJson(caller.user);
  },
});
