import { beforeAll, describe, expect, it } from 'vitest';
import { declineBooking } from '@/lib/booking/approve-booking';
import { previewBooking } from '@/lib/booking/preview-booking';
import { requestBooking } from '@/lib/booking/request-booking';
import { createPromoCode, listPromoCodes, setPromoCodeActive } from '@/lib/business/promo-codes';
import type { Db } from '@/lib/db/prisma';
import type { PriceSnapshot } from '@/lib/domain/quote';
import { Forbidden, ValidationFailed } from '@/lib/errors';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, at, givenVendor, guestContact } from '../support/scenario';

let t: TestDatabase;
let clients: Db[];
beforeAll(async () => {
  t = await useTestDatabase();
  clients = Array.from({ length: 5 }, () => t.newClient(6)); // 30 real connections
});

const guest = { kind: 'guest' } as const;
const monday = at('2031-01-13T09:00:00Z');
const days = (n: number) => new Date(monday.getTime() + n * 86_400_000);

async function aDayRentalWithCode(code: { code: string; kind: 'PERCENT' | 'AMOUNT'; value: number; maxUses?: number; validFrom?: string; validUntil?: string }, units = 1) {
  const world = await givenVendor(t.db).withRental({ units, pricingUnit: 'DAY', priceAmount: 3_000, lengthDiscounts: [{ minDays: 7, percent: 10 }, { minDays: 28, percent: 20 }] });
  await createPromoCode(t.db, world.actor as never, code);
  return world;
}

