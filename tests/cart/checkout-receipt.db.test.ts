import { beforeAll, describe, expect, it } from 'vitest';
import { addToCart } from '@/lib/cart/add-to-cart';
import { checkoutCart } from '@/lib/cart/checkout-cart';
import { decodeReceipt, encodeReceipt, loadReceipt } from '@/lib/cart/checkout-receipt';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, guestContact } from '../support/scenario';
import { aGuest, aShop, aShopper } from './cart-scenario';

// The done page shows a checkout's bookings from a cookie; what may it reveal, and to whom?

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

async function checkedOut(shopper: { owner: Parameters<typeof addToCart>[1]; actor: Parameters<typeof checkoutCart>[2] }) {
  const shop = await aShop(t.db);
  await addToCart(t.db, shopper.owner, shop.items.scooter, NOW);
  await addToCart(t.db, shopper.owner, shop.items.kayak, NOW);
  return checkoutCart(t.db, shopper.owner, shopper.actor, guestContact, NOW);
}

describe('the checkout receipt', () => {
  it('shows a guest the bookings whose manage tokens it carries, with their links', async () => {
    const result = await checkedOut(aGuest());
    const receipt = decodeReceipt(encodeReceipt(result))!;
    const shown = await loadReceipt(t.db, receipt, null, NOW);
    const byId = (a: [string, string | null], b: [string, string | null]) => a[0].localeCompare(b[0]);
    expect(shown.map((s): [string, string | null] => [s.booking.id, s.manageToken]).sort(byId)).toEqual(
      result.bookings.map((b): [string, string | null] => [b.booking.id, b.manageToken]).sort(byId),
    );
    expect(shown.map((s) => s.booking.listing.title)).toEqual(['Sunset kayak tour', 'Scooter']); // in time order
  });

  it("shows a customer only the group's bookings that are theirs, and nothing to anyone else", async () => {
    const customer = await aShopper(t.db);
    const result = await checkedOut(customer);
    const receipt = decodeReceipt(encodeReceipt(result))!;
    expect(receipt.t).toEqual([]); // no manage tokens for customers

    expect(await loadReceipt(t.db, receipt, { userId: customer.userId }, NOW)).toHaveLength(2);
    const someoneElse = await aShopper(t.db);
    expect(await loadReceipt(t.db, receipt, { userId: someoneElse.userId }, NOW)).toEqual([]);
    expect(await loadReceipt(t.db, receipt, null, NOW)).toEqual([]);
  });

  it('ignores forged or mismatched receipts', async () => {
    const guest = await checkedOut(aGuest());
    const other = await checkedOut(aGuest());
    // A known group id with another checkout's tokens shows nothing of either.
    expect(await loadReceipt(t.db, { g: guest.checkoutGroupId, t: [other.bookings[0]!.manageToken!] }, null, NOW)).toEqual([]);
    expect(await loadReceipt(t.db, { g: guest.checkoutGroupId, t: ['x'.repeat(43)] }, null, NOW)).toEqual([]);
    expect(decodeReceipt('not-base64-json')).toBeNull();
    expect(decodeReceipt(Buffer.from(JSON.stringify({ g: 'nope', t: [] })).toString('base64url'))).toBeNull();
    expect(decodeReceipt(undefined)).toBeNull();
  });
});
