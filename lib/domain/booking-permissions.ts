// Who may perform which booking action on which booking: object-level rules, not only roles.
import { Forbidden } from '@/lib/errors';
import type { Actor } from './actor';
import type { BookingStatus, PaymentMode } from '@/lib/generated/prisma/enums';
import { actionsFrom, type BookingAction } from './booking-status';

type BookingOwnership = { id: string; vendorId: string; customerId: string | null };

const VENDOR_ACTIONS: readonly BookingAction[] = ['approve', 'decline', 'verifyManualPayment', 'checkIn', 'checkOut', 'complete', 'cancel', 'reschedule'];
const CUSTOMER_ACTIONS: readonly BookingAction[] = ['cancel', 'reschedule'];
const SYSTEM_ACTIONS: readonly BookingAction[] = ['markPaid', 'expire', 'complete'];

export function mayPerform(actor: Actor, action: BookingAction, booking: BookingOwnership): boolean {
  switch (actor.kind) {
    case 'operator':
      return action !== 'markPaid' && action !== 'expire';
    case 'member':
      // Every booking action changes the booking: an API key needs the write scope for it.
      if (actor.apiKeyId !== undefined && !actor.scopes.includes('write')) return false;
      return actor.vendorId === booking.vendorId && VENDOR_ACTIONS.includes(action);
    case 'customer':
      return booking.customerId === actor.userId && CUSTOMER_ACTIONS.includes(action);
    case 'guest':
      return actor.bookingId === booking.id && CUSTOMER_ACTIONS.includes(action);
    case 'system':
      return SYSTEM_ACTIONS.includes(action);
  }
}

export function assertMayPerform(actor: Actor, action: BookingAction, booking: BookingOwnership): void {
  if (!mayPerform(actor, action, booking)) throw new Forbidden('You are not allowed to do this with this booking.');
}

/** Members (API keys included) and operators act for the business: they must say why when they cancel or decline. */
export function actsForBusiness(actor: Actor): boolean {
  return actor.kind === 'member' || actor.kind === 'operator';
}

export type BusinessStep = 'approve' | 'decline' | 'verifyManualPayment' | 'checkIn' | 'checkOut' | 'complete' | 'cancel';

/**
 * The lifecycle steps worth offering the business now, in display order: the state machine's
 * actions from this status, less those its guards would refuse (a manual-payment check on an
 * online booking, checking out what was never checked in, completing before the end).
 */
/** Check-in opens this long before the start (and closes at the end). */
export const CHECK_IN_EARLY_HOURS = 24;

/** When the business may check the guest in: from a day before the start until the end. */
export function checkInWindow(booking: { startAt: Date; endAt: Date }): { opensAt: Date; closesAt: Date } {
  return { opensAt: new Date(booking.startAt.getTime() - CHECK_IN_EARLY_HOURS * 3_600_000), closesAt: booking.endAt };
}

/** The steps the business may take now: only those that would succeed (no "Check in" that is then refused). */
export function businessStepsNow(booking: { status: BookingStatus; startAt: Date; endAt: Date; paymentMode: PaymentMode }, now: Date): BusinessStep[] {
  const ORDER: BusinessStep[] = ['approve', 'decline', 'verifyManualPayment', 'checkIn', 'checkOut', 'complete', 'cancel'];
  const possible = new Set(actionsFrom(booking.status));
  return ORDER.filter((step) => {
    if (!possible.has(step)) return false;
    if (step === 'verifyManualPayment') return booking.paymentMode === 'MANUAL';
    if (step === 'checkOut') return booking.status === 'CHECKED_IN';
    if (step === 'checkIn') {
      const { opensAt, closesAt } = checkInWindow(booking);
      return now >= opensAt && now < closesAt;
    }
    if (step === 'complete') return booking.status === 'CHECKED_IN' || booking.endAt <= now;
    return true;
  });
}
