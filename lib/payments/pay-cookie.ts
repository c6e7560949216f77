import 'server-only';
import { cookies } from 'next/headers';

// The pay pages' cookie: the manage tokens of the bookings this browser started paying for, so the
// return pages (/pay/success, /pay/cancel) can show them without a secret in the URL the payment
// provider sees. Only under /pay, HttpOnly, and no longer than a checkout can live (24 h).

const PAY_COOKIE = 'pay_access';
const MAX_TOKENS = 10;
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

export function decodePayTokens(value: string | undefined): string[] {
  if (!value || value.length > 2_000) return [];
  return value.split('.').filter((token) => TOKEN.test(token)).slice(0, MAX_TOKENS);
}

/** The newest tokens first, without repeats, at most MAX_TOKENS. */
export function encodePayTokens(added: readonly string[], existing: readonly string[]): string {
  return [...new Set([...added.filter((t) => TOKEN.test(t)), ...existing])].slice(0, MAX_TOKENS).join('.');
}

export async function readPayTokens(): Promise<string[]> {
  return decodePayTokens((await cookies()).get(PAY_COOKIE)?.value);
}

/** Remembers the tokens for the return pages (route handlers and server actions only). */
export async function rememberPayTokens(tokens: readonly string[]): Promise<void> {
  if (tokens.length === 0) return;
  const jar = await cookies();
  const value = encodePayTokens(tokens, decodePayTokens(jar.get(PAY_COOKIE)?.value));
  jar.set(PAY_COOKIE, value, { httpOnly: true, sameSite: 'lax', secure: process.env.NODE_ENV === 'production', path: '/pay', maxAge: 24 * 60 * 60 });
}
