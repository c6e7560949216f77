import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

// Whose cart: a signed-in user's, or a guest's identified by a random cookie token. Only the
// token's SHA-256 is stored, so a database leak reveals no usable cart cookie.

export type CartOwner = { kind: 'USER'; userId: string } | { kind: 'GUEST'; tokenHash: string };

/** A cart holds at most this many items: one checkout is one transaction, kept short. */
export const MAX_CART_ITEMS = 20;

export const newCartToken = () => randomBytes(32).toString('base64url');

export const hashCartToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A well-formed cookie value (43 base64url characters); anything else is ignored. */
export const isCartToken = (value: string | undefined): value is string => !!value && /^[A-Za-z0-9_-]{43}$/.test(value);

export const guestOwner = (token: string): CartOwner => ({ kind: 'GUEST', tokenHash: hashCartToken(token) });
export const userOwner = (userId: string): CartOwner => ({ kind: 'USER', userId });

/** The unique key of the owner's cart row (also the data that creates it). */
export function cartKey(owner: CartOwner): { userId: string } | { tokenHash: string } {
  return owner.kind === 'USER' ? { userId: owner.userId } : { tokenHash: owner.tokenHash };
}
