import '@/lib/validation/zod-config';
import { z } from 'zod';
import { id } from '@/lib/validation/fields';
import { guestContactSchema, requestBookingSchema } from '@/lib/booking/schemas';

// Input of the cart use cases. An item is exactly what a booking asks for, minus the contact,
// which is given once for the whole cart at checkout.

export const cartItemSchema = requestBookingSchema.omit({ contact: true, promoCode: true });
export type CartItemInput = z.input<typeof cartItemSchema>;
export type CartItemRequest = z.output<typeof cartItemSchema>;

export const cartItemIdSchema = id('This item is no longer in your cart.');

/** Who the bookings are for: required of guests, prefilled from the profile for customers. */
export const checkoutSchema = guestContactSchema.extend({
  /** Applies to the items of the business whose code it is. */
  promoCode: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().trim().max(40).optional()),
});
export type CheckoutInput = z.input<typeof checkoutSchema>;
