import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { ValidationFailed } from '@/lib/errors';
import { MAX_AMOUNT } from './money';
import { quoteBooking, type QuoteInput } from './quote';

const zone = 'Asia/Bangkok';
const at = (local: string, z = zone) => DateTime.fromISO(local, { zone: z }).toJSDate();

function quote(overrides: Partial<QuoteInput> = {}) {
  return quoteBooking({
    kind: 'RENTAL',
    pricingUnit: 'DAY',
    unitPrice: 100_000,
    currency: 'THB',
    timeZone: zone,
    startAt: at('2025-06-02T10:00'),
    endAt: at('2025-06-05T10:00'),
    quantity: 1,
    fees: [],
    taxRateBps: 0,
    depositType: 'NONE',
    depositValue: 0,
    paymentMode: 'NONE',
    ...overrides,
  });
}

describe('base price', () => {
  it('prices a rental as units × periods × unit price', () => {
    const q = quote({ quantity: 2 });
    expect(q.lineItems[0]).toEqual({ code: 'BASE', label: '2 units × 3 days', quantity: 6, unitAmount: 100_000, amount: 600_000 });
    expect(q.billableUnits).toEqual({ unit: 'DAY', count: 3 });
    expect(q.subtotal).toBe(600_000);
  });

  it('prices hours by real elapsed time, rounded up', () => {
    const q = quote({ pricingUnit: 'HOUR', unitPrice: 30_000, startAt: at('2025-06-02T10:00'), endAt: at('2025-06-02T12:30') });
    expect(q.billableUnits).toEqual({ unit: 'HOUR', count: 3 });
    expect(q.subtotal).toBe(90_000);
    expect(q.lineItems[0]?.label).toBe('3 hours');
  });

  it('bills an HOUR rental across the spring-forward night by real hours', () => {
    const z = 'America/New_York';
    const q = quote({ pricingUnit: 'HOUR', unitPrice: 1_000, currency: 'USD', timeZone: z, startAt: at('2025-03-09T00:00', z), endAt: at('2025-03-09T06:00', z) });
    expect(q.billableUnits.count).toBe(5);
    expect(q.total).toBe(5_000);
  });

  it('bills a DAY rental across DST by calendar days', () => {
    const z = 'Australia/Sydney';
    const q = quote({ timeZone: z, startAt: at('2025-04-05T09:00', z), endAt: at('2025-04-07T09:00', z) });
    expect(q.billableUnits.count).toBe(2); // 49 real hours
  });

  it('prices a monthly office by calendar months, labelled as such', () => {
    // The private office: 4 January to 4 February is one month, not ceil(31 / 30) = 2.
    const z = 'Australia/Sydney';
    const office = { pricingUnit: 'MONTH' as const, unitPrice: 180_000, currency: 'AUD', timeZone: z, taxRateBps: 1_000 };
    const january = quote({ ...office, startAt: at('2027-01-04T00:00', z), endAt: at('2027-02-04T00:00', z) });
    expect(january.billableUnits).toEqual({ unit: 'MONTH', count: 1 });
    expect(january.lineItems[0]).toEqual({ code: 'BASE', label: '1 month', quantity: 1, unitAmount: 180_000, amount: 180_000 });
    expect(january.total).toBe(198_000);
    const february = quote({ ...office, startAt: at('2027-01-31T00:00', z), endAt: at('2027-02-28T00:00', z) });
    expect(february.lineItems[0]?.label).toBe('1 month');
    const spring = quote({ ...office, quantity: 2, startAt: at('2027-01-04T00:00', z), endAt: at('2027-04-04T00:00', z) });
    expect(spring.lineItems[0]).toMatchObject({ label: '2 units × 3 months', quantity: 6, amount: 1_080_000 });
  });

  it('prices seats once per seat and fixed items per quantity', () => {
    const seats = quote({ kind: 'SESSION', pricingUnit: 'SEAT', unitPrice: 150_000, quantity: 3 });
    expect(seats.lineItems[0]).toMatchObject({ label: '3 seats', quantity: 3, amount: 450_000 });
    expect(seats.billableUnits).toEqual({ unit: 'SEAT', count: 3 });
    const fixed = quote({ kind: 'APPOINTMENT', pricingUnit: 'FIXED', unitPrice: 80_000, quantity: 1 });
    expect(fixed.lineItems[0]).toMatchObject({ label: '1 person', quantity: 1, amount: 80_000 });
  });

  it('prices nights, weeks and months', () => {
    expect(quote({ pricingUnit: 'NIGHT', startAt: at('2025-06-02T15:00'), endAt: at('2025-06-04T11:00') }).subtotal).toBe(200_000);
    expect(quote({ pricingUnit: 'WEEK', startAt: at('2025-06-01T10:00'), endAt: at('2025-06-09T10:00') }).billableUnits.count).toBe(2);
    expect(quote({ pricingUnit: 'MONTH', startAt: at('2025-06-01T10:00'), endAt: at('2025-07-01T10:00') }).billableUnits.count).toBe(1);
  });
});

