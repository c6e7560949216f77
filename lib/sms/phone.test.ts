import { describe, expect, it } from 'vitest';
import { toE164 } from './phone';

describe('E.164 phone numbers', () => {
  it('accepts numbers with a country code, however they are spaced', () => {
    expect(toE164('+44 7700 900000')).toBe('+447700900000');
    expect(toE164('+1 (415) 555-0100')).toBe('+14155550100');
    expect(toE164('0039 333 000 1111')).toBe('+393330001111');
  });

  it('refuses numbers without a country code, too short or too long, or with letters', () => {
    for (const raw of ['07700 900000', '+44', '+0 123 456 789', '+1234567890123456', '+44 7700 CALLME', '', null, undefined]) expect(toE164(raw)).toBeNull();
  });
});
