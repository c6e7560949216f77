import { describe, expect, it } from 'vitest';
import { cartItemLabel } from './item-label';

describe('cartItemLabel', () => {
  it("names a timed item with its local time and the zone's name, across DST", () => {
    const winter = cartItemLabel({ title: 'Sunset kayak tour', pricingUnit: 'SEAT', startAt: new Date('2031-01-11T17:30:00Z'), timeZone: 'Europe/Rome' });
    const summer = cartItemLabel({ title: 'Sunset kayak tour', pricingUnit: 'SEAT', startAt: new Date('2031-07-12T16:30:00Z'), timeZone: 'Europe/Rome' });
    expect(winter).toBe('Sunset kayak tour on Sat 11 Jan, 18:30 CET');
    expect(summer).toBe('Sunset kayak tour on Sat 12 Jul, 18:30 CEST');
  });

  it('names a day-priced rental by its local start date only', () => {
    // 17:00 UTC on the 12th is already the 13th in Bangkok.
    expect(cartItemLabel({ title: 'Honda PCX 160 scooter', pricingUnit: 'DAY', startAt: new Date('2031-01-12T17:00:00Z'), timeZone: 'Asia/Bangkok' })).toBe(
      'Honda PCX 160 scooter from Mon 13 Jan',
    );
  });
});
