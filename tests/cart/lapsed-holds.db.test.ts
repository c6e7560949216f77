import { beforeAll, describe, expect, it } from 'vitest';
import { expireStaleHolds } from '@/lib/booking/expire-stale-holds';
import { addToCart } from '@/lib/cart/add-to-cart';
import { checkoutCart } from '@/lib/cart/checkout-cart';
import { getCart } from '@/lib/cart/get-cart';
import { dismissLapsedHold, lapsedCartHolds, restoreLapsedHold } from '@/lib/cart/lapsed-holds';
import { mergeGuestCart } from '@/lib/cart/merge-guest-cart';
import { hashCartToken } from '@/lib/cart/owner';
import { NotFound } from '@/lib/errors';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, guestContact, minutesAfter } from '../support/scenario';
import { aGuest, aShop, aShopper } from './cart-scenario';

// An abandoned cart: checked out, never paid. Its holds lapse and the slots go back on sale; the
// cart page then says what expired, when (in the listing's zone) and why.

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

describe('abandoned carts', () => {
  it('expire with their holds; the cart shows what expired, when and why, and the slot is free again', async () => {
    const shop = await aShop(t.db, { seats: 2 });
    const { owner, actor } = await aShopper(t.db);
    await addToCart(t.db, owner, shop.items.kayak, NOW); // paid online: held for 30 minutes
    const { bookings } = await checkoutCart(t.db, owner, actor, undefined, NOW);
    expect(bookings[0]!.booking.status).toBe('AWAITING_PAYMENT');
    expect(await lapsedCartHolds(t.db, owner, NOW)).toEqual([]); // still held: nothing to show

    const later = minutesAfter(NOW, 31);
    expect(await expireStaleHolds(t.db, later)).toBeGreaterThanOrEqual(1);
    const [lapsed, ...rest] = await lapsedCartHolds(t.db, owner, later);
    expect(rest).toEqual([]);
    // 08:30 UTC is 08:30 GMT in London in January.
    expect(lapsed).toMatchObject({ reference: bookings[0]!.booking.reference, reason: expect.stringMatching(/^Hold expired at .*08:30 GMT — the payment was not completed, so the slot was released\.$/) });
    expect(lapsed!.label).toMatch(/^Sunset kayak tour on /);
    expect((await t.db.listingSession.findUniqueOrThrow({ where: { id: shop.session.id } })).seatsTaken).toBe(0);
  });

  it('shows a lapsed hold the sweeper has not reached yet', async () => {
    const shop = await aShop(t.db);
    const { owner, actor } = await aShopper(t.db);
    await addToCart(t.db, owner, shop.items.kayak, NOW);
    await checkoutCart(t.db, owner, actor, undefined, NOW);
    expect(await lapsedCartHolds(t.db, owner, minutesAfter(NOW, 45))).toHaveLength(1);
  });

  it('puts a lapsed item back in the cart, or dismisses it; another cart cannot touch it', async () => {
    const shop = await aShop(t.db);
    const { owner, actor } = await aShopper(t.db);
    await addToCart(t.db, owner, shop.items.kayak, NOW);
    await addToCart(t.db, owner, { ...shop.items.kayak, quantity: 1 }, NOW);
    await checkoutCart(t.db, owner, actor, undefined, NOW);
    const later = minutesAfter(NOW, 40);
    await expireStaleHolds(t.db, later);
    const [first, second] = await lapsedCartHolds(t.db, owner, later);

    const stranger = await aShopper(t.db);
    await expect(dismissLapsedHold(t.db, stranger.owner, first!.bookingId, later)).rejects.toThrow(NotFound);

    await restoreLapsedHold(t.db, owner, first!.bookingId, later);
    expect((await getCart(t.db, owner, later)).items.map((i) => i.listing.id)).toEqual([shop.tour.id]);
    await dismissLapsedHold(t.db, owner, second!.bookingId, later);
    expect(await lapsedCartHolds(t.db, owner, later)).toEqual([]);
  });

  it('a guest who checked out and signs in later still sees what expired', async () => {
    const shop = await aShop(t.db);
    const guest = aGuest();
    await addToCart(t.db, guest.owner, shop.items.kayak, NOW);
    await checkoutCart(t.db, guest.owner, guest.actor, { ...guestContact, email: 'lapsed-guest@example.com' }, NOW);
    const later = minutesAfter(NOW, 40);
    expect(await lapsedCartHolds(t.db, guest.owner, later)).toHaveLength(1);
    const { owner, userId } = await aShopper(t.db);
    await mergeGuestCart(t.db, hashCartToken(guest.token), userId);
    expect(await lapsedCartHolds(t.db, owner, later)).toHaveLength(1);
  });
});
