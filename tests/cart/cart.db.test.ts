import { beforeAll, describe, expect, it } from 'vitest';
import { requestBooking } from '@/lib/booking/request-booking';
import { addToCart } from '@/lib/cart/add-to-cart';
import { countCartItems, getCart } from '@/lib/cart/get-cart';
import { mergeGuestCart } from '@/lib/cart/merge-guest-cart';
import { MAX_CART_ITEMS } from '@/lib/cart/owner';
import { clearCart, removeCartItem } from '@/lib/cart/remove-from-cart';
import { NotFound, PolicyViolation, SlotUnavailable, ValidationFailed } from '@/lib/errors';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, at, givenVendor, guestContact, hoursAfter } from '../support/scenario';
import { aGuest, aShop, aShopper, monday10 } from './cart-scenario';

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

describe('adding to the cart', () => {
  it('holds a rental, a tour seat and a massage, each priced in its listing zone, with totals', async () => {
    const shop = await aShop(t.db);
    const { owner } = aGuest();
    await addToCart(t.db, owner, shop.items.scooter, NOW);
    await addToCart(t.db, owner, shop.items.kayak, NOW);
    const { count } = await addToCart(t.db, owner, { ...shop.items.massage, notes: 'Sore shoulder' }, NOW);
    expect(count).toBe(3);

    const cart = await getCart(t.db, owner, NOW);
    expect(cart.items.map((i) => [i.listing.title, i.quote?.total, i.problem])).toEqual([
      ['Scooter', 3000, null], // 2 h × £15
      ['Sunset kayak tour', 7800, null], // 2 seats × £39
      ['Relaxing massage', 7000, null],
    ]);
    expect(cart.items[1]!.label).toBe('Sunset kayak tour on Wed 8 Jan, 08:00 GMT');
    expect(cart.items[1]).toMatchObject({ startAt: shop.session.startAt, endAt: shop.session.endAt, timeZone: 'Europe/London' });
    expect(cart.items[2]).toMatchObject({ endAt: hoursAfter(monday10, 5), notes: 'Sore shoulder' });
    expect(cart.totals).toEqual([{ currency: 'GBP', total: 17800, dueNow: 7800 }]); // the tour is paid online
    expect(await t.db.booking.count({ where: { listingId: { in: [shop.rental.id, shop.tour.id, shop.massage.id] } } })).toBe(0);
  });

  it('totals each currency apart', async () => {
    const london = await aShop(t.db);
    const phuket = await givenVendor(t.db, { timeZone: 'Asia/Bangkok', currency: 'THB' }).withRental({ pricingUnit: 'DAY', priceAmount: 35000 });
    const { owner } = aGuest();
    await addToCart(t.db, owner, london.items.scooter, NOW);
    await addToCart(t.db, owner, { listingId: phuket.listing.id, startAt: at('2031-01-12T17:00:00Z'), endAt: at('2031-01-14T17:00:00Z') }, NOW); // 2 local days
    const cart = await getCart(t.db, owner, NOW);
    expect(cart.totals).toEqual([
      { currency: 'GBP', total: 3000, dueNow: 0 },
      { currency: 'THB', total: 70000, dueNow: 0 },
    ]);
    expect(cart.items[1]!.label).toMatch(/^A rental from Mon 13 Jan$/);
  });

  it('refuses, with the booking messages, what could not be booked now, and stores nothing', async () => {
    const shop = await aShop(t.db, { units: 1, seats: 2 });
    await requestBooking(t.db, { ...shop.items.scooter, contact: guestContact }, { kind: 'guest' }, { now: NOW });
    const { owner } = aGuest();

    await expect(addToCart(t.db, owner, shop.items.scooter, NOW)).rejects.toThrow(new SlotUnavailable('Nothing is free for these dates. Try other dates.'));
    await expect(addToCart(t.db, owner, { ...shop.items.kayak, quantity: 3 }, NOW)).rejects.toThrow(new SlotUnavailable('Only 2 seats left in this session.'));
    await expect(addToCart(t.db, owner, { ...shop.items.massage, startAt: at('2031-01-13T07:00:00Z') }, NOW)).rejects.toBeInstanceOf(SlotUnavailable);
    await expect(addToCart(t.db, owner, { ...shop.items.scooter, startAt: at('2031-01-01T10:00:00Z') }, NOW)).rejects.toThrow(/in the past/);
    await expect(addToCart(t.db, owner, { listingId: shop.tour.id }, NOW)).rejects.toThrow('Choose a date and time.');
    await expect(addToCart(t.db, owner, { ...shop.items.kayak, quantity: 11 }, NOW)).rejects.toThrow(/at most 10/);

    await t.db.listing.update({ where: { id: shop.massage.id }, data: { status: 'UNPUBLISHED' } });
    await expect(addToCart(t.db, owner, shop.items.massage, NOW)).rejects.toBeInstanceOf(PolicyViolation);
    expect(await countCartItems(t.db, owner)).toBe(0);
  });

  it(`holds at most ${MAX_CART_ITEMS} items`, async () => {
    const shop = await aShop(t.db);
    const { owner } = aGuest();
    for (let i = 0; i < MAX_CART_ITEMS; i += 1) await addToCart(t.db, owner, { ...shop.items.kayak, quantity: 1 }, NOW);
    await expect(addToCart(t.db, owner, shop.items.kayak, NOW)).rejects.toThrow(/at most 20 items/);
  });

  it(`keeps the cap of ${MAX_CART_ITEMS} under parallel adds (real parallel transactions)`, async () => {
    const shop = await aShop(t.db);
    const { owner } = aGuest();
    for (let i = 0; i < MAX_CART_ITEMS - 2; i += 1) await addToCart(t.db, owner, { ...shop.items.kayak, quantity: 1 }, NOW);
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => addToCart(t.db, owner, { ...shop.items.kayak, quantity: 1 }, NOW)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    for (const r of results) if (r.status === 'rejected') expect(String(r.reason)).toMatch(/at most 20 items/);
    expect(await countCartItems(t.db, owner)).toBe(MAX_CART_ITEMS);
  });

  it('shows an item that was taken since it was added, without hiding the rest', async () => {
    const shop = await aShop(t.db, { seats: 2 });
    const { owner } = aGuest();
    await addToCart(t.db, owner, shop.items.kayak, NOW);
    await addToCart(t.db, owner, shop.items.massage, NOW);
    await requestBooking(t.db, { ...shop.items.kayak, contact: guestContact }, { kind: 'guest' }, { now: NOW });

    const cart = await getCart(t.db, owner, NOW);
    expect(cart.problems).toBe(1);
    expect(cart.items.map((i) => i.problem)).toEqual(['This session is sold out.', null]);
    expect(cart.items[0]!.quote?.total).toBe(7800); // still priced, so the customer sees what it was
  });
});

