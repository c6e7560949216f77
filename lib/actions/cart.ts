'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { toBookingRequest } from '@/lib/booking/form-request';
import { bookingFormSchema } from '@/lib/booking/form-schema';
import { addToCart } from '@/lib/cart/add-to-cart';
import { RECEIPT_PATH, setCartCookie, setReceiptCookie } from '@/lib/cart/cart-cookies';
import { checkoutCart } from '@/lib/cart/checkout-cart';
import { encodeReceipt } from '@/lib/cart/checkout-receipt';
import { cartOwnerForAction } from '@/lib/cart/current-cart';
import { guestOwner, newCartToken } from '@/lib/cart/owner';
import { clearCart, removeCartItem } from '@/lib/cart/remove-from-cart';
import { checkoutSchema } from '@/lib/cart/schemas';
import { prisma } from '@/lib/db/prisma';
import type { Actor } from '@/lib/domain/actor';
import { NotFound, ValidationFailed } from '@/lib/errors';
import { runAction, type ActionResult } from '@/lib/http/action-result';
import { consumeRateLimit } from '@/lib/rate-limit';

// The cart's server actions: parse, find the caller's own cart, call a service. Each one refreshes
// the layout so the header's cart count follows.

async function limit(action: string, max: number) {
  const address = (await headers()).get('x-forwarded-for')?.split(',')[0]?.trim() || 'local';
  await consumeRateLimit(prisma, `${action}:ip:${address}`, { limit: max, windowSeconds: 10 * 60 });
}

async function listingTimeZone(listingId: string) {
  const listing = await prisma.listing.findUnique({ where: { id: listingId }, select: { timeZone: true, vendor: { select: { timeZone: true } } } });
  if (!listing) throw new NotFound('This listing does not exist.');
  return listing.timeZone ?? listing.vendor.timeZone;
}

/** Adds what the listing page's booking form describes to the caller's cart; returns the item count. */
export async function addToCartAction(input: unknown): Promise<ActionResult<{ count: number }>> {
  return runAction(bookingFormSchema, input, async (values) => {
    await limit('cart', 120);
    const item = toBookingRequest(values, await listingTimeZone(values.listingId));
    const { owner } = await cartOwnerForAction();
    // A guest's first item starts their cart; the cookie is set only once it holds something.
    const token = owner ? null : newCartToken();
    const { count } = await addToCart(prisma, owner ?? guestOwner(token!), item);
    if (token) await setCartCookie(token);
    revalidatePath('/', 'layout');
    return { count };
  });
}

export async function removeCartItemAction(itemId: unknown): Promise<ActionResult<{ count: number }>> {
  return runAction(z.unknown(), itemId, async (id) => {
    const { owner } = await cartOwnerForAction();
    if (!owner) throw new NotFound('This item is no longer in your cart.');
    const result = await removeCartItem(prisma, owner, id);
    revalidatePath('/', 'layout');
    return result;
  });
}

export async function clearCartAction(): Promise<ActionResult<{ count: number }>> {
  return runAction(z.unknown(), undefined, async () => {
    const { owner } = await cartOwnerForAction();
    if (owner) await clearCart(prisma, owner);
    revalidatePath('/', 'layout');
    return { count: 0 };
  });
}

/** Books the whole cart at once, then shows the bookings on the done page. */
export async function checkoutCartAction(input: unknown): Promise<ActionResult> {
  const result = await runAction(checkoutSchema, input, async (contact) => {
    await limit('checkout', 30);
    const { owner, userId } = await cartOwnerForAction();
    if (!owner) throw new ValidationFailed('Your cart is empty. Add something to it before checking out.');
    const actor: Actor = userId ? { type: 'CUSTOMER', userId } : { type: 'GUEST' };
    const checkout = await checkoutCart(prisma, owner, actor, contact);
    await setReceiptCookie(encodeReceipt(checkout));
    revalidatePath('/', 'layout');
  });
  if (!result.ok) {
    revalidatePath('/cart'); // shows which item could not be booked
    return result;
  }
  redirect(RECEIPT_PATH);
}
