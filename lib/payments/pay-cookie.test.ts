import { describe, expect, it } from 'vitest';
import { decodePayTokens, encodePayTokens } from './pay-cookie';

const token = (n: number) => `tok_${String(n).padStart(20, '0')}`;

describe('the pay pages’ cookie', () => {
  it('keeps the newest tokens first, without repeats, and at most ten', () => {
    const many = Array.from({ length: 12 }, (_, i) => token(i));
    const value = encodePayTokens([token(99)], many);
    expect(decodePayTokens(value)).toEqual([token(99), ...many.slice(0, 9)]);
    expect(decodePayTokens(encodePayTokens([token(1)], [token(1), token(2)]))).toEqual([token(1), token(2)]);
  });

  it('ignores anything that is not a token', () => {
    expect(decodePayTokens(undefined)).toEqual([]);
    expect(decodePayTokens('x'.repeat(5000))).toEqual([]);
    expect(decodePayTokens(`short.${token(3)}.<script>`)).toEqual([token(3)]);
  });
});
