import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyBps, assertMinorUnits, currencyMinorDigits, formatMoney as format, percentOf, sumMoney, toMajorUnits, toMinorUnits } from './money';

describe('percentOf / applyBps round half up to the minor unit', () => {
  it('rounds exact halves up', () => {
    expect(percentOf(5, 50)).toBe(3); // 2.5 → 3
    expect(percentOf(1, 50)).toBe(1); // 0.5 → 1
    expect(applyBps(1_005, 700)).toBe(70); // 70.35 → 70
    expect(applyBps(1_050, 700)).toBe(74); // 73.5 → 74
    expect(percentOf(999, 12.5)).toBe(125); // 124.875 → 125
  });

  it('rounds negatives half away from zero, mirroring the positive amount', () => {
    expect(percentOf(-5, 50)).toBe(-3);
    expect(applyBps(-1_050, 700)).toBe(-74);
  });

  it('rejects floats and over-precise percentages, saying what is wrong', () => {
    expect(() => percentOf(10.5, 10)).toThrow('amount must be an integer of minor units, got 10.5');
    expect(() => percentOf(100, 12.345)).toThrow('percent has more than two decimals: 12.345');
    expect(() => applyBps(100, 1.5)).toThrow('bps must be an integer, got 1.5');
    expect(() => applyBps(Number.MAX_SAFE_INTEGER, 10)).toThrow(/^amount × bps must be an integer of minor units/);
    expect(() => assertMinorUnits(0.5, 'price')).toThrow('price must be an integer of minor units, got 0.5');
  });

  it('gives a plain 0, never −0, for a zero rate or amount (−0 prints as "−€0.00")', () => {
    expect(Object.is(applyBps(-500, 0), 0)).toBe(true);
    expect(Object.is(applyBps(0, -700), 0)).toBe(true);
    expect(Object.is(percentOf(-500, 0), 0)).toBe(true);
    expect(applyBps(500, -700)).toBe(-35);
    expect(applyBps(-500, -700)).toBe(35);
  });

  it('stays within half a minor unit of the exact value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000 }), (amount, bps) => {
        const result = applyBps(amount, bps);
        const exact = (amount * bps) / 10_000;
        expect(Number.isInteger(result)).toBe(true);
        expect(result - exact).toBeLessThanOrEqual(0.5);
        expect(exact - result).toBeLessThan(0.5);
      }),
      { numRuns: 200 },
    );
  });
});

describe('sumMoney', () => {
  it('adds integers and refuses floats', () => {
    expect(sumMoney([])).toBe(0);
    expect(sumMoney([100, 250, -50])).toBe(300);
    expect(() => sumMoney([1, 0.1])).toThrow('amount must be an integer of minor units, got 0.1');
    expect(() => sumMoney([Number.MAX_SAFE_INTEGER, 1])).toThrow(/^sum must be an integer of minor units/);
  });
});

describe('currency minor units come from Intl', () => {
  it('knows JPY has none, KWD three and the others two', () => {
    expect(currencyMinorDigits('JPY')).toBe(0);
    expect(currencyMinorDigits('KWD')).toBe(3);
    for (const c of ['THB', 'EUR', 'USD', 'GBP', 'AUD']) expect(currencyMinorDigits(c)).toBe(2);
  });

  it('formats with the currency’s own digits', () => {
    // Intl puts non-breaking spaces between code and number; compare with plain spaces.
    const formatMoney = (...args: Parameters<typeof format>) => format(...args).replace(/\s/g, ' ');
    expect(formatMoney(125_000, 'THB')).toBe('THB 1,250.00');
    expect(formatMoney(1_250, 'JPY')).toBe('¥1,250');
    expect(formatMoney(1_250, 'EUR')).toBe('€12.50');
    expect(formatMoney(1_250, 'USD')).toBe('$12.50');
    expect(formatMoney(5, 'GBP')).toBe('£0.05');
    expect(formatMoney(1_250, 'EUR', 'de')).toBe('12,50 €');
  });

  it('converts a form value to minor units', () => {
    expect(toMinorUnits(12.5, 'EUR')).toBe(1_250);
    expect(toMinorUnits(1.005, 'EUR')).toBe(101);
    expect(toMinorUnits(1_250, 'JPY')).toBe(1_250);
    expect(toMinorUnits(0.1 + 0.2, 'USD')).toBe(30);
    expect(toMinorUnits(1.2345, 'KWD')).toBe(1_235);
  });

  it('converts negative form values symmetrically, and tiny negatives to a plain 0', () => {
    expect(toMinorUnits(-12.5, 'EUR')).toBe(-1_250);
    expect(toMinorUnits(-1.005, 'EUR')).toBe(-101);
    expect(Object.is(toMinorUnits(-0.001, 'EUR'), 0)).toBe(true);
  });

  it('converts minor units back to the major amount', () => {
    expect(toMajorUnits(1_250, 'EUR')).toBe(12.5);
    expect(toMajorUnits(1_250, 'JPY')).toBe(1_250);
    expect(toMajorUnits(1_235, 'KWD')).toBe(1.235);
    expect(toMajorUnits(-5, 'USD')).toBe(-0.05);
  });
});
