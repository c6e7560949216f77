import { describe, expect, it } from 'vitest';
import { DEFAULT_HOLD_MINUTES, DEFAULT_MANUAL_PAYMENT_HOLD_MINUTES, holdMinutesFor, isBookable, listingTimeZone } from './listing-rules';

describe("a listing's zone", () => {
  it("is its own when set, else its business's", () => {
    expect(listingTimeZone({ timeZone: 'Europe/Lisbon', vendor: { timeZone: 'Asia/Bangkok' } })).toBe('Europe/Lisbon');
    expect(listingTimeZone({ timeZone: null, vendor: { timeZone: 'Asia/Bangkok' } })).toBe('Asia/Bangkok');
  });
});

describe('bookable', () => {
  it('only while published by an active business', () => {
    for (const status of ['DRAFT', 'PUBLISHED', 'UNPUBLISHED', 'ARCHIVED'] as const) {
      for (const vendorStatus of ['ACTIVE', 'SUSPENDED'] as const) {
        expect(isBookable({ status, vendor: { status: vendorStatus } })).toBe(status === 'PUBLISHED' && vendorStatus === 'ACTIVE');
      }
    }
  });
});

describe('how long a hold lasts', () => {
  it("is the listing's own setting whatever the payment mode", () => {
    expect(holdMinutesFor({ holdMinutes: 45, paymentMode: 'ONLINE_FULL' })).toBe(45);
    expect(holdMinutesFor({ holdMinutes: 45, paymentMode: 'MANUAL' }, 10)).toBe(45);
  });

  it('is 30 minutes for a bank transfer unless the business says otherwise, and 30 minutes (or the deployment default) online', () => {
    expect(DEFAULT_HOLD_MINUTES).toBe(30);
    expect(DEFAULT_MANUAL_PAYMENT_HOLD_MINUTES).toBe(30);
    expect(holdMinutesFor({ holdMinutes: null, paymentMode: 'MANUAL' })).toBe(30);
    expect(holdMinutesFor({ holdMinutes: null, paymentMode: 'ONLINE_FULL' })).toBe(30);
    expect(holdMinutesFor({ holdMinutes: null, paymentMode: 'ONLINE_DEPOSIT' }, 20)).toBe(20);
    // The deployment default is for online payment; a transfer follows the business's own setting.
    expect(holdMinutesFor({ holdMinutes: null, paymentMode: 'MANUAL' }, 20)).toBe(30);
    expect(holdMinutesFor({ holdMinutes: null, paymentMode: 'MANUAL' }, 20, 24 * 60)).toBe(1440);
    expect(holdMinutesFor({ holdMinutes: null, paymentMode: 'ONLINE_FULL' }, 20, 24 * 60)).toBe(20);
    expect(holdMinutesFor({ holdMinutes: 90, paymentMode: 'MANUAL' }, 20, 24 * 60)).toBe(90);
  });
});