describe('promo codes in the quote and the booking', () => {
  it('freezes the length discount and the promo code in the booking price snapshot', async () => {
    const { listing } = await aDayRentalWithCode({ code: 'winter10', kind: 'PERCENT', value: 10 });
    const booking = await requestBooking(t.db, { listingId: listing.id, startAt: monday, endAt: days(7), promoCode: ' Winter10 ', contact: guestContact }, guest, { now: NOW });
    const snapshot = booking.priceSnapshot as PriceSnapshot;
    // 7 × £30 = 210; weekly −10% = 21; promo 10% of 189 = 18.90
    expect(snapshot.lineItems.filter((l) => l.amount < 0).map((l) => [l.code, l.amount])).toEqual([
      ['LENGTH_DISCOUNT', -2_100],
      ['PROMO', -1_890],
    ]);
    expect(snapshot.promoCode).toBe('WINTER10');
    expect(booking.totalAmount).toBe(21_000 - 2_100 - 1_890);
    expect(booking.promoCodeId).not.toBeNull();

    // Later changes to the listing never touch the snapshot.
    await t.db.listing.update({ where: { id: listing.id }, data: { lengthDiscounts: [] } });
    expect((await t.db.booking.findUniqueOrThrow({ where: { id: booking.id } })).totalAmount).toBe(booking.totalAmount);
  });

  it('previews with the code, and says plainly when a code does not apply', async () => {
    const { listing } = await aDayRentalWithCode({ code: 'FIVER', kind: 'AMOUNT', value: 5 });
    const ok = await previewBooking(t.db, { listingId: listing.id, startAt: monday, endAt: days(2), quantity: 1, promoCode: 'fiver' }, NOW);
    expect(ok.quote?.discountTotal).toBe(500);
    expect(ok.promoProblem).toBeNull();
    const wrong = await previewBooking(t.db, { listingId: listing.id, startAt: monday, endAt: days(2), quantity: 1, promoCode: 'NOPE' }, NOW);
    expect(wrong.quote?.discountTotal).toBe(0);
    expect(wrong.promoProblem).toBe('This promo code is not valid for this business.');
  });

  it('refuses a code outside its dates, switched off, or of another business', async () => {
    const { listing, actor } = await aDayRentalWithCode({ code: 'LATE', kind: 'PERCENT', value: 5, validFrom: '2031-02-01' });
    const book = (promoCode: string) => requestBooking(t.db, { listingId: listing.id, startAt: monday, endAt: days(1), promoCode, contact: guestContact }, guest, { now: NOW });
    await expect(book('LATE')).rejects.toThrow('This promo code is not valid yet.');
    const other = await givenVendor(t.db).ready;
    await createPromoCode(t.db, other.actor as never, { code: 'THEIRS', kind: 'PERCENT', value: 50 });
    await expect(book('THEIRS')).rejects.toBeInstanceOf(ValidationFailed);

    await createPromoCode(t.db, actor as never, { code: 'OLD', kind: 'PERCENT', value: 5, validUntil: '2031-01-05' });
    await expect(book('OLD')).rejects.toThrow('This promo code has expired.');
    const [code] = (await listPromoCodes(t.db, actor as never)).filter((c) => c.code === 'LATE');
    await setPromoCodeActive(t.db, actor as never, code!.id, false);
    await expect(book('LATE')).rejects.toThrow('not valid for this business');
    expect(await t.db.booking.count({ where: { listingId: listing.id } })).toBe(0);
  });

  it('lets only owners manage codes', async () => {
    const { vendor } = await givenVendor(t.db).ready;
    await expect(createPromoCode(t.db, { kind: 'member', userId: vendor.id, vendorId: vendor.id, role: 'STAFF' } as never, { code: 'STAFF', kind: 'PERCENT', value: 5 })).rejects.toBeInstanceOf(Forbidden);
  });

  it('gives a use back when the booking is declined', async () => {
    const { listing, actor } = await givenVendor(t.db).withRental({ units: 2, pricingUnit: 'DAY', bookingMode: 'REQUEST' });
    await createPromoCode(t.db, actor as never, { code: 'ONCE', kind: 'PERCENT', value: 10, maxUses: 1 });
    const book = (start: Date) => requestBooking(t.db, { listingId: listing.id, startAt: start, endAt: days(1), promoCode: 'ONCE', contact: guestContact }, guest, { now: NOW });
    const first = await book(monday);
    await expect(book(monday)).rejects.toThrow('This promo code has been used up.');
    await declineBooking(t.db, first.id, actor, 'Closed that day', NOW);
    await expect(book(monday)).resolves.toMatchObject({ status: 'REQUESTED' });
  });

  it("lists the business's codes with the uses each has now (a declined booking's use is back)", async () => {
    const { listing, actor } = await givenVendor(t.db).withRental({ units: 3, pricingUnit: 'DAY', bookingMode: 'REQUEST' });
    await createPromoCode(t.db, actor as never, { code: 'TWICE', kind: 'PERCENT', value: 10 });
    await createPromoCode(t.db, actor as never, { code: 'UNUSED', kind: 'AMOUNT', value: 500 });
    const book = () => requestBooking(t.db, { listingId: listing.id, startAt: monday, endAt: days(1), promoCode: 'TWICE', contact: guestContact }, guest, { now: NOW });
    const [first] = [await book(), await book(), await book()];
    await declineBooking(t.db, first!.id, actor, 'Closed that day', NOW);
    const uses = Object.fromEntries((await listPromoCodes(t.db, actor as never)).map((code) => [code.code, code.uses]));
    expect(uses).toEqual({ TWICE: 2, UNUSED: 0 });
  });
});

describe('racing for the last uses of a code', () => {
  it('30 parallel bookings over 6 listings with a 5-use code: exactly 5 get it, the rest are refused', async () => {
    // Separate listings and separate people, so nothing but the code's own row lock orders the bookings.
    const business = givenVendor(t.db);
    const listings: Array<{ id: string; vendorId: string }> = [];
    for (let i = 0; i < 6; i += 1) listings.push((await business.withRental({ units: 5, pricingUnit: 'DAY', priceAmount: 3_000 })).listing);
    await createPromoCode(t.db, (await business.ready).actor as never, { code: 'FIRST5', kind: 'PERCENT', value: 50, maxUses: 5 });
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        requestBooking(clients[i % clients.length]!, { listingId: listings[i % 6]!.id, startAt: monday, endAt: days(1), promoCode: 'FIRST5', contact: { name: `Racer ${i}`, email: `racer${i}@example.com`, phone: `+44 7700 9001${String(i).padStart(2, '0')}` } }, guest, { now: NOW }),
      ),
    );
    const ok = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(ok).toHaveLength(5);
    expect(refused.map((r) => (r.reason as Error).message)).toEqual(Array(25).fill('This promo code has been used up.'));
    expect(await t.db.booking.count({ where: { promoCode: { code: 'FIRST5', vendorId: listings[0]!.vendorId } } })).toBe(5);
  });
});