describe('line labels', () => {
  const label = (overrides: Partial<QuoteInput>) => quote(overrides).lineItems[0]?.label;
  const stay = (from: string, to: string) => ({ startAt: at(from), endAt: at(to) });

  it('name the periods of timed pricing, singular and plural', () => {
    expect(label({ pricingUnit: 'HOUR', ...stay('2025-06-02T10:00', '2025-06-02T11:00') })).toBe('1 hour');
    expect(label({ pricingUnit: 'DAY', ...stay('2025-06-02T10:00', '2025-06-03T10:00') })).toBe('1 day');
    expect(label({ pricingUnit: 'NIGHT', ...stay('2025-06-02T15:00', '2025-06-03T11:00') })).toBe('1 night');
    expect(label({ pricingUnit: 'NIGHT', ...stay('2025-06-02T15:00', '2025-06-04T11:00') })).toBe('2 nights');
    expect(label({ pricingUnit: 'WEEK', ...stay('2025-06-02T10:00', '2025-06-09T10:00') })).toBe('1 week');
    expect(label({ pricingUnit: 'WEEK', ...stay('2025-06-02T10:00', '2025-06-16T10:00') })).toBe('2 weeks');
    expect(label({ pricingUnit: 'MONTH', ...stay('2025-06-02T10:00', '2025-07-02T10:00') })).toBe('1 month');
    expect(label({ pricingUnit: 'MONTH', ...stay('2025-06-02T10:00', '2025-08-02T10:00') })).toBe('2 months');
  });

  it('name what is counted when several are booked', () => {
    expect(label({ kind: 'SESSION', pricingUnit: 'HOUR', quantity: 2, ...stay('2025-06-02T10:00', '2025-06-02T13:00') })).toBe('2 seats × 3 hours');
    expect(label({ kind: 'APPOINTMENT', pricingUnit: 'HOUR', quantity: 2, ...stay('2025-06-02T10:00', '2025-06-02T11:00') })).toBe('2 people × 1 hour');
  });

  it('count units, seats or people for fixed prices, and seats for per-seat prices whatever the kind', () => {
    expect(label({ kind: 'RENTAL', pricingUnit: 'FIXED', quantity: 1 })).toBe('1 unit');
    expect(label({ kind: 'SESSION', pricingUnit: 'FIXED', quantity: 1 })).toBe('1 seat');
    expect(label({ kind: 'SESSION', pricingUnit: 'FIXED', quantity: 2 })).toBe('2 seats');
    expect(label({ kind: 'APPOINTMENT', pricingUnit: 'FIXED', quantity: 2 })).toBe('2 people');
    expect(label({ kind: 'APPOINTMENT', pricingUnit: 'SEAT', quantity: 1 })).toBe('1 seat');
    expect(label({ kind: 'RENTAL', pricingUnit: 'SEAT', quantity: 2 })).toBe('2 seats');
  });
});

