import 'server-only';
import { randomUUID } from 'node:crypto';
import { parseInput } from '@/lib/booking/parse';
import { createBooking } from '@/lib/booking/request-booking';
import { inBookingTransaction, SLOT_TAKEN_MESSAGE } from '@/lib/booking/transaction';
import type { Db, Tx } from '@/lib/db/prisma';
import { isBookingConflict, isUniqueViolation } from '@/lib/db/errors';
import type { Actor } from '@/lib/domain/actor';
import { DomainError, Forbidden, SlotUnavailable, ValidationFailed } from '@/lib/errors';
import type { Booking, Prisma } from '@/lib/generated/prisma/client';
import { cartItemLabel } from './item-label';
import type { CartOwner } from './owner';
import { checkoutSchema, type CheckoutInput } from './schemas';
import { normalizePromoCode } from '@/lib/booking/promo-codes';
import { listingTimeZone } from '@/lib/domain/listing-rules';

/** One cart item could not be booked; its message names the item, code and status are the cause's. */
export class CartItemFailed extends DomainError {
  readonly code: string;
  readonly status: number;
  constructor(
    readonly itemId: string,
    label: string,
    cause: DomainError,
  ) {
    super(`${label}: ${cause.message.charAt(0).toLowerCase()}${cause.message.slice(1)}`, { cause });
    this.code = cause.code;
    this.status = cause.status;
  }
}

export type CheckedOutBooking = { booking: Booking; /** Guests only: the secret of the booking's manage link. */ manageToken: string | null };
export type CheckoutResult = { checkoutGroupId: string; bookings: CheckedOutBooking[] };

const itemInclude = { listing: { include: { vendor: { select: { timeZone: true } } } } } satisfies Prisma.CartItemInclude;
type ItemRow = Prisma.CartItemGetPayload<{ include: typeof itemInclude }>;

/**
 * Books every item of the owner's cart in ONE transaction, sharing a checkoutGroupId: either all
 * bookings are made and the cart is emptied, or none is and the cart stays as it was. Guests get a
 * manage link per booking, issued in the same transaction so no booking is left without one.
 */
export async function checkoutCart(
  db: Db,
  owner: CartOwner,
  actor: Actor,
  contactInput: CheckoutInput | undefined,
  now = new Date(),
  clientAddress: string | null = null,
  /** inTransaction runs inside the checkout's transaction once everything is booked (the API stores its idempotent answer there). */
  options: { promoCode?: string; inTransaction?: (tx: Tx, result: CheckoutResult) => Promise<void> } = {},
): Promise<CheckoutResult> {
  assertActorOwnsCart(owner, actor);
  const parsed = actor.kind === 'guest' || contactInput ? parseInput(checkoutSchema, contactInput ?? {}) : undefined;
  const contact = parsed ? { name: parsed.name, email: parsed.email, phone: parsed.phone } : undefined;
  const promoCode = parsed?.promoCode ?? options.promoCode;
  const checkoutGroupId = randomUUID();

  for (let attempt = 1; ; attempt += 1) {
    try {
      const bookings = await inBookingTransaction(db, async (tx) => {
        const cartId = await lockCart(tx, owner);
        const items = cartId ? await tx.cartItem.findMany({ where: { cartId }, include: itemInclude, orderBy: { createdAt: 'asc' } }) : [];
        if (!cartId || items.length === 0) throw new ValidationFailed('Your cart is empty. Add something to it before checking out.');

        const promoVendors = promoCode ? await vendorsWithCode(tx, items, promoCode) : new Set<string>();
        // Booked in listing order so concurrent checkouts take their row locks in the same order.
        const booked = new Map<string, Awaited<ReturnType<typeof bookItem>>>();
        for (const item of [...items].sort(byListingThenStart)) {
          const itemPromo = promoVendors.has(item.listing.vendorId) ? promoCode : undefined;
          booked.set(item.id, await bookItem(tx, item, actor, contact, { checkoutGroupId, cartId, now, clientAddress, promoCode: itemPromo }));
        }
        await tx.cartItem.deleteMany({ where: { cartId, id: { in: items.map((i) => i.id) } } });
        const holdEnds = await holdTogether(tx, [...booked.values()]);

        const done = items.map((item): CheckedOutBooking => {
          const { manageToken, ...booking } = booked.get(item.id)!;
          const held = holdEnds && booking.status === 'AWAITING_PAYMENT' ? { ...booking, holdExpiresAt: holdEnds } : booking;
          return { booking: held, manageToken };
        });
        await options.inTransaction?.(tx, { checkoutGroupId, bookings: done });
        return done;
      });
      return { checkoutGroupId, bookings };
    } catch (error) {
      // A booking reference collision (1 in ~10^9) is retried with new references.
      if (attempt < 3 && isUniqueViolation(error, 'reference')) continue;
      throw error;
    }
  }
}

