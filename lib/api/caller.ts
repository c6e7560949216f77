import 'server-only';
import { verifyAccessToken } from '@/lib/auth/api-tokens';
import { findApiKeyBySecret, isApiKeyLike } from '@/lib/business/api-keys';
import type { PlatformRole, VendorRole } from '@/lib/generated/prisma/enums';
import type { Db } from '@/lib/db/prisma';
import { customer, guest, member, operator, type Actor, type ApiScope, type GuestActor, type MemberActor } from '@/lib/domain/actor';
import { clientIpFrom } from '@/lib/http/client-ip';
import { ApiError } from './problem';

// Who calls /api/v1: an API key of a business (`Bearer bk_live_…`), a person's access token
// (`Bearer <JWT>` from /auth/token) or nobody. Each becomes the one Actor model the services use.

export type ApiUser = {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  role: PlatformRole;
  memberships: Array<{ role: VendorRole; vendor: { id: string; slug: string; name: string; status: string } }>;
};

export type ApiCaller =
  | { kind: 'anonymous'; actor: GuestActor; credential: string; pinnedVersion: null }
  | { kind: 'api_key'; actor: MemberActor & { apiKeyId: string }; credential: string; pinnedVersion: string; keyMode: 'live' | 'test' }
  | { kind: 'user'; actor: Actor; user: ApiUser; credential: string; pinnedVersion: null };

/** The client address rate limits key on (lib/http/client-ip.ts), or null when no trusted proxy tells it. */
export function apiClientIp(headers: Headers): string | null {
  return clientIpFrom(headers);
}

const userSelect = {
  id: true,
  email: true,
  name: true,
  phone: true,
  role: true,
  disabledAt: true,
  memberships: { orderBy: { createdAt: 'asc' }, select: { role: true, vendor: { select: { id: true, slug: true, name: true, status: true } } } },
} as const;

export async function resolveCaller(db: Db, request: Request): Promise<ApiCaller> {
  const header = request.headers.get('authorization');
  if (!header) return { kind: 'anonymous', actor: guest(), credential: `ip:${apiClientIp(request.headers) ?? 'unknown'}`, pinnedVersion: null };
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw new ApiError('invalid_credentials', 'Send `Authorization: Bearer <API key or access token>`.', { param: 'Authorization' });
  const token = match[1]!;

  if (token.startsWith('bk_')) {
    const key = isApiKeyLike(token) ? await findApiKeyBySecret(db, token) : null;
    if (!key) throw new ApiError('invalid_credentials', 'This API key is not valid or was revoked.', { param: 'Authorization' });
    if (key.vendor.status !== 'ACTIVE') throw new ApiError('account_disabled', 'This business is suspended; its API keys do not work until it is reinstated.');
    const actor = { kind: 'member', vendorId: key.vendorId, role: 'OWNER', apiKeyId: key.id, scopes: key.scopes as ApiScope[] } as const;
    return { kind: 'api_key', actor, credential: `key:${key.id}`, pinnedVersion: key.apiVersion, keyMode: token.startsWith('bk_test_') ? 'test' : 'live' };
  }

  const check = await verifyAccessToken(token);
  if (!check.ok) {
    throw new ApiError('invalid_credentials', check.reason === 'expired' ? 'The access token expired. Refresh it with POST /api/v1/auth/refresh.' : 'The access token is not valid.', {
      param: 'Authorization',
    });
  }
  const user = await db.user.findUnique({ where: { id: check.userId }, select: userSelect });
  if (!user) throw new ApiError('invalid_credentials', 'The access token is not valid.', { param: 'Authorization' });
  if (user.disabledAt) throw new ApiError('account_disabled', 'This account is disabled.');
  const apiUser: ApiUser = { id: user.id, email: user.email, name: user.name, phone: user.phone, role: user.role, memberships: user.memberships };
  return { kind: 'user', actor: user.role === 'OPERATOR' ? operator(user.id) : customer(user.id), user: apiUser, credential: `user:${user.id}`, pinnedVersion: null };
}

/** The caller acting for a business: an API key (with `scope`), a member's token (their first business) or an operator. */
export function businessActor(caller: ApiCaller, scope: ApiScope): MemberActor | ReturnType<typeof operator> {
  if (caller.kind === 'anonymous') throw new ApiError('unauthenticated', 'Send an API key or an access token.');
  if (caller.kind === 'api_key') {
    assertScope(caller, scope);
    return caller.actor;
  }
  if (caller.actor.kind === 'operator') return caller.actor;
  const membership = caller.user.memberships[0];
  if (!membership) throw new ApiError('forbidden', 'Only members of a business can do this.');
  if (membership.vendor.status !== 'ACTIVE') throw new ApiError('account_disabled', 'This business is suspended.');
  return member(caller.user.id, membership.vendor.id, membership.role);
}

/** A person signed in with an access token, acting for themselves. */
export function customerActor(caller: ApiCaller) {
  if (caller.kind !== 'user') throw new ApiError(caller.kind === 'anonymous' ? 'unauthenticated' : 'forbidden', 'This operation needs a person’s access token (POST /api/v1/auth/token).');
  return customer(caller.user.id);
}

export function assertScope(caller: ApiCaller, scope: ApiScope) {
  if (caller.kind === 'api_key' && !caller.actor.scopes.includes(scope)) {
    throw new ApiError('insufficient_scope', `This API key lacks the "${scope}" scope.`);
  }
}
