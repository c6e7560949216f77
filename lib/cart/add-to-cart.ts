import 'server-only';
import { parseInput } from '@/lib/booking/parse';
import type { Db } from '@/lib/db/prisma';
import { NotFound, PolicyViolation } from '@/lib/errors';
import { checkRequest } from '@/lib/booking/assess-request';
import { cartKey, MAX_CART_ITEMS, type CartOwner } from './owner';
import { cartItemSchema, type CartItemInput } from './schemas';

/**
 * Puts a bookable item in the owner's cart (creating the cart on first use). Refuses, with the
 * same messages as booking, an item that could not be booked right now; nothing is held yet.
 */
export async function addToCart(db: Db, owner: CartOwner, input: CartItemInput, now = new Date()) {
  const item = parseInput(cartItemSchema, input);
  const listing = await db.listing.findUnique({
    where: { id: item.listingId },
    include: { vendor: { select: { status: true, timeZone: true, name: true, slug: true } } },
  });
  if (!listing) throw new NotFound('This listing does not exist.');
  const { range } = await checkRequest(db, listing, item, now);

  return db.$transaction(async (tx) => {
    const cart = await tx.cart.upsert({ where: cartKey(owner), create: cartKey(owner), update: {} });
    // Parallel adds queue on the cart's row, so each counts what the others added (the cap holds).
    await tx.$queryRaw`SELECT "id" FROM "Cart" WHERE "id" = ${cart.id}::uuid FOR UPDATE`;
    const count = await tx.cartItem.count({ where: { cartId: cart.id } });
    if (count >= MAX_CART_ITEMS) {
      throw new PolicyViolation(`Your cart holds at most ${MAX_CART_ITEMS} items. Check out or remove some first.`);
    }
    const created = await tx.cartItem.create({
      data: {
        cartId: cart.id,
        listingId: listing.id,
        startAt: range.startAt,
        endAt: range.endAt,
        quantity: item.quantity,
        sessionId: listing.kind === 'SESSION' ? item.sessionId : null,
        staffId: listing.kind === 'APPOINTMENT' ? (item.staffId ?? null) : null,
        notes: item.notes || null,
      },
    });
    return { item: created, count: count + 1 };
  });
}
