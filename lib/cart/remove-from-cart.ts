import 'server-only';
import { parseInput } from '@/lib/booking/parse';
import type { Db } from '@/lib/db/prisma';
import { NotFound } from '@/lib/errors';
import { countCartItems } from './get-cart';
import { cartKey, type CartOwner } from './owner';
import { cartItemIdSchema } from './schemas';

// Every delete is scoped by the owner: someone else's item id simply is not found.

/** Removes one item from the owner's cart; returns how many are left. */
export async function removeCartItem(db: Db, owner: CartOwner, itemId: unknown): Promise<{ count: number }> {
  const id = parseInput(cartItemIdSchema, itemId);
  const { count: removed } = await db.cartItem.deleteMany({ where: { id, cart: cartKey(owner) } });
  if (removed === 0) throw new NotFound('This item is no longer in your cart.');
  return { count: await countCartItems(db, owner) };
}

/** Empties the owner's cart. */
export async function clearCart(db: Db, owner: CartOwner): Promise<{ removed: number }> {
  const { count } = await db.cartItem.deleteMany({ where: { cart: cartKey(owner) } });
  return { removed: count };
}
