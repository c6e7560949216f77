import { beforeAll, describe, expect, it } from 'vitest';
import { requestBooking } from '@/lib/booking/request-booking';
import { addToCart } from '@/lib/cart/add-to-cart';
import { CartItemFailed, checkoutCart } from '@/lib/cart/checkout-cart';
import { countCartItems } from '@/lib/cart/get-cart';
import { userOwner, type CartOwner } from '@/lib/cart/owner';
import type { Actor } from '@/lib/domain/actor';
import { Forbidden, SlotUnavailable, ValidationFailed } from '@/lib/errors';
import { resolveManageToken } from '@/lib/magic-links/manage-links';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, expectBooking, guestContact } from '../support/scenario';
import { aGuest, aShop, aShopper } from './cart-scenario';

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

async function aFullCart(options: Parameters<typeof aShop>[1] = {}, shopper: { owner: CartOwner; actor: Actor } = aGuest()) {
  const shop = await aShop(t.db, options);
  for (const item of [shop.items.scooter, shop.items.kayak, shop.items.massage]) await addToCart(t.db, shopper.owner, item, NOW);
  return { shop, ...shopper };
}

const bookingsOf = (shop: Awaited<ReturnType<typeof aShop>>) =>
  t.db.booking.findMany({ where: { listingId: { in: [shop.rental.id, shop.tour.id, shop.massage.id] } }, orderBy: { startAt: 'asc' } });

describe('checking out', () => {
  it('books every item in one checkout group, empties the cart and gives a guest a manage link per booking', async () => {
    const { shop, owner, actor } = await aFullCart();
    const result = await checkoutCart(t.db, owner, actor, guestContact, NOW);

    expect(result.bookings.map((b) => [b.booking.listingId, b.booking.status])).toEqual([
      [shop.rental.id, 'CONFIRMED'],
      [shop.tour.id, 'AWAITING_PAYMENT'],
      [shop.massage.id, 'CONFIRMED'],
    ]);
    expect(new Set(result.bookings.map((b) => b.booking.checkoutGroupId))).toEqual(new Set([result.checkoutGroupId]));
    expect(result.bookings.every((b) => b.booking.contactEmail === guestContact.email && b.booking.customerId === null)).toBe(true);
    expect(result.bookings[1]!.booking).toMatchObject({ quantity: 2, totalAmount: 7800, startAt: shop.session.startAt });
    for (const { booking, manageToken } of result.bookings) {
      expect(await resolveManageToken(t.db, manageToken!, NOW)).toEqual({ bookingId: booking.id });
      await (await expectBooking(t.db, booking.id)).toHaveOutboxTopics(`booking.${booking.status.toLowerCase()}`);
    }
    expect(await countCartItems(t.db, owner)).toBe(0);
  });

  it("books a signed-in customer's cart under their account with their profile details", async () => {
    const customer = await aShopper(t.db);
    const { owner, actor } = await aFullCart({}, customer);
    const { bookings } = await checkoutCart(t.db, owner, actor, undefined, NOW);
    expect(bookings).toHaveLength(3);
    expect(bookings.every((b) => b.booking.customerId === customer.userId && b.booking.contactName === 'Cora Customer' && b.manageToken === null)).toBe(true);
  });

  it('is all or nothing: when one item was taken meanwhile nothing is booked, the cart is intact and the message names the item', async () => {
    const { shop, owner, actor } = await aFullCart({ seats: 2 });
    await requestBooking(t.db, { ...shop.items.kayak, contact: guestContact }, { kind: 'guest' }, { now: NOW }); // someone else takes both seats

    const failure = await checkoutCart(t.db, owner, actor, guestContact, NOW).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CartItemFailed);
    expect((failure as CartItemFailed).message).toBe('Sunset kayak tour on Wed 8 Jan, 08:00 GMT: this session is sold out.');
    expect(failure).toMatchObject({ code: 'SLOT_UNAVAILABLE', status: 409 });

    // The scooter was booked before the tour in the same transaction: rolled back with it.
    expect((await bookingsOf(shop)).map((b) => b.checkoutGroupId)).toEqual([null]);
    expect(await t.db.bookingAllocation.count({ where: { unit: { listingId: shop.rental.id } } })).toBe(0);
    expect((await t.db.listingSession.findUniqueOrThrow({ where: { id: shop.session.id } })).seatsTaken).toBe(2);
    expect(await t.db.magicLinkToken.count({ where: { booking: { listingId: { in: [shop.rental.id, shop.massage.id] } } } })).toBe(0);
    expect(await countCartItems(t.db, owner)).toBe(3);
  });

  it('refuses the same single scooter twice in one cart, naming it, and books neither', async () => {
    const { shop, owner, actor } = await aFullCart({ units: 1 });
    await addToCart(t.db, owner, shop.items.scooter, NOW); // the same single scooter twice
    await expect(checkoutCart(t.db, owner, actor, guestContact, NOW)).rejects.toThrow(/^Scooter on Mon 13 Jan, 10:00 GMT: /);
    expect(await bookingsOf(shop)).toEqual([]);
    expect(await countCartItems(t.db, owner)).toBe(4);
  });

  it('refuses an empty cart, a guest without contact details, and someone else checking out the cart', async () => {
    const nobody = aGuest();
    await expect(checkoutCart(t.db, nobody.owner, nobody.actor, guestContact, NOW)).rejects.toThrow(new ValidationFailed('Your cart is empty. Add something to it before checking out.'));

    const { shop, owner, actor } = await aFullCart();
    await expect(checkoutCart(t.db, owner, actor, undefined, NOW)).rejects.toBeInstanceOf(ValidationFailed);
    await expect(checkoutCart(t.db, owner, actor, { ...guestContact, phone: '' }, NOW)).rejects.toThrow(/phone/);
    const someone = await aShopper(t.db);
    await expect(checkoutCart(t.db, owner, someone.actor, guestContact, NOW)).rejects.toBeInstanceOf(Forbidden);
    await expect(checkoutCart(t.db, userOwner(someone.userId), { kind: 'guest' }, guestContact, NOW)).rejects.toBeInstanceOf(Forbidden);
    expect(await bookingsOf(shop)).toEqual([]);
    expect(await countCartItems(t.db, owner)).toBe(3);

    await checkoutCart(t.db, owner, actor, guestContact, NOW);
    await expect(checkoutCart(t.db, owner, actor, guestContact, NOW)).rejects.toThrow(/cart is empty/);
  });

  it('books a double-submitted checkout once', async () => {
    const { shop, owner, actor } = await aFullCart({ units: 5, seats: 20 });
    const [a, b] = [t.newClient(5), t.newClient(5)];
    const results = await Promise.allSettled([checkoutCart(a, owner, actor, guestContact, NOW), checkoutCart(b, owner, actor, guestContact, NOW)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')!;
    expect(rejected.reason).toBeInstanceOf(ValidationFailed);
    expect(await bookingsOf(shop)).toHaveLength(3);
  });
});

describe('the checkout error', () => {
  it('keeps the cause as a SlotUnavailable for anything that maps causes', async () => {
    const { shop, owner, actor } = await aFullCart({ units: 1 });
    await requestBooking(t.db, { ...shop.items.scooter, contact: guestContact }, { kind: 'guest' }, { now: NOW });
    const failure = (await checkoutCart(t.db, owner, actor, guestContact, NOW).catch((e: unknown) => e)) as CartItemFailed;
    expect(failure.cause).toBeInstanceOf(SlotUnavailable);
    expect(failure.message).toBe('Scooter on Mon 13 Jan, 10:00 GMT: nothing is free for these dates. Try other dates.');
  });
});
