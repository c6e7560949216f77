import 'server-only';
import type { Db } from '@/lib/db/prisma';

/**
 * Moves a guest cart's items into the user's cart and deletes the guest cart, so what someone put
 * in their cart before signing in is still there after. Idempotent: a second call moves nothing.
 */
export async function mergeGuestCart(db: Db, tokenHash: string, userId: string): Promise<{ moved: number }> {
  return db.$transaction(async (tx) => {
    const guest = await tx.cart.findUnique({ where: { tokenHash }, select: { id: true, userId: true } });
    if (!guest || guest.userId) return { moved: 0 };
    const mine = await tx.cart.upsert({ where: { userId }, create: { userId }, update: {} });
    const { count } = await tx.cartItem.updateMany({ where: { cartId: guest.id }, data: { cartId: mine.id } });
    // Holds checked out from the guest cart that lapsed stay visible in the user's cart.
    await tx.booking.updateMany({ where: { cartId: guest.id }, data: { cartId: mine.id } });
    await tx.cart.deleteMany({ where: { id: guest.id } });
    return { moved: count };
  });
}
