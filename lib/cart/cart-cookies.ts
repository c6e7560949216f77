import { cookies } from 'next/headers';
import { RECEIPT_PATH } from './receipt-path';

// The cart's cookies. Next.js lets server actions and route handlers set cookies, not server
// components: pages only read them.

const CART_COOKIE = 'cart';
const RECEIPT_COOKIE = 'cart_done';
export { RECEIPT_PATH };

const base = () => ({ httpOnly: true, sameSite: 'lax' as const, secure: process.env.NODE_ENV === 'production' });

/** The guest cart token (the cookie holds the token, the database only its SHA-256). */
export async function readCartCookie(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value;
}

export async function setCartCookie(token: string) {
  (await cookies()).set(CART_COOKIE, token, { ...base(), path: '/', maxAge: 60 * 60 * 24 * 30 });
}

export async function deleteCartCookie() {
  (await cookies()).delete(CART_COOKIE);
}

/**
 * What the checkout-done page shows, for one hour and only on that path. Never in the URL: the
 * manage-link secrets it may carry must not land in logs, history or Referer headers.
 */
export async function readReceiptCookie(): Promise<string | undefined> {
  return (await cookies()).get(RECEIPT_COOKIE)?.value;
}

export async function setReceiptCookie(value: string) {
  (await cookies()).set(RECEIPT_COOKIE, value, { ...base(), path: RECEIPT_PATH, maxAge: 60 * 60 });
}