describe('fees, discount, tax and deposit', () => {
  const fees = [
    { code: 'CLEAN', label: 'Cleaning', amount: 20_000, per: 'BOOKING' as const },
    { code: 'INS', label: 'Insurance', amount: 5_000, per: 'DAY' as const },
    { code: 'HELMET', label: 'Helmet', amount: 1_000, per: 'UNIT' as const },
  ];

  it('charges fees per booking, per unit and per unit-day', () => {
    const q = quote({ quantity: 2, fees });
    expect(q.lineItems.slice(1)).toEqual([
      { code: 'CLEAN', label: 'Cleaning', quantity: 1, unitAmount: 20_000, amount: 20_000 },
      { code: 'INS', label: 'Insurance', quantity: 6, unitAmount: 5_000, amount: 30_000 },
      { code: 'HELMET', label: 'Helmet', quantity: 2, unitAmount: 1_000, amount: 2_000 },
    ]);
    expect(q.feesTotal).toBe(52_000);
  });

  it('charges per-day fees per night for NIGHT pricing and per billable day otherwise', () => {
    // 10:00 to 18:00 the next day: 1 night, but 2 days from the pickup time.
    const insurance = { fees: [fees[1]!], startAt: at('2025-06-02T10:00'), endAt: at('2025-06-03T18:00') };
    expect(quote({ pricingUnit: 'NIGHT', ...insurance }).lineItems[1]).toMatchObject({ quantity: 1, amount: 5_000 });
    expect(quote({ pricingUnit: 'DAY', ...insurance }).lineItems[1]).toMatchObject({ quantity: 2, amount: 10_000 });
    expect(quote({ pricingUnit: 'WEEK', ...insurance }).lineItems[1]).toMatchObject({ quantity: 2, amount: 10_000 });
  });

  it('counts a short HOUR rental as one day for per-day fees', () => {
    const q = quote({ pricingUnit: 'HOUR', startAt: at('2025-06-02T10:00'), endAt: at('2025-06-02T13:00'), fees: [fees[1]!] });
    expect(q.feesTotal).toBe(5_000);
  });

  it('taxes the discounted amount, rounding half up', () => {
    // 300 000 + 20 000 − 10 005 = 309 995; 7% = 21 699.65 → 21 700.
    const q = quote({ fees: [fees[0]!], discount: { label: 'Spring promo', amount: 10_005 }, taxRateBps: 700 });
    expect(q).toMatchObject({ subtotal: 300_000, feesTotal: 20_000, discountTotal: 10_005, taxTotal: 21_700, total: 331_695 });
    expect(q.lineItems.slice(-2)).toEqual([
      { code: 'DISCOUNT', label: 'Spring promo', quantity: 1, unitAmount: -10_005, amount: -10_005 },
      { code: 'TAX', label: 'Tax 7%', quantity: 1, unitAmount: 21_700, amount: 21_700 },
    ]);
  });

  it('caps a discount at the price, so the total is never negative', () => {
    const q = quote({ discount: { label: 'Voucher', amount: 9_999_999 }, taxRateBps: 1_000 });
    expect(q).toMatchObject({ discountTotal: 300_000, taxTotal: 0, total: 0, depositDue: 0 });
  });

  it('takes the whole total, a deposit, or nothing online', () => {
    expect(quote({ paymentMode: 'ONLINE_FULL' })).toMatchObject({ depositDue: 300_000, balanceDue: 0 });
    expect(quote({ paymentMode: 'ONLINE_DEPOSIT', depositType: 'PERCENT', depositValue: 25 })).toMatchObject({ depositDue: 75_000, balanceDue: 225_000 });
    expect(quote({ paymentMode: 'ONLINE_DEPOSIT', depositType: 'FIXED', depositValue: 50_000 })).toMatchObject({ depositDue: 50_000 });
    expect(quote({ paymentMode: 'ONLINE_DEPOSIT', depositType: 'FIXED', depositValue: 999_999 })).toMatchObject({ depositDue: 300_000, balanceDue: 0 });
    expect(quote({ paymentMode: 'MANUAL', depositType: 'PERCENT', depositValue: 25 })).toMatchObject({ depositDue: 0, balanceDue: 300_000 });
    expect(quote({ paymentMode: 'NONE' })).toMatchObject({ depositDue: 0, balanceDue: 300_000 });
  });

  it('asks no deposit online when the listing has no deposit, whatever value is left over', () => {
    expect(quote({ paymentMode: 'ONLINE_DEPOSIT', depositType: 'NONE', depositValue: 50 })).toMatchObject({ depositDue: 0, balanceDue: 300_000 });
  });

  it('rounds a percent deposit half up', () => {
    const q = quote({ unitPrice: 333, pricingUnit: 'FIXED', paymentMode: 'ONLINE_DEPOSIT', depositType: 'PERCENT', depositValue: 50 });
    expect(q.depositDue).toBe(167); // 166.5
  });

  it('is plain JSON', () => {
    const q = quote({ fees, taxRateBps: 700, discount: { label: 'x', amount: 1 } });
    expect(JSON.parse(JSON.stringify(q))).toEqual(q);
  });

  it('refuses nonsense input with ValidationFailed, naming each field and what is wrong', () => {
    const fieldErrors = (overrides: Partial<QuoteInput>) => {
      try {
        quote(overrides);
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationFailed);
        expect((e as ValidationFailed).message).toBe('The price cannot be calculated.');
        return (e as ValidationFailed).fieldErrors;
      }
      throw new Error('expected ValidationFailed');
    };
    const quantity = { quantity: ['Quantity must be a whole number of at least 1.'] };
    expect(fieldErrors({ quantity: 0 })).toEqual(quantity);
    expect(fieldErrors({ quantity: 1.5 })).toEqual(quantity);
    const price = { unitPrice: ['Price must be a non-negative amount.'] };
    expect(fieldErrors({ unitPrice: 10.5 })).toEqual(price);
    expect(fieldErrors({ unitPrice: -1 })).toEqual(price);
    expect(fieldErrors({ endAt: at('2025-06-02T10:00') })).toEqual({ endAt: ['The end must be after the start.'] });
    const tax = { taxRateBps: ['Tax rate must be non-negative.'] };
    expect(fieldErrors({ taxRateBps: -1 })).toEqual(tax);
    expect(fieldErrors({ taxRateBps: 7.5 })).toEqual(tax);
    expect(fieldErrors({ depositType: 'FIXED', depositValue: -1 })).toEqual({ depositValue: ['Deposit must be non-negative.'] });
    expect(fieldErrors({ depositType: 'FIXED', depositValue: 0.5 })).toEqual({ depositValue: ['Deposit must be non-negative.'] });
    expect(fieldErrors({ depositType: 'PERCENT', depositValue: 150 })).toEqual({ depositValue: ['A deposit percentage is at most 100.'] });
    // Every problem with a field is listed, not only the first.
    expect(fieldErrors({ depositType: 'PERCENT', depositValue: 100.5 })).toEqual({
      depositValue: ['Deposit must be non-negative.', 'A deposit percentage is at most 100.'],
    });
    const discount = { discount: ['Discount must be a non-negative amount.'] };
    expect(fieldErrors({ discount: { label: 'x', amount: -1 } })).toEqual(discount);
    expect(fieldErrors({ discount: { label: 'x', amount: 0.5 } })).toEqual(discount);
    const fee = (code: string, amount: number) => ({ code, label: code, amount, per: 'BOOKING' as const });
    expect(fieldErrors({ fees: [fee('A', -1), fee('B', 100), fee('C', 0.5)] })).toEqual({ fees: ['Fee A is invalid.', 'Fee C is invalid.'] });
    expect(fieldErrors({ quantity: 0, unitPrice: -1 })).toEqual({ ...quantity, ...price });
  });

  it('accepts the edges of valid input: free, a free fee, no tax, a zero discount, a 100% deposit', () => {
    const free = { code: 'MAP', label: 'Map', amount: 0, per: 'BOOKING' as const };
    const q = quote({ unitPrice: 0, taxRateBps: 0, fees: [free], discount: { label: 'x', amount: 0 }, paymentMode: 'ONLINE_DEPOSIT', depositType: 'PERCENT', depositValue: 100 });
    expect(q).toMatchObject({ total: 0, depositDue: 0, discountTotal: 0 });
    expect(q.lineItems.map((l) => l.code)).toEqual(['BASE', 'MAP']);
  });

  it('refuses a price too large to hold in integer minor units', () => {
    expect(() => quote({ pricingUnit: 'FIXED', unitPrice: Number.MAX_SAFE_INTEGER, quantity: 2 })).toThrow(ValidationFailed);
  });

  it('refuses, as the customer’s choice to change, a booking whose total would overflow the money columns', () => {
    expect(quote({ pricingUnit: 'FIXED', unitPrice: 1_000_000_000, quantity: 2, taxRateBps: 0 }).total).toBe(2_000_000_000);
    expect(() => quote({ pricingUnit: 'FIXED', unitPrice: 1_000_000_000, quantity: 3, taxRateBps: 0 })).toThrow(/more than one booking can be charged/);
    expect(() => quote({ pricingUnit: 'FIXED', unitPrice: 2_000_000_000, quantity: 1, taxRateBps: 1_000 })).toThrow(ValidationFailed); // the tax tips it over
    expect(() => quote({ pricingUnit: 'FIXED', unitPrice: MAX_AMOUNT + 1, quantity: 1 })).toThrow(ValidationFailed);
  });
});

