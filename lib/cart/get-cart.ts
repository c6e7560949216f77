import 'server-only';
import { quoteListing } from '@/lib/booking/listing-terms';
import type { Db } from '@/lib/db/prisma';
import type { PriceSnapshot } from '@/lib/domain/quote';
import type { ListingKind } from '@/lib/generated/prisma/enums';
import { sumMoney } from '@/lib/domain/money';
import { assessRequest } from '@/lib/booking/assess-request';
import { cartItemLabel } from './item-label';
import { cartKey, type CartOwner } from './owner';
import { listingTimeZone } from '@/lib/domain/listing-rules';

// The cart as its page shows it: each item priced now (the booking re-prices at checkout and
// stores its own snapshot) and checked against current availability.

export type CartLine = {
  id: string;
  listing: { id: string; title: string; slug: string; kind: ListingKind; vendorName: string; vendorSlug: string };
  /** Current times (a session's own, should the vendor have moved it). */
  startAt: Date;
  endAt: Date;
  timeZone: string;
  quantity: number;
  notes: string | null;
  /** "Sunset kayak tour on Sat 14 Mar, 18:30 CET" */
  label: string;
  quote: PriceSnapshot | null;
  /** Why it cannot be booked now, in plain words (null = it can). */
  problem: string | null;
};

export type CartTotal = { currency: string; total: number; dueNow: number };
export type CartView = { items: CartLine[]; totals: CartTotal[]; problems: number };

export const EMPTY_CART: CartView = { items: [], totals: [], problems: 0 };

export async function getCart(db: Db, owner: CartOwner, now = new Date()): Promise<CartView> {
  const cart = await db.cart.findUnique({
    where: cartKey(owner),
    include: {
      items: {
        orderBy: { createdAt: 'asc' },
        include: { listing: { include: { vendor: { select: { status: true, timeZone: true, name: true, slug: true } } } } },
      },
    },
  });
  if (!cart) return EMPTY_CART;

  const items = await Promise.all(
    cart.items.map(async (item): Promise<CartLine> => {
      const { listing } = item;
      const timeZone = listingTimeZone(listing);
      const request = { startAt: item.startAt, endAt: item.endAt, sessionId: item.sessionId ?? undefined, staffId: item.staffId ?? undefined, quantity: item.quantity };
      const { placement, problem } = await assessRequest(db, listing, request, now);
      const range = placement?.range ?? { startAt: item.startAt, endAt: item.endAt };
      return {
        id: item.id,
        listing: { id: listing.id, title: listing.title, slug: listing.slug, kind: listing.kind, vendorName: listing.vendor.name, vendorSlug: listing.vendor.slug },
        ...range,
        timeZone,
        quantity: item.quantity,
        notes: item.notes,
        label: cartItemLabel({ title: listing.title, pricingUnit: listing.pricingUnit, startAt: range.startAt, timeZone }),
        quote: placement ? quoteListing(listing, timeZone, placement.range, item.quantity, placement.unitPrice) : null,
        problem: problem?.message ?? null,
      };
    }),
  );
  return { items, totals: totalsByCurrency(items), problems: items.filter((i) => i.problem).length };
}

/** Grand totals per currency (a cart may mix a Thai scooter and an Italian tour). */
export function totalsByCurrency(items: readonly Pick<CartLine, 'quote'>[]): CartTotal[] {
  const byCurrency = new Map<string, PriceSnapshot[]>();
  for (const { quote } of items) if (quote) byCurrency.set(quote.currency, [...(byCurrency.get(quote.currency) ?? []), quote]);
  return [...byCurrency.entries()].map(([currency, quotes]) => ({
    currency,
    total: sumMoney(quotes.map((q) => q.total)),
    dueNow: sumMoney(quotes.map((q) => q.depositDue)),
  }));
}

export async function countCartItems(db: Db, owner: CartOwner): Promise<number> {
  return db.cartItem.count({ where: { cart: cartKey(owner) } });
}
