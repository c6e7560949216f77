import { describe, expect, it } from 'vitest';
import { searcherCurrency } from './searcher-currency';

describe("the searcher's currency", () => {
  it('follows the first language region, else the fallback', () => {
    expect(searcherCurrency('en-AU,en;q=0.9')).toBe('AUD');
    expect(searcherCurrency('de-DE,de;q=0.9')).toBe('EUR');
    expect(searcherCurrency('en-GB')).toBe('GBP');
    expect(searcherCurrency('en')).toBe('EUR');
    expect(searcherCurrency(null, 'GBP')).toBe('GBP');
  });
});
