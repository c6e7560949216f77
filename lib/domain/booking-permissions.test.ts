import { describe, expect, it } from 'vitest';
import { businessStepsNow, mayPerform } from './booking-permissions';

const now = new Date('2031-01-13T12:00:00Z');
const ended = new Date('2031-01-13T11:00:00Z');
const later = new Date('2031-01-13T15:00:00Z');

describe('steps offered to the business', () => {
  it('follows the state machine and its guards', () => {
    expect(businessStepsNow({ status: 'REQUESTED', startAt: later, endAt: later, paymentMode: 'ONLINE_FULL' }, now)).toEqual(['approve', 'decline', 'cancel']);
    expect(businessStepsNow({ status: 'AWAITING_PAYMENT', startAt: later, endAt: later, paymentMode: 'ONLINE_FULL' }, now)).toEqual(['cancel']);
    expect(businessStepsNow({ status: 'AWAITING_PAYMENT', startAt: later, endAt: later, paymentMode: 'MANUAL' }, now)).toEqual(['verifyManualPayment', 'cancel']);
    expect(businessStepsNow({ status: 'CONFIRMED', startAt: ended, endAt: later, paymentMode: 'NONE' }, now)).toEqual(['checkIn', 'cancel']);
    // Ended: completing is what is left; check-in would be refused, so it is not offered.
    expect(businessStepsNow({ status: 'CONFIRMED', startAt: ended, endAt: ended, paymentMode: 'NONE' }, now)).toEqual(['complete', 'cancel']);
    expect(businessStepsNow({ status: 'CHECKED_IN', startAt: ended, endAt: later, paymentMode: 'NONE' }, now)).toEqual(['checkOut', 'complete']);
    for (const status of ['COMPLETED', 'CANCELLED', 'DECLINED', 'EXPIRED'] as const) {
      expect(businessStepsNow({ status, startAt: ended, endAt: ended, paymentMode: 'NONE' }, now)).toEqual([]);
    }
  });

  it('offers check-in only from 24 hours before the start (issue 13, point 17: not offered and then refused)', () => {
    const inDays = (d: number) => new Date(now.getTime() + d * 86_400_000);
    const confirmed = (startAt: Date) => ({ status: 'CONFIRMED' as const, startAt, endAt: new Date(startAt.getTime() + 7_200_000), paymentMode: 'NONE' as const });
    expect(businessStepsNow(confirmed(inDays(3)), now)).toEqual(['cancel']);
    expect(businessStepsNow(confirmed(inDays(0.99)), now)).toEqual(['checkIn', 'cancel']);
  });
});

describe('who may act on a booking', () => {
  const booking = { id: 'b1', vendorId: 'v1', customerId: 'u1' };
  it('keeps each actor to their own bookings', () => {
    expect(mayPerform({ kind: 'member', userId: 'x', vendorId: 'v1', role: 'STAFF' }, 'approve', booking)).toBe(true);
    expect(mayPerform({ kind: 'member', userId: 'x', vendorId: 'v2', role: 'OWNER' }, 'approve', booking)).toBe(false);
    expect(mayPerform({ kind: 'customer', userId: 'u1' }, 'cancel', booking)).toBe(true);
    expect(mayPerform({ kind: 'customer', userId: 'u1' }, 'approve', booking)).toBe(false);
    expect(mayPerform({ kind: 'customer', userId: 'u2' }, 'cancel', booking)).toBe(false);
    expect(mayPerform({ kind: 'guest', bookingId: 'b1' }, 'reschedule', booking)).toBe(true);
    expect(mayPerform({ kind: 'guest' }, 'cancel', booking)).toBe(false);
    expect(mayPerform({ kind: 'operator', userId: 'o' }, 'markPaid', booking)).toBe(false);
    expect(mayPerform({ kind: 'system' }, 'markPaid', booking)).toBe(true);
  });
});
