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

  it('accepts fees per booking, unit or day, with distinct codes, trimmed', () => {
    const fees = [
      { code: ' CLEAN ', label: ' Cleaning ', amount: 500, per: 'BOOKING' },
      { code: 'HELMET', label: 'Helmet', amount: 100, per: 'UNIT' },
      { code: 'INS', label: 'Insurance', amount: 300, per: 'DAY' },
    ];
    expect(feesSchema.parse(fees)).toEqual([
      { code: 'CLEAN', label: 'Cleaning', amount: 500, per: 'BOOKING' },
      { code: 'HELMET', label: 'Helmet', amount: 100, per: 'UNIT' },
      { code: 'INS', label: 'Insurance', amount: 300, per: 'DAY' },
    ]);
    expect(feesSchema.safeParse([{ code: '   ', label: 'X', amount: 1, per: 'UNIT' }]).success).toBe(false);
    expect(feesSchema.safeParse([{ code: 'X', label: '   ', amount: 1, per: 'UNIT' }]).success).toBe(false);
  });

  it('says why duplicate fee codes and reversed opening hours are refused', () => {
    const duplicate = feesSchema.safeParse([
      { code: 'X', label: 'A', amount: 1, per: 'UNIT' },
      { code: 'X', label: 'B', amount: 2, per: 'UNIT' },
    ]);
    expect(duplicate.error?.issues.map((i) => i.message)).toEqual(['Fee codes must be unique']);
    const reversed = openingHoursSchema.safeParse({ '1': [['18:00', '09:00']] });
    expect(reversed.error?.issues.map((i) => i.message)).toEqual(['Closing time must be after opening time']);
    const badTime = openingHoursSchema.safeParse({ '1': [['09:00', '9:30']] });
    expect(badTime.error?.issues.map((i) => i.message)).toEqual(['Use HH:MM between 00:00 and 24:00']);
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
    const allWeek = Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((d) => [d, [['00:00', '24:00']]]));
    expect(openingHoursSchema.safeParse(allWeek).success).toBe(true);
    expect(openingHoursSchema.safeParse({ '1': [['09:00', '09:00']] }).success).toBe(false); // empty
    for (const bad of ['x09:00', '09:00x', '109:00', 'x24:00', '24:00x', '23:60']) {
      expect(openingHoursSchema.safeParse({ '1': [[bad, '23:59']] }).success, bad).toBe(false);
      expect(openingHoursSchema.safeParse({ '1': [['00:00', bad]] }).success, bad).toBe(false);
    }
  });
});
