import { describe, expect, it } from 'vitest';
import { InvalidTransition } from '@/lib/errors';
import { BookingStatus } from '@/lib/generated/prisma/enums';
import {
  actionsFrom,
  BLOCKING_STATUSES,
  holdExpiry,
  initialStatus,
  isBlocking,
  isTerminal,
  nextStatus,
  TERMINAL_STATUSES,
  type BookingAction,
} from './booking-status';

const now = new Date('2025-06-01T10:00:00Z');
const later = new Date('2025-06-01T10:30:00Z');
const ALL = Object.values(BookingStatus);

describe('blocking', () => {
  it('blocks in the four live statuses only', () => {
    for (const s of ALL) expect(isBlocking(s, null, now)).toBe((BLOCKING_STATUSES as readonly string[]).includes(s));
  });

  it('stops blocking the moment a hold expires', () => {
    expect(isBlocking('AWAITING_PAYMENT', later, now)).toBe(true);
    expect(isBlocking('AWAITING_PAYMENT', now, now)).toBe(false);
    expect(isBlocking('REQUESTED', now, later)).toBe(false);
    // A confirmed booking ignores any leftover hold time.
    expect(isBlocking('CONFIRMED', now, later)).toBe(true);
    expect(isBlocking('CHECKED_IN', now, later)).toBe(true);
  });

  it('has the four terminal statuses', () => {
    expect(ALL.filter(isTerminal).sort()).toEqual([...TERMINAL_STATUSES].sort());
  });
});

describe('a new booking', () => {
  it('starts as a request, awaiting payment, or confirmed', () => {
    expect(initialStatus({ bookingMode: 'REQUEST', amountDueNow: 5_000 })).toBe('REQUESTED');
    expect(initialStatus({ bookingMode: 'REQUEST', amountDueNow: 0 })).toBe('REQUESTED');
    expect(initialStatus({ bookingMode: 'INSTANT', amountDueNow: 5_000 })).toBe('AWAITING_PAYMENT');
    expect(initialStatus({ bookingMode: 'INSTANT', amountDueNow: 0 })).toBe('CONFIRMED');
  });

  it('holds requests for the vendor and unpaid bookings for payment', () => {
    const policy = { holdMinutes: 15, requestExpiryHours: 48 };
    expect(holdExpiry('REQUESTED', now, policy)?.toISOString()).toBe('2025-06-03T10:00:00.000Z');
    expect(holdExpiry('AWAITING_PAYMENT', now, policy)?.toISOString()).toBe('2025-06-01T10:15:00.000Z');
    expect(holdExpiry('AWAITING_PAYMENT', now, { holdMinutes: null, requestExpiryHours: 48 })?.toISOString()).toBe('2025-06-01T10:30:00.000Z');
    expect(holdExpiry('CONFIRMED', now, policy)).toBeNull();
  });
});

