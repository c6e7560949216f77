import { describe, expect, it } from 'vitest';
import { bookingEventTypes } from './booking-event-types';

describe('webhook events of a booking transition', () => {
  it('names each lifecycle step', () => {
    expect(bookingEventTypes({ from: null, to: 'REQUESTED' })).toEqual(['booking.requested']);
    expect(bookingEventTypes({ from: null, to: 'CONFIRMED' })).toEqual(['booking.confirmed']);
    expect(bookingEventTypes({ from: null, to: 'AWAITING_PAYMENT' })).toEqual([]);
    expect(bookingEventTypes({ from: 'REQUESTED', to: 'AWAITING_PAYMENT' })).toEqual(['booking.approved']);
    expect(bookingEventTypes({ from: 'REQUESTED', to: 'CONFIRMED' })).toEqual(['booking.approved', 'booking.confirmed']);
    expect(bookingEventTypes({ from: 'AWAITING_PAYMENT', to: 'CONFIRMED' })).toEqual(['booking.confirmed']);
    expect(bookingEventTypes({ from: 'REQUESTED', to: 'DECLINED' })).toEqual(['booking.declined']);
    expect(bookingEventTypes({ from: 'CONFIRMED', to: 'CANCELLED' })).toEqual(['booking.cancelled']);
    expect(bookingEventTypes({ from: 'AWAITING_PAYMENT', to: 'EXPIRED' })).toEqual(['booking.expired']);
    expect(bookingEventTypes({ from: 'CONFIRMED', to: 'CHECKED_IN' })).toEqual(['booking.checked_in']);
    expect(bookingEventTypes({ from: 'CHECKED_IN', to: 'COMPLETED', action: 'checkOut' })).toEqual(['booking.checked_out', 'booking.completed']);
    expect(bookingEventTypes({ from: 'CONFIRMED', to: 'COMPLETED', action: 'complete' })).toEqual(['booking.completed']);
  });

  it('raises booking.rescheduled for a move and nothing for edits without a status change', () => {
    expect(bookingEventTypes({ from: 'CONFIRMED', to: 'CONFIRMED', kind: 'rescheduled' })).toEqual(['booking.rescheduled']);
    expect(bookingEventTypes({ from: 'CONFIRMED', to: 'CONFIRMED', kind: 'late_payment_rebooked' })).toEqual([]);
  });
});