/**
 * Everything the cart owes online is paid in one checkout, so it is held for the same time and
 * released together when that runs out: the shortest hold of them (the sweeper then expires all).
 */
async function holdTogether(tx: Tx, bookings: Booking[]): Promise<Date | null> {
  const awaiting = bookings.filter((b) => b.status === 'AWAITING_PAYMENT' && b.holdExpiresAt);
  if (awaiting.length < 2) return null;
  const ends = new Date(Math.min(...awaiting.map((b) => b.holdExpiresAt!.getTime())));
  await tx.booking.updateMany({ where: { id: { in: awaiting.map((b) => b.id) } }, data: { holdExpiresAt: ends } });
  return ends;
}

function assertActorOwnsCart(owner: CartOwner, actor: Actor) {
  const matches = owner.kind === 'USER' ? actor.kind === 'customer' && actor.userId === owner.userId : actor.kind === 'guest';
  if (!matches) throw new Forbidden('Only the owner of a cart can check it out.');
}

/** Locks the owner's cart row: a double-clicked checkout waits, then finds the cart empty. */
async function lockCart(tx: Tx, owner: CartOwner): Promise<string | null> {
  const rows =
    owner.kind === 'USER'
      ? await tx.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "Cart" WHERE "userId" = ${owner.userId}::uuid FOR UPDATE`
      : await tx.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "Cart" WHERE "tokenHash" = ${owner.tokenHash} FOR UPDATE`;
  return rows[0]?.id ?? null;
}

const byListingThenStart = (a: ItemRow, b: ItemRow) => a.listingId.localeCompare(b.listingId) || a.startAt.getTime() - b.startAt.getTime();

/** The cart's businesses that have this promo code; none at all is the customer's typo to fix. */
async function vendorsWithCode(tx: Tx, items: ItemRow[], code: string): Promise<Set<string>> {
  const codes = await tx.promoCode.findMany({ where: { code: normalizePromoCode(code), vendorId: { in: items.map((i) => i.listing.vendorId) } }, select: { vendorId: true } });
  if (codes.length === 0) throw new ValidationFailed('This promo code is not valid for anything in your cart.', { promoCode: ['This promo code is not valid for anything in your cart.'] });
  return new Set(codes.map((c) => c.vendorId));
}

type Contact = { name: string; email: string; phone: string };

async function bookItem(tx: Tx, item: ItemRow, actor: Actor, contact: Contact | undefined, options: { checkoutGroupId: string; cartId: string; now: Date; clientAddress: string | null; promoCode?: string }) {
  const input = {
    listingId: item.listingId,
    startAt: item.startAt,
    endAt: item.endAt,
    sessionId: item.sessionId ?? undefined,
    staffId: item.staffId ?? undefined,
    quantity: item.quantity,
    notes: item.notes ?? undefined,
    contact,
    promoCode: options.promoCode,
  };
  try {
    return await createBooking(tx, input, actor, { ...options, source: 'WEB' });
  } catch (error) {
    const label = cartItemLabel({ title: item.listing.title, pricingUnit: item.listing.pricingUnit, startAt: item.startAt, timeZone: listingTimeZone(item.listing) });
    if (error instanceof DomainError) throw new CartItemFailed(item.id, label, error);
    // The database's own no-overlap / capacity constraints: someone took it a moment ago.
    if (isBookingConflict(error)) throw new CartItemFailed(item.id, label, new SlotUnavailable(SLOT_TAKEN_MESSAGE));
    throw error;
  }
}
