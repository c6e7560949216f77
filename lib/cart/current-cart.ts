import 'server-only';
import { cache } from 'react';
import { getCurrentUser } from '@/lib/auth/current-user';
import { prisma } from '@/lib/db/prisma';
import { deleteCartCookie, readCartCookie } from './cart-cookies';
import { mergeGuestCart } from './merge-guest-cart';
import { guestOwner, hashCartToken, isCartToken, userOwner, type CartOwner } from './owner';
import { logger } from '@/lib/observability/logger';

// Whose cart this request sees: the signed-in user's, else the guest cart of the `cart` cookie.
// A guest cart found next to a signed-in user is merged into the user's cart.

/** Best effort: a failed merge must not break the page; the next request tries again. */
async function mergeInto(userId: string, token: string) {
  try {
    await mergeGuestCart(prisma, hashCartToken(token), userId);
    return true;
  } catch (error) {
    logger.error({ err: error }, 'Could not merge the guest cart');
    return false;
  }
}

/** For pages and server components (once per request): null = no cart yet. */
export const currentCartOwner = cache(async (): Promise<CartOwner | null> => {
  const [user, token] = await Promise.all([getCurrentUser(), readCartCookie()]);
  if (user) {
    if (isCartToken(token)) await mergeInto(user.id, token);
    return userOwner(user.id);
  }
  return isCartToken(token) ? guestOwner(token) : null;
});

/** For server actions, which may also drop a merged guest cookie. */
export async function cartOwnerForAction(): Promise<{ owner: CartOwner | null; userId: string | null }> {
  const [user, token] = await Promise.all([getCurrentUser(), readCartCookie()]);
  if (user) {
    const merged = isCartToken(token) ? await mergeInto(user.id, token) : true;
    if (token !== undefined && merged) await deleteCartCookie();
    return { owner: userOwner(user.id), userId: user.id };
  }
  return { owner: isCartToken(token) ? guestOwner(token) : null, userId: null };
}