describe('quote invariants', () => {
  const fee = fc.record({
    code: fc.string({ minLength: 1, maxLength: 5 }),
    label: fc.constant('Fee'),
    amount: fc.integer({ min: 0, max: 50_000 }),
    per: fc.constantFrom('BOOKING' as const, 'UNIT' as const, 'DAY' as const),
  });
  const input = fc.record({
    kind: fc.constantFrom('RENTAL' as const, 'SESSION' as const, 'APPOINTMENT' as const),
    pricingUnit: fc.constantFrom('HOUR' as const, 'DAY' as const, 'NIGHT' as const, 'WEEK' as const, 'MONTH' as const, 'SEAT' as const, 'FIXED' as const),
    unitPrice: fc.integer({ min: 0, max: 100_000 }), // the largest totals stay under MAX_AMOUNT (bigger ones are refused, tested above)
    timeZone: fc.constantFrom('Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Bangkok'),
    start: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 0, 1) }),
    minutes: fc.integer({ min: 1, max: 60 * 24 * 60 }),
    quantity: fc.integer({ min: 1, max: 10 }),
    fees: fc.array(fee, { maxLength: 4 }),
    taxRateBps: fc.integer({ min: 0, max: 3_000 }),
    depositType: fc.constantFrom('NONE' as const, 'PERCENT' as const, 'FIXED' as const),
    depositValue: fc.integer({ min: 0, max: 100 }),
    fixedDeposit: fc.integer({ min: 0, max: 10_000_000 }),
    paymentMode: fc.constantFrom('NONE' as const, 'ONLINE_FULL' as const, 'ONLINE_DEPOSIT' as const, 'MANUAL' as const),
    discount: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined }),
  });

  it('adds up, stays integral and non-negative, and never asks more than the total', () => {
    fc.assert(
      fc.property(input, (i) => {
        const q = quoteBooking({
          ...i,
          currency: 'EUR',
          startAt: new Date(i.start),
          endAt: new Date(i.start + i.minutes * 60_000),
          depositValue: i.depositType === 'FIXED' ? i.fixedDeposit : i.depositValue,
          discount: i.discount === undefined ? undefined : { label: 'Promo', amount: i.discount },
        });
        const money = [q.subtotal, q.feesTotal, q.discountTotal, q.taxTotal, q.total, q.depositDue, q.balanceDue];
        for (const m of money) {
          expect(Number.isSafeInteger(m)).toBe(true);
          expect(m).toBeGreaterThanOrEqual(0);
        }
        expect(q.total).toBe(q.subtotal + q.feesTotal - q.discountTotal + q.taxTotal);
        expect(q.lineItems.reduce((s, l) => s + l.amount, 0)).toBe(q.total);
        expect(q.depositDue).toBeLessThanOrEqual(q.total);
        expect(q.depositDue + q.balanceDue).toBe(q.total);
        expect(q.discountTotal).toBeLessThanOrEqual(q.subtotal + q.feesTotal);
        for (const l of q.lineItems) expect(l.amount).toBe(l.quantity * l.unitAmount);
        if (i.paymentMode === 'NONE' || i.paymentMode === 'MANUAL') expect(q.depositDue).toBe(0);
        if (i.paymentMode === 'ONLINE_FULL') expect(q.depositDue).toBe(q.total);
      }),
      { numRuns: 150 },
    );
  });
});
