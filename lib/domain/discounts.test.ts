import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { discountLines, lengthDiscountFor, lengthDiscountsSchema } from './discounts';
import { quoteBooking, type QuoteInput } from './quote';

const zone = 'Europe/Berlin';
const at = (local: string) => DateTime.fromISO(local, { zone }).toJSDate();
const tiers = [
  { minDays: 7, percent: 10 },
  { minDays: 28, percent: 25 },
];

function quote(overrides: Partial<QuoteInput> = {}) {
  return quoteBooking({
    kind: 'RENTAL',
    pricingUnit: 'DAY',
    unitPrice: 2_000,
    currency: 'EUR',
    timeZone: zone,
    startAt: at('2031-03-03T09:00'),
    endAt: at('2031-03-10T09:00'), // 7 days
    quantity: 1,
    fees: [{ code: 'cleaning', label: 'Cleaning', amount: 1_000, per: 'BOOKING' }],
    taxRateBps: 1_900,
    depositType: 'NONE',
    depositValue: 0,
    paymentMode: 'NONE',
    lengthDiscounts: tiers,
    ...overrides,
  });
}

describe('length discounts', () => {
  it('applies the largest tier the booking reaches: none under 7 days, weekly from 7, monthly from 28', () => {
    expect(lengthDiscountFor(tiers, 6)).toBeNull();
    expect(lengthDiscountFor(tiers, 7)).toEqual({ minDays: 7, percent: 10 });
    expect(lengthDiscountFor(tiers, 27)).toEqual({ minDays: 7, percent: 10 });
    expect(lengthDiscountFor(tiers, 28)).toEqual({ minDays: 28, percent: 25 });
  });

  it('shows base, discount, tax and total: 7 days at €20 less 10%, cleaning fee, 19% tax', () => {
    const q = quote();
    expect(q.lineItems.map((l) => [l.code, l.amount])).toEqual([
      ['BASE', 14_000],
      ['cleaning', 1_000],
      ['LENGTH_DISCOUNT', -1_400],
      ['TAX', 2_584], // 19% of 13,600
    ]);
    expect(q).toMatchObject({ subtotal: 14_000, discountTotal: 1_400, taxTotal: 2_584, total: 16_184 });
    expect(q.lineItems[2]!.label).toBe('Weekly rate (7+ days) −10%');
  });

  it('counts days in the listing zone: 6 days and 23 hours across the spring DST change is still 7 days', () => {
    // 30 March 2031 is the spring-forward Sunday in Berlin: Mon 24 09:00 → Mon 31 09:00 is 167 hours.
    const q = quote({ startAt: at('2031-03-24T09:00'), endAt: at('2031-03-31T09:00') });
    expect(q.discountTotal).toBe(1_400);
  });

  it('gives no length discount to seat or fixed prices', () => {
    expect(quote({ kind: 'SESSION', pricingUnit: 'SEAT' }).discountTotal).toBe(0);
  });
});

describe('promo codes', () => {
  it('takes a percentage off what is left after the length discount', () => {
    const q = quote({ promo: { code: 'SPRING15', percentOff: 15, amountOff: null } });
    // 14,000 − 1,400 = 12,600; 15% of it = 1,890
    expect(q.lineItems.filter((l) => l.amount < 0).map((l) => [l.code, l.amount])).toEqual([
      ['LENGTH_DISCOUNT', -1_400],
      ['PROMO', -1_890],
    ]);
    expect(q.promoCode).toBe('SPRING15');
    expect(q.total).toBe(q.subtotal + q.feesTotal - 3_290 + q.taxTotal);
  });

  it('caps a fixed amount at the price, so the total is never negative', () => {
    const q = quote({ lengthDiscounts: [], promo: { code: 'BIG', percentOff: null, amountOff: 1_000_000 } });
    expect(q).toMatchObject({ discountTotal: 15_000, taxTotal: 0, total: 0 });
  });

  it('line items always add up to the total, and the discount never exceeds the price (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500_000 }),
        fc.integer({ min: 1, max: 60 }),
        fc.array(fc.record({ minDays: fc.integer({ min: 2, max: 40 }), percent: fc.integer({ min: 1, max: 90 }) }), { maxLength: 4 }),
        fc.option(fc.oneof(fc.record({ code: fc.constant('P'), percentOff: fc.integer({ min: 1, max: 100 }), amountOff: fc.constant(null) }), fc.record({ code: fc.constant('A'), percentOff: fc.constant(null), amountOff: fc.integer({ min: 1, max: 10_000_000 }) })), { nil: null }),
        (unitPrice, days, rawTiers, promo) => {
          const unique = rawTiers.filter((t, i) => rawTiers.findIndex((u) => u.minDays === t.minDays) === i);
          const q = quote({ unitPrice, endAt: DateTime.fromJSDate(at('2031-03-03T09:00')).setZone(zone).plus({ days }).toJSDate(), lengthDiscounts: unique, promo });
          expect(q.lineItems.reduce((sum, l) => sum + l.amount, 0)).toBe(q.total);
          expect(q.discountTotal).toBeLessThanOrEqual(q.subtotal + q.feesTotal);
          expect(q.total).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('the stored tiers', () => {
  it('refuses two tiers for the same number of days', () => {
    expect(lengthDiscountsSchema.safeParse([{ minDays: 7, percent: 5 }, { minDays: 7, percent: 10 }]).success).toBe(false);
  });

  it('applies the discounts in order, each capped by what is left', () => {
    expect(discountLines({ base: 1_000, cap: 1_000, days: 30, tiers, promo: { code: 'X', percentOff: null, amountOff: 900 } })).toEqual([
      { code: 'LENGTH_DISCOUNT', label: 'Monthly rate (28+ days) −25%', amount: 250 },
      { code: 'PROMO', label: 'Promo code X', amount: 750 },
    ]);
  });
});
