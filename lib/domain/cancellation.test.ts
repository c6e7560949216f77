import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerRefundPercent, describeCancellationPolicy, refundForCancellation } from './cancellation';

const startAt = new Date('2025-06-10T10:00:00Z');
const hoursBefore = (h: number) => new Date(startAt.getTime() - h * 3_600_000);
const policy = { freeCancellationHours: 24, refundTiers: [{ hoursBefore: 6, refundPercent: 50 }] };
const cancel = (h: number, actor: 'CUSTOMER' | 'STAFF' | 'VENDOR' | 'OPERATOR' = 'CUSTOMER', paidAmount = 10_001) =>
  refundForCancellation({ ...policy, paidAmount, startAt, now: hoursBefore(h), actor });

describe('customer cancellation', () => {
  it('refunds everything at least freeCancellationHours before the start', () => {
    expect(cancel(24)).toEqual({ allowed: true, refundAmount: 10_001, refundPercent: 100 });
    expect(cancel(72)).toMatchObject({ refundPercent: 100 });
  });

  it('applies the best tier after the free window, rounding half up', () => {
    expect(cancel(23.9)).toEqual({ allowed: true, refundAmount: 5_001, refundPercent: 50 }); // 5 000.5
    expect(cancel(6)).toMatchObject({ refundPercent: 50 });
  });

  it('refunds nothing after the last tier, but still allows cancelling before the start', () => {
    expect(cancel(5.99)).toEqual({ allowed: true, refundAmount: 0, refundPercent: 0 });
    expect(cancel(0.01)).toMatchObject({ allowed: true, refundAmount: 0 });
  });

  it('refuses at and after the start', () => {
    expect(cancel(0)).toMatchObject({ allowed: false, refundAmount: 0, reason: expect.stringMatching(/started/) });
    expect(cancel(-2)).toMatchObject({ allowed: false });
  });

  it('takes the largest percent among tiers that apply, whatever their order', () => {
    const p = { freeCancellationHours: 48, refundTiers: [{ hoursBefore: 2, refundPercent: 10 }, { hoursBefore: 24, refundPercent: 75 }, { hoursBefore: 12, refundPercent: 25 }] };
    expect(customerRefundPercent(p, 30)).toBe(75);
    expect(customerRefundPercent(p, 20)).toBe(25);
    expect(customerRefundPercent(p, 3)).toBe(10);
    expect(customerRefundPercent(p, 1)).toBe(0);
  });

  it('never refunds more as the start gets closer, nor more than was paid', () => {
    const tiers = fc.array(fc.record({ hoursBefore: fc.integer({ min: 0, max: 200 }), refundPercent: fc.integer({ min: 0, max: 100 }) }), { maxLength: 5 });
    fc.assert(
      fc.property(tiers, fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: -600, max: 18_000 }), fc.integer({ min: 0, max: 3_000 }), (refundTiers, free, paid, minutes, laterMinutes) => {
        const [h, dh] = [minutes / 60, laterMinutes / 60];
        const at = (hours: number) => refundForCancellation({ freeCancellationHours: free, refundTiers, paidAmount: paid, startAt, now: hoursBefore(hours), actor: 'CUSTOMER' });
        const early = at(h + dh);
        const late = at(h);
        expect(late.refundAmount).toBeLessThanOrEqual(early.refundAmount);
        expect(early.refundAmount).toBeLessThanOrEqual(paid);
        expect(Number.isInteger(late.refundAmount)).toBe(true);
        expect(late.allowed).toBe(h > 0);
      }),
      { numRuns: 150 },
    );
  });
});

describe('vendor and operator cancellation', () => {
  it('is always allowed and refunds everything paid', () => {
    expect(cancel(1, 'VENDOR')).toEqual({ allowed: true, refundAmount: 10_001, refundPercent: 100 });
    expect(cancel(-5, 'OPERATOR')).toEqual({ allowed: true, refundAmount: 10_001, refundPercent: 100 });
    expect(cancel(1, 'VENDOR', 0)).toMatchObject({ refundAmount: 0 });
  });
});

