import { describe, expect, it } from 'vitest';
import { feesSchema, openingHoursSchema, refundTiersSchema } from './listing-json';

describe('listing JSON schemas', () => {
  it('accepts good fees and rejects bad ones', () => {
    expect(feesSchema.safeParse([{ code: 'CLEAN', label: 'Cleaning', amount: 500, per: 'BOOKING' }]).success).toBe(true);
    expect(feesSchema.safeParse([{ code: 'X', label: 'X', amount: 1.5, per: 'BOOKING' }]).success).toBe(false);
    expect(feesSchema.safeParse([{ code: 'X', label: 'X', amount: 1, per: 'NIGHT' }]).success).toBe(false);
    expect(
      feesSchema.safeParse([
        { code: 'X', label: 'A', amount: 1, per: 'UNIT' },
        { code: 'X', label: 'B', amount: 2, per: 'UNIT' },
      ]).success,
    ).toBe(false);
  });

  it('accepts refund tiers with whole percentages', () => {
    expect(refundTiersSchema.safeParse([{ hoursBefore: 6, refundPercent: 50 }]).success).toBe(true);
    expect(refundTiersSchema.safeParse([{ hoursBefore: 6, refundPercent: 150 }]).success).toBe(false);
    expect(refundTiersSchema.safeParse([{ hoursBefore: -1, refundPercent: 50 }]).success).toBe(false);
  });

  it('accepts opening hours by ISO weekday', () => {
    expect(openingHoursSchema.safeParse({ '1': [['09:00', '18:00']], '6': [['10:00', '12:00'], ['13:00', '24:00']] }).success).toBe(true);
    expect(openingHoursSchema.safeParse({}).success).toBe(true);
    expect(openingHoursSchema.safeParse({ '8': [['09:00', '18:00']] }).success).toBe(false);
    expect(openingHoursSchema.safeParse({ '1': [['18:00', '09:00']] }).success).toBe(false);
    expect(openingHoursSchema.safeParse({ '1': [['9:00', '18:00']] }).success).toBe(false);
    expect(openingHoursSchema.safeParse({ '1': [['09:00', '24:30']] }).success).toBe(false);
  });
});
