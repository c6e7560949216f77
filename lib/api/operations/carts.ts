import 'server-only';
import { z } from 'zod';
import { addToCart } from '@/lib/cart/add-to-cart';
import { checkoutCart } from '@/lib/cart/checkout-cart';
import { getCart } from '@/lib/cart/get-cart';
import { userOwner } from '@/lib/cart/owner';
import { removeCartItem } from '@/lib/cart/remove-from-cart';
import { prisma } from '@/lib/db/prisma';
import { customer } from '@/lib/domain/actor';
import { NotFound } from '@/lib/errors';
import { apiClientIp, customerActor, type ApiCaller } from '../caller';
import { defineOperation } from '../operation';
import { Booking, instant, page, Quote, uuid } from '../schemas';
import { bookingInclude, bookingJson, quoteJson } from '../serialize';

// A customer's cart through the API (access token): the web cart's services, so items are checked
// as booking checks them and checkout books all of them in one transaction, or none.

const CartItem = z
  .object({
    id: uuid,
    listing: z.object({ id: uuid, slug: z.string(), title: z.string(), kind: z.string(), vendor_slug: z.string() }),
    start_at: instant,
    end_at: instant,
    time_zone: z.string(),
    quantity: z.int(),
    notes: z.string().nullable(),
    label: z.string(),
    quote: Quote.nullable(),
    problem: z.string().nullable().meta({ description: 'Why it cannot be booked now (null when it can).' }),
  })
  .meta({ id: 'CartItem' });
const Cart = z
  .object({ id: uuid, items: z.array(CartItem), totals: z.array(z.object({ currency: z.string(), total: z.int(), due_now: z.int() })), problems: z.int() })
  .meta({ id: 'Cart' });

const exampleCart = { id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a66', items: [], totals: [], problems: 0 };

async function ownCart(caller: ApiCaller, cartId?: string) {
  const actor = customerActor(caller);
  const owner = userOwner(actor.userId);
  // Naming a cart only reads: a refused request (another's or an unknown cart) creates nothing.
  const cart =
    cartId === undefined
      ? await prisma.cart.upsert({ where: { userId: actor.userId }, create: { userId: actor.userId }, update: {} })
      : await prisma.cart.findUnique({ where: { userId: actor.userId } });
  if (!cart || (cartId !== undefined && cart.id !== cartId)) throw new NotFound('This cart does not exist.');
  return { actor, owner, cart };
}

async function cartJson(caller: ApiCaller) {
  const { owner, cart } = await ownCart(caller);
  const view = await getCart(prisma, owner);
  return {
    id: cart.id,
    items: view.items.map((item) => ({
      id: item.id,
      listing: { id: item.listing.id, slug: item.listing.slug, title: item.listing.title, kind: item.listing.kind.toLowerCase(), vendor_slug: item.listing.vendorSlug },
      start_at: item.startAt.toISOString(),
      end_at: item.endAt.toISOString(),
      time_zone: item.timeZone,
      quantity: item.quantity,
      notes: item.notes,
      label: item.label,
      quote: item.quote ? quoteJson(item.quote) : null,
      problem: item.problem,
    })),
    totals: view.totals.map((t) => ({ currency: t.currency, total: t.total, due_now: t.dueNow })),
    problems: view.problems,
  };
}

export const createCart = defineOperation({
  method: 'POST',
  path: '/carts',
  operationId: 'createCart',
  summary: 'My cart (created on first use)',
  description: 'Each signed-in customer has one cart: this answers it.',
  tag: 'Carts',
  access: 'authenticated',
  scope: 'write',
  response: { status: 201, schema: Cart, description: 'The cart.', example: exampleCart },
  errors: ['forbidden'],
  handler: async ({ caller }) => cartJson(caller),
});

const cartParams = z.object({ id: uuid });

export const addCartItem = defineOperation({
  method: 'POST',
  path: '/carts/{id}/items',
  operationId: 'addCartItem',
  summary: 'Put something in the cart (checked as booking checks it; nothing is held yet)',
  tag: 'Carts',
  access: 'authenticated',
  scope: 'write',
  params: cartParams,
  body: z
    .object({ listing_id: uuid, start_at: instant.optional(), end_at: instant.optional(), session_id: uuid.optional(), staff_id: uuid.optional(), quantity: z.int().min(1).max(100).default(1), notes: z.string().max(1000).optional() })
    .meta({ id: 'CartItemRequest' }),
  bodyExample: { listing_id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60', start_at: '2031-01-06T10:00:00Z', end_at: '2031-01-06T14:00:00Z', quantity: 1 },
  response: { status: 201, schema: Cart, description: 'The cart with the item.', example: exampleCart },
  errors: ['not_found', 'validation_failed', 'policy_violation', 'slot_unavailable', 'forbidden'],
  handler: async ({ caller, params, body }) => {
    const { owner } = await ownCart(caller, params.id);
    await addToCart(prisma, owner, { listingId: body.listing_id, startAt: body.start_at, endAt: body.end_at, sessionId: body.session_id, staffId: body.staff_id, quantity: body.quantity, notes: body.notes });
    return cartJson(caller);
  },
});

export const removeCartItemOperation = defineOperation({
  method: 'DELETE',
  path: '/carts/{id}/items/{item_id}',
  operationId: 'removeCartItem',
  summary: 'Take an item out of the cart',
  tag: 'Carts',
  access: 'authenticated',
  scope: 'write',
  params: z.object({ id: uuid, item_id: uuid }),
  response: { status: 200, schema: Cart, description: 'The cart without the item.', example: exampleCart },
  errors: ['not_found', 'forbidden'],
  handler: async ({ caller, params }) => {
    const { owner } = await ownCart(caller, params.id);
    await removeCartItem(prisma, owner, params.item_id);
    return cartJson(caller);
  },
});

export const checkoutCartOperation = defineOperation({
  method: 'POST',
  path: '/carts/{id}/checkout',
  operationId: 'checkoutCart',
  summary: 'Book everything in the cart: all or nothing',
  description: 'Every item is booked in one transaction (sharing a checkout group), or none is and the cart stays as it was. Requires an Idempotency-Key.',
  tag: 'Carts',
  access: 'authenticated',
  scope: 'write',
  idempotency: 'required',
  params: cartParams,
  response: {
    status: 201,
    schema: page(Booking, 'CheckoutBookings').omit({ has_more: true, next_cursor: true }).extend({ checkout_group_id: uuid }).meta({ id: 'CartCheckout' }),
    description: 'The bookings made.',
    example: { checkout_group_id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a67', data: [] },
  },
  errors: ['not_found', 'validation_failed', 'slot_unavailable', 'policy_violation', 'rate_limited', 'forbidden', 'idempotency_key_required'],
  handler: async ({ caller, params, request, idempotency }) => {
    const { owner, actor } = await ownCart(caller, params.id);
    // The answer is stored with the bookings, in their transaction: a retry after a crash replays it.
    let answer: { checkout_group_id: string; data: ReturnType<typeof bookingJson>[] } | undefined;
    await checkoutCart(prisma, owner, customer(actor.userId), undefined, new Date(), apiClientIp(request.headers), { inTransaction: async (tx, result) => {
      const rows = await tx.booking.findMany({ where: { id: { in: result.bookings.map((b) => b.booking.id) } }, include: bookingInclude, orderBy: { startAt: 'asc' } });
      answer = { checkout_group_id: result.checkoutGroupId, data: rows.map(bookingJson) };
      await idempotency?.answerInTransaction(tx, { status: 201, body: answer });
    } });
    return answer!;
  },
});