describe('removing and clearing', () => {
  it('removes one item and clears the rest', async () => {
    const shop = await aShop(t.db);
    const { owner } = aGuest();
    const { item } = await addToCart(t.db, owner, shop.items.scooter, NOW);
    await addToCart(t.db, owner, shop.items.kayak, NOW);
    await addToCart(t.db, owner, shop.items.massage, NOW);

    expect(await removeCartItem(t.db, owner, item.id)).toEqual({ count: 2 });
    await expect(removeCartItem(t.db, owner, item.id)).rejects.toBeInstanceOf(NotFound);
    expect((await getCart(t.db, owner, NOW)).items.map((i) => i.listing.title)).toEqual(['Sunset kayak tour', 'Relaxing massage']);

    expect(await clearCart(t.db, owner)).toEqual({ removed: 2 });
    expect((await getCart(t.db, owner, NOW)).items).toEqual([]);
  });

  it("never lets an owner touch someone else's cart", async () => {
    const shop = await aShop(t.db);
    const guest = aGuest();
    const customer = await aShopper(t.db);
    const { item: guestItem } = await addToCart(t.db, guest.owner, shop.items.scooter, NOW);
    const { item: customerItem } = await addToCart(t.db, customer.owner, shop.items.kayak, NOW);

    const stranger = aGuest();
    await expect(removeCartItem(t.db, stranger.owner, guestItem.id)).rejects.toBeInstanceOf(NotFound);
    await expect(removeCartItem(t.db, guest.owner, customerItem.id)).rejects.toBeInstanceOf(NotFound);
    await expect(removeCartItem(t.db, customer.owner, guestItem.id)).rejects.toBeInstanceOf(NotFound);
    await expect(removeCartItem(t.db, customer.owner, 'not-an-id')).rejects.toBeInstanceOf(ValidationFailed);
    await clearCart(t.db, stranger.owner);
    expect((await getCart(t.db, stranger.owner, NOW)).items).toEqual([]);

    expect(await countCartItems(t.db, guest.owner)).toBe(1);
    expect(await countCartItems(t.db, customer.owner)).toBe(1);
  });
});

describe('signing in with a guest cart', () => {
  it("moves the guest cart's items into the user's cart, once", async () => {
    const shop = await aShop(t.db);
    const guest = aGuest();
    const customer = await aShopper(t.db);
    await addToCart(t.db, customer.owner, shop.items.scooter, NOW);
    await addToCart(t.db, guest.owner, shop.items.kayak, NOW);
    await addToCart(t.db, guest.owner, shop.items.massage, NOW);

    const guestHash = guest.owner.kind === 'GUEST' ? guest.owner.tokenHash : '';
    expect(await mergeGuestCart(t.db, guestHash, customer.userId)).toEqual({ moved: 2 });
    expect(await mergeGuestCart(t.db, guestHash, customer.userId)).toEqual({ moved: 0 });
    expect((await getCart(t.db, customer.owner, NOW)).items.map((i) => i.listing.title)).toEqual(['Scooter', 'Sunset kayak tour', 'Relaxing massage']);
    expect(await countCartItems(t.db, guest.owner)).toBe(0);
  });
});