describe('staff cancelling for the business', () => {
  it('may cancel at any time but refunds only what the policy gives now: more is an owner\'s call', () => {
    expect(cancel(48, 'STAFF')).toEqual({ allowed: true, refundAmount: 10_001, refundPercent: 100 });
    expect(cancel(12, 'STAFF')).toEqual({ allowed: true, refundAmount: 5_001, refundPercent: 50 });
    expect(cancel(1, 'STAFF')).toEqual({ allowed: true, refundAmount: 0, refundPercent: 0 });
    expect(cancel(0, 'STAFF')).toEqual({ allowed: true, refundAmount: 0, refundPercent: 0 });
    expect(cancel(-5, 'STAFF')).toEqual({ allowed: true, refundAmount: 0, refundPercent: 0 });
  });
});

describe('describeCancellationPolicy', () => {
  it('reads like the listing page', () => {
    expect(describeCancellationPolicy(policy)).toBe(
      'Free cancellation up to 24 hours before the start. 50% refund up to 6 hours before. No refund after that; no cancellation after the start.',
    );
  });

  it('handles no tiers, tiers inside the free window, and days', () => {
    expect(describeCancellationPolicy({ freeCancellationHours: 48, refundTiers: [] })).toBe(
      'Free cancellation up to 2 days before the start. No refund after that; no cancellation after the start.',
    );
    expect(describeCancellationPolicy({ freeCancellationHours: 24, refundTiers: [{ hoursBefore: 48, refundPercent: 80 }, { hoursBefore: 1, refundPercent: 30 }] })).toBe(
      'Free cancellation up to 24 hours before the start. 30% refund up to 1 hour before. No refund after that; no cancellation after the start.',
    );
    expect(describeCancellationPolicy({ freeCancellationHours: 0, refundTiers: [] })).toBe('Free cancellation any time before the start; no cancellation after it.');
  });

  it('lists tiers from the earliest down, whatever order they were entered in', () => {
    expect(describeCancellationPolicy({ freeCancellationHours: 72, refundTiers: [{ hoursBefore: 6, refundPercent: 25 }, { hoursBefore: 48, refundPercent: 75 }, { hoursBefore: 24, refundPercent: 50 }] })).toBe(
      'Free cancellation up to 3 days before the start. 75% refund up to 2 days before. 50% refund up to 24 hours before. 25% refund up to 6 hours before. No refund after that; no cancellation after the start.',
    );
  });

  it('writes hours that are not whole days as hours', () => {
    expect(describeCancellationPolicy({ freeCancellationHours: 50, refundTiers: [{ hoursBefore: 36, refundPercent: 40 }] })).toBe(
      'Free cancellation up to 50 hours before the start. 40% refund up to 36 hours before. No refund after that; no cancellation after the start.',
    );
  });

  it('leaves out tiers that refund nothing or only repeat the free window', () => {
    expect(describeCancellationPolicy({ freeCancellationHours: 24, refundTiers: [{ hoursBefore: 24, refundPercent: 80 }, { hoursBefore: 12, refundPercent: 0 }] })).toBe(
      'Free cancellation up to 24 hours before the start. No refund after that; no cancellation after the start.',
    );
  });

  it('merges tiers the best-tier rule makes identical, and handles a tier up to the start', () => {
    // At 12h left the 6h tier (50%) beats the 12h tier (25%): both read as one 50% step.
    expect(describeCancellationPolicy({ freeCancellationHours: 24, refundTiers: [{ hoursBefore: 12, refundPercent: 25 }, { hoursBefore: 6, refundPercent: 50 }] })).toBe(
      'Free cancellation up to 24 hours before the start. 50% refund up to 6 hours before. No refund after that; no cancellation after the start.',
    );
    expect(describeCancellationPolicy({ freeCancellationHours: 24, refundTiers: [{ hoursBefore: 12, refundPercent: 50 }, { hoursBefore: 0, refundPercent: 20 }] })).toBe(
      'Free cancellation up to 24 hours before the start. 50% refund up to 12 hours before. 20% refund if cancelled before the start. No cancellation after the start.',
    );
  });
});
