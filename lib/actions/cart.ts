'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { id } from '@/lib/validation/fields';
import { bookingRequestFromForm } from '@/lib/booking/form-request';
import { bookingFormSchema } from '@/lib/booking/form-schema';
import { addToCart } from '@/lib/cart/add-to-cart';
import { RECEIPT_PATH, setCartCookie, setReceiptCookie } from '@/lib/cart/cart-cookies';
import { checkoutCart } from '@/lib/cart/checkout-cart';
import { encodeReceipt } from '@/lib/cart/checkout-receipt';
import { cartOwnerForAction } from '@/lib/cart/current-cart';
import { guestOwner, newCartToken } from '@/lib/cart/owner';
import { clearCart, removeCartItem } from '@/lib/cart/remove-from-cart';
import { dismissLapsedHold, restoreLapsedHold } from '@/lib/cart/lapsed-holds';
import { checkoutSchema } from '@/lib/cart/schemas';
import { prisma } from '@/lib/db/prisma';
import { NotFound, ValidationFailed } from '@/lib/errors';
import { publicAction } from '@/lib/http/actions';
import { requestClientIp } from '@/lib/http/request-client-ip';

// The cart's server actions: find the caller's own cart, call a service. Each one refreshes the
// layout so the header's cart count follows.

const refreshLayout = () => revalidatePath('/', 'layout');

/** Adds what the listing page's booking form describes to the caller's cart; returns the item count. */
export const addToCartAction = publicAction(
  bookingFormSchema,
  async (values) => {
    const item = await bookingRequestFromForm(prisma, values);
    const { owner } = await cartOwnerForAction();
    // A guest's first item starts their cart; the cookie is set only once it holds something.
    const token = owner ? null : newCartToken();
    const { count } = await addToCart(prisma, owner ?? guestOwner(token!), item);
    if (token) await setCartCookie(token);
    return { count };
  },
  { rateLimit: { name: 'cart', limit: 120, windowSeconds: 10 * 60 }, after: refreshLayout },
);

export const removeCartItemAction = publicAction(
  z.object({ itemId: id() }),
  async ({ itemId }) => {
    const { owner } = await cartOwnerForAction();
    if (!owner) throw new NotFound('This item is no longer in your cart.');
    return removeCartItem(prisma, owner, itemId);
  },
  { after: refreshLayout },
);

export const clearCartAction = publicAction(
  z.unknown(),
  async () => {
    const { owner } = await cartOwnerForAction();
    if (owner) await clearCart(prisma, owner);
    return { count: 0 };
  },
  { after: refreshLayout },
);

/** A lapsed hold of the cart: put it back in the cart (if it can still be booked), or hide it. */
export const restoreLapsedHoldAction = publicAction(
  z.object({ bookingId: id() }),
  async ({ bookingId }) => {
    const { owner } = await cartOwnerForAction();
    if (!owner) throw new NotFound('This item is no longer in your cart.');
    return { count: (await restoreLapsedHold(prisma, owner, bookingId)).count };
  },
  { rateLimit: { name: 'cart', limit: 120, windowSeconds: 10 * 60 }, after: refreshLayout },
);

export const dismissLapsedHoldAction = publicAction(
  z.object({ bookingId: id() }),
  async ({ bookingId }) => {
    const { owner } = await cartOwnerForAction();
    if (!owner) throw new NotFound('This item is no longer in your cart.');
    await dismissLapsedHold(prisma, owner, bookingId);
  },
  { after: refreshLayout },
);

/** Books the whole cart at once, then shows the bookings on the done page. */
export const checkoutCartAction = publicAction(
  checkoutSchema,
  async (contact, { actor }) => {
    const { owner } = await cartOwnerForAction();
    if (!owner) throw new ValidationFailed('Your cart is empty. Add something to it before checking out.');
    return checkoutCart(prisma, owner, actor, contact, new Date(), await requestClientIp());
  },
  {
    rateLimit: { name: 'checkout', limit: 30, windowSeconds: 10 * 60 },
    after: async (checkout) => {
      await setReceiptCookie(encodeReceipt(checkout));
      refreshLayout();
      redirect(RECEIPT_PATH);
    },
  },
);
