import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Forbidden } from '@/lib/errors';
import type { Actor } from './actor';
import { actsForBusiness, assertMayPerform, businessStepsNow, mayPerform } from './booking-permissions';
import type { BookingAction } from './booking-status';

const now = new Date('2031-01-13T12:00:00Z');
const ended = new Date('2031-01-13T11:00:00Z');
const later = new Date('2031-01-13T15:00:00Z');

describe('steps offered to the business', () => {
  it('follows the state machine and its guards', () => {
    expect(businessStepsNow({ status: 'REQUESTED', startAt: later, endAt: later, paymentMode: 'ONLINE_FULL' }, now)).toEqual(['approve', 'decline', 'cancel']);
    expect(businessStepsNow({ status: 'REQUESTED', startAt: later, endAt: later, paymentMode: 'MANUAL' }, now)).toEqual(['approve', 'decline', 'cancel']);
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

  it('offers completing a confirmed booking from the very moment it ends', () => {
    expect(businessStepsNow({ status: 'CONFIRMED', startAt: ended, endAt: now, paymentMode: 'NONE' }, now)).toContain('complete');
    expect(businessStepsNow({ status: 'CONFIRMED', startAt: ended, endAt: new Date(now.getTime() + 1), paymentMode: 'NONE' }, now)).not.toContain('complete');
  });
});

// The rules, written out as a table independent of the code: which actions each kind of actor may
// take on a booking that is theirs (their business's, their own, their magic link's).
const ALL_ACTIONS: BookingAction[] = ['approve', 'decline', 'markPaid', 'verifyManualPayment', 'expire', 'checkIn', 'checkOut', 'complete', 'cancel', 'reschedule'];
const ALLOWED_ON_OWN: Record<'member' | 'customer' | 'guest' | 'operator' | 'system', BookingAction[]> = {
  member: ['approve', 'decline', 'verifyManualPayment', 'checkIn', 'checkOut', 'complete', 'cancel', 'reschedule'],
  customer: ['cancel', 'reschedule'],
  guest: ['cancel', 'reschedule'],
  operator: ['approve', 'decline', 'verifyManualPayment', 'checkIn', 'checkOut', 'complete', 'cancel', 'reschedule'],
  system: ['markPaid', 'expire', 'complete'],
};

const booking = { id: 'b1', vendorId: 'v1', customerId: 'u1' };
const own: Record<string, Actor> = {
  ownerMember: { kind: 'member', userId: 'x', vendorId: 'v1', role: 'OWNER' },
  staffMember: { kind: 'member', userId: 'x', vendorId: 'v1', role: 'STAFF' },
  writeKey: { kind: 'member', apiKeyId: 'k', vendorId: 'v1', role: 'OWNER', scopes: ['read', 'write'] },
  customer: { kind: 'customer', userId: 'u1' },
  guest: { kind: 'guest', bookingId: 'b1' },
  operator: { kind: 'operator', userId: 'o' },
  system: { kind: 'system' },
};
const notTheirs: Record<string, Actor> = {
  otherBusinessOwner: { kind: 'member', userId: 'x', vendorId: 'v2', role: 'OWNER' },
  otherBusinessKey: { kind: 'member', apiKeyId: 'k', vendorId: 'v2', role: 'OWNER', scopes: ['read', 'write'] },
  readOnlyKey: { kind: 'member', apiKeyId: 'k', vendorId: 'v1', role: 'OWNER', scopes: ['read'] },
  otherCustomer: { kind: 'customer', userId: 'u2' },
  guestOfAnotherBooking: { kind: 'guest', bookingId: 'b2' },
  guestWithoutLink: { kind: 'guest' },
};

describe('who may act on a booking', () => {
  it('lets each actor take exactly the actions of the table on a booking that is theirs', () => {
    for (const [name, actor] of Object.entries(own)) {
      const allowed = ALL_ACTIONS.filter((action) => mayPerform(actor, action, booking));
      expect({ name, allowed }).toEqual({ name, allowed: ALLOWED_ON_OWN[actor.kind] });
    }
  });

  it("refuses everything on someone else's booking, and every change to a read-only key", () => {
    for (const [name, actor] of Object.entries(notTheirs)) {
      expect({ name, allowed: ALL_ACTIONS.filter((action) => mayPerform(actor, action, booking)) }).toEqual({ name, allowed: [] });
    }
  });

  it('never lets a customer act on a guest booking (no customer) by matching a missing id', () => {
    const guestBooking = { id: 'b3', vendorId: 'v1', customerId: null };
    expect(mayPerform({ kind: 'customer', userId: 'u1' }, 'cancel', guestBooking)).toBe(false);
  });

  it('holds for any ids: only a matching business, customer or link opens a booking', () => {
    const ids = fc.constantFrom('a', 'b', 'c');
    fc.assert(
      fc.property(ids, ids, ids, ids, fc.constantFrom(...ALL_ACTIONS), (bookingId, vendorId, customerId, actorId, action) => {
        const target = { id: bookingId, vendorId, customerId };
        expect(mayPerform({ kind: 'member', userId: 'p', vendorId: actorId, role: 'STAFF' }, action, target)).toBe(actorId === vendorId && ALLOWED_ON_OWN.member.includes(action));
        expect(mayPerform({ kind: 'customer', userId: actorId }, action, target)).toBe(actorId === customerId && ALLOWED_ON_OWN.customer.includes(action));
        expect(mayPerform({ kind: 'guest', bookingId: actorId }, action, target)).toBe(actorId === bookingId && ALLOWED_ON_OWN.guest.includes(action));
      }),
    );
  });

  it('throws Forbidden with a plain message when refused, and nothing when allowed', () => {
    expect(() => assertMayPerform(notTheirs.otherCustomer!, 'cancel', booking)).toThrow(Forbidden);
    expect(() => assertMayPerform(notTheirs.otherCustomer!, 'cancel', booking)).toThrow('You are not allowed to do this with this booking.');
    expect(() => assertMayPerform(own.customer!, 'cancel', booking)).not.toThrow();
  });
});

describe('acting for the business', () => {
  it('is members (keys included) and operators, who must give a reason when they cancel or decline', () => {
    expect(Object.fromEntries(Object.entries({ ...own, ...notTheirs }).map(([name, actor]) => [name, actsForBusiness(actor)]))).toEqual({
      ownerMember: true,
      staffMember: true,
      writeKey: true,
      customer: false,
      guest: false,
      operator: true,
      system: false,
      otherBusinessOwner: true,
      otherBusinessKey: true,
      readOnlyKey: true,
      otherCustomer: false,
      guestOfAnotherBooking: false,
      guestWithoutLink: false,
    });
  });
});