describe('transitions', () => {
  it('approves to payment when something is due online, else confirms', () => {
    expect(nextStatus('approve', 'REQUESTED', { amountDueNow: 1 })).toBe('AWAITING_PAYMENT');
    expect(nextStatus('approve', 'REQUESTED', { amountDueNow: 0 })).toBe('CONFIRMED');
  });

  it('follows the lifecycle', () => {
    expect(nextStatus('decline', 'REQUESTED')).toBe('DECLINED');
    expect(nextStatus('markPaid', 'AWAITING_PAYMENT')).toBe('CONFIRMED');
    expect(nextStatus('verifyManualPayment', 'AWAITING_PAYMENT')).toBe('CONFIRMED');
    expect(nextStatus('checkIn', 'CONFIRMED')).toBe('CHECKED_IN');
    expect(nextStatus('checkOut', 'CHECKED_IN', { now, endAt: later })).toBe('COMPLETED');
    for (const s of ['REQUESTED', 'AWAITING_PAYMENT', 'CONFIRMED'] as const) {
      expect(nextStatus('cancel', s)).toBe('CANCELLED');
      expect(nextStatus('reschedule', s)).toBe(s);
    }
  });

  it('expires only a lapsed hold', () => {
    expect(nextStatus('expire', 'AWAITING_PAYMENT', { now: later, holdExpiresAt: now })).toBe('EXPIRED');
    expect(nextStatus('expire', 'REQUESTED', { now, holdExpiresAt: now })).toBe('EXPIRED');
    expect(() => nextStatus('expire', 'AWAITING_PAYMENT', { now, holdExpiresAt: later })).toThrow(InvalidTransition);
    expect(() => nextStatus('expire', 'REQUESTED', { now, holdExpiresAt: null })).toThrow('This booking has not expired yet.');
  });

  it('completes a confirmed booking that was never checked in only after its end', () => {
    expect(nextStatus('complete', 'CONFIRMED', { now: later, endAt: now })).toBe('COMPLETED');
    expect(() => nextStatus('complete', 'CONFIRMED', { now, endAt: later })).toThrow(/only be completed after it ends/);
    expect(nextStatus('complete', 'CHECKED_IN', { now, endAt: later })).toBe('COMPLETED');
    // Exactly at the end is after it enough.
    expect(nextStatus('complete', 'CONFIRMED', { now, endAt: now })).toBe('COMPLETED');
    expect(nextStatus('checkOut', 'CONFIRMED', { now, endAt: now })).toBe('COMPLETED');
  });

  it('says in words what the booking is and what cannot be done to it', () => {
    expect(() => nextStatus('approve', 'CANCELLED', { amountDueNow: 0 })).toThrow('A booking that is cancelled cannot be approved.');
    expect(() => nextStatus('markPaid', 'REQUESTED')).toThrow('A booking that is waiting for approval cannot be marked as paid.');
    expect(() => nextStatus('checkIn', 'AWAITING_PAYMENT')).toThrow('A booking that is waiting for payment cannot be checked in.');
    expect(() => nextStatus('cancel', 'CHECKED_IN')).toThrow('A booking that is checked in cannot be cancelled.');
    expect(() => nextStatus('decline', 'CONFIRMED')).toThrow('A booking that is confirmed cannot be declined.');
    expect(() => nextStatus('reschedule', 'COMPLETED')).toThrow('A booking that is completed cannot be rescheduled.');
    expect(() => nextStatus('complete', 'DECLINED', { now, endAt: now })).toThrow('A booking that is declined cannot be completed.');
    expect(() => nextStatus('checkOut', 'EXPIRED', { now, endAt: now })).toThrow('A booking that is expired cannot be checked out.');
    expect(() => nextStatus('expire', 'CONFIRMED', { now, holdExpiresAt: now })).toThrow('A booking that is confirmed cannot be expired.');
    expect(() => nextStatus('verifyManualPayment', 'CONFIRMED')).toThrow('A booking that is confirmed cannot be marked as paid.');
  });

  it('refuses everything else with InvalidTransition (409) and a readable message', () => {
    const table: Record<BookingAction, BookingStatus[]> = {
      approve: ['REQUESTED'],
      decline: ['REQUESTED'],
      markPaid: ['AWAITING_PAYMENT'],
      verifyManualPayment: ['AWAITING_PAYMENT'],
      expire: ['REQUESTED', 'AWAITING_PAYMENT'],
      cancel: ['REQUESTED', 'AWAITING_PAYMENT', 'CONFIRMED'],
      checkIn: ['CONFIRMED'],
      checkOut: ['CHECKED_IN', 'CONFIRMED'],
      complete: ['CHECKED_IN', 'CONFIRMED'],
      reschedule: ['REQUESTED', 'AWAITING_PAYMENT', 'CONFIRMED'],
    };
    const context = { amountDueNow: 0, now: later, endAt: now, holdExpiresAt: now };
    for (const [action, from] of Object.entries(table) as [BookingAction, BookingStatus[]][]) {
      for (const status of ALL) {
        const run = () => (nextStatus as (a: string, s: string, c: unknown) => BookingStatus)(action, status, context);
        if (from.includes(status)) expect(run).not.toThrow();
        else {
          expect(run).toThrow(InvalidTransition);
          try {
            run();
          } catch (e) {
            expect((e as InvalidTransition).status).toBe(409);
            expect((e as Error).message).toMatch(/^A booking that is .+ cannot be .+\.$/);
          }
        }
      }
      expect(ALL.filter((s) => actionsFrom(s).includes(action)).sort()).toEqual([...from].sort());
    }
  });

  it('never leaves a terminal status', () => {
    for (const s of TERMINAL_STATUSES) expect(actionsFrom(s)).toEqual([]);
  });

  it('demands the context an action needs, at compile time', () => {
    // @ts-expect-error approve needs amountDueNow
    expect(() => nextStatus('approve', 'REQUESTED')).toThrow();
    // @ts-expect-error decline takes no context
    nextStatus('decline', 'REQUESTED', { amountDueNow: 0 });
  });
});
