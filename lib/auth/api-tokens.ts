import 'server-only';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import type { Db } from '@/lib/db/prisma';

// App sign-in for the JSON API: a short-lived access token (JWT, HS256, 15 minutes) and an opaque
// refresh token (30 days, stored hashed). Each refresh rotates the refresh token within its
// family; presenting a token that was already used means it leaked, so the family is revoked.

export const ACCESS_TOKEN_SECONDS = 15 * 60;
const REFRESH_TOKEN_DAYS = 30;
const ISSUER = 'bookwell';
const AUDIENCE = 'bookwell-api';

function signingKey(): Uint8Array {
  const secret = process.env.API_JWT_SECRET || process.env.AUTH_SECRET;
  if (!secret) throw new Error('Set API_JWT_SECRET (or AUTH_SECRET) to sign API access tokens.');
  return new TextEncoder().encode(secret);
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function signAccessToken(userId: string, now = new Date()): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ typ: 'access' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ACCESS_TOKEN_SECONDS)
    .sign(signingKey());
}

export type AccessTokenCheck = { ok: true; userId: string } | { ok: false; reason: 'expired' | 'invalid' };

export async function verifyAccessToken(token: string, now = new Date()): Promise<AccessTokenCheck> {
  try {
    const { payload } = await jwtVerify(token, signingKey(), { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], currentDate: now });
    if (payload.typ !== 'access' || typeof payload.sub !== 'string') return { ok: false, reason: 'invalid' };
    return { ok: true, userId: payload.sub };
  } catch (error) {
    return { ok: false, reason: error instanceof joseErrors.JWTExpired ? 'expired' : 'invalid' };
  }
}

export type TokenPair = { accessToken: string; refreshToken: string; expiresIn: number };

async function newRefreshToken(db: Db, userId: string, familyId: string, now: Date): Promise<string> {
  const token = `bkr_${randomBytes(32).toString('base64url')}`;
  await db.apiRefreshToken.create({
    data: { userId, familyId, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + REFRESH_TOKEN_DAYS * 86_400_000) },
  });
  return token;
}

/** A new sign-in: a new token family. */
export async function issueTokenPair(db: Db, userId: string, now = new Date()): Promise<TokenPair> {
  const refreshToken = await newRefreshToken(db, userId, randomUUID(), now);
  return { accessToken: await signAccessToken(userId, now), refreshToken, expiresIn: ACCESS_TOKEN_SECONDS };
}

/**
 * Trades a refresh token for a new pair. Null when the token is unknown, expired, revoked, or
 * already used (and then its whole family is revoked, the thief's tokens and the owner's alike).
 */
export async function rotateRefreshToken(db: Db, token: string, now = new Date()): Promise<(TokenPair & { userId: string }) | null> {
  const hash = hashToken(token);
  const userId = await db.$transaction(async (tx) => {
    // Marking it used is the claim: of two racing refreshes with one token, one wins.
    const claimed = await tx.apiRefreshToken.updateMany({ where: { tokenHash: hash, usedAt: null, revokedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    const row = await tx.apiRefreshToken.findUnique({ where: { tokenHash: hash }, include: { user: { select: { disabledAt: true } } } });
    if (!row) return null;
    if (claimed.count === 0) {
      if (row.usedAt && !row.revokedAt) await tx.apiRefreshToken.updateMany({ where: { familyId: row.familyId, revokedAt: null }, data: { revokedAt: now } });
      return null;
    }
    if (row.user.disabledAt) return null;
    return { userId: row.userId, familyId: row.familyId };
  });
  if (!userId) return null;
  const refreshToken = await newRefreshToken(db, userId.userId, userId.familyId, now);
  return { userId: userId.userId, accessToken: await signAccessToken(userId.userId, now), refreshToken, expiresIn: ACCESS_TOKEN_SECONDS };
}

/** Signs an app out: the refresh token's family is revoked (access tokens lapse within 15 minutes). */
export async function revokeRefreshToken(db: Db, token: string, now = new Date()): Promise<void> {
  const row = await db.apiRefreshToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { familyId: true } });
  if (row) await db.apiRefreshToken.updateMany({ where: { familyId: row.familyId, revokedAt: null }, data: { revokedAt: now } });
}
