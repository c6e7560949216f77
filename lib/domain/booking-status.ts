// The booking state machine: which statuses hold inventory, and which action moves a booking
// from which status to which. Services call nextStatus() and never assign a status by hand.
import { InvalidTransition } from '@/lib/errors';
import { BookingStatus, type BookingMode } from '@/lib/generated/prisma/enums';

const { REQUESTED, AWAITING_PAYMENT, CONFIRMED, CHECKED_IN, COMPLETED, CANCELLED, DECLINED, EXPIRED } = BookingStatus;

/** Statuses that hold a unit, seats or staff time (mirrored by the allocations' `blocking` flag). */
export const BLOCKING_STATUSES = [REQUESTED, AWAITING_PAYMENT, CONFIRMED, CHECKED_IN] as const;
/** Nothing edits a booking in these statuses. */
export const TERMINAL_STATUSES = [COMPLETED, CANCELLED, DECLINED, EXPIRED] as const;
/** Statuses whose hold lapses at holdExpiresAt even before the expiry job has run. */
export const HOLD_STATUSES = [REQUESTED, AWAITING_PAYMENT] as const;

/** Hold length for an unpaid instant booking when the listing does not set one. */
export const DEFAULT_HOLD_MINUTES = 30;

const includes = (list: readonly BookingStatus[], status: BookingStatus) => list.includes(status);

export function isTerminal(status: BookingStatus): boolean {
  return includes(TERMINAL_STATUSES, status);
}

/**
 * Does this booking hold its inventory at `now`? A REQUESTED/AWAITING_PAYMENT booking stops
 * blocking the moment its hold expires (now >= holdExpiresAt), whether or not the job has run.
 */
export function isBlocking(status: BookingStatus, holdExpiresAt: Date | null | undefined, now: Date): boolean {
  if (!includes(BLOCKING_STATUSES, status)) return false;
  if (includes(HOLD_STATUSES, status) && holdExpiresAt && now.getTime() >= holdExpiresAt.getTime()) return false;
  return true;
}

/** The "request" row of the table: the status a new booking is created in. */
export function initialStatus(input: { bookingMode: BookingMode; amountDueNow: number }): BookingStatus {
  if (input.bookingMode === 'REQUEST') return REQUESTED;
  return input.amountDueNow > 0 ? AWAITING_PAYMENT : CONFIRMED;
}

/**
 * When the hold of a booking entering `status` at `now` lapses: requests wait for the vendor
 * requestExpiryHours, unpaid bookings wait for payment holdMinutes; other statuses never lapse.
 */
export function holdExpiry(
  status: BookingStatus,
  now: Date,
  policy: { holdMinutes?: number | null; requestExpiryHours: number },
): Date | null {
  if (status === REQUESTED) return new Date(now.getTime() + policy.requestExpiryHours * 3_600_000);
  if (status === AWAITING_PAYMENT) return new Date(now.getTime() + (policy.holdMinutes ?? DEFAULT_HOLD_MINUTES) * 60_000);
  return null;
}

export type BookingAction =
  | 'approve'
  | 'decline'
  | 'markPaid'
  | 'verifyManualPayment'
  | 'expire'
  | 'cancel'
  | 'checkIn'
  | 'checkOut'
  | 'complete'
  | 'reschedule';

/** Facts some transitions depend on; actions not listed here need none. */
export interface TransitionContext {
  /** Amount due online now (the quote's depositDue): > 0 sends an approved request to payment. */
  approve: { amountDueNow: number };
  /** Only a hold that has actually lapsed may be expired (guards a late or duplicated job). */
  expire: { now: Date; holdExpiresAt: Date | null };
  /** CONFIRMED (never checked in) may complete only once the booking has ended. */
  checkOut: { now: Date; endAt: Date };
  complete: { now: Date; endAt: Date };
}

export type ContextArgs<A extends BookingAction> = A extends keyof TransitionContext ? [context: TransitionContext[A]] : [];

type Rule = { from: readonly BookingStatus[]; to: (current: BookingStatus, context: unknown) => BookingStatus };

const completeRule: Rule = {
  from: [CHECKED_IN, CONFIRMED],
  to: (current, context) => {
    const { now, endAt } = context as TransitionContext['complete'];
    if (current === CONFIRMED && now.getTime() < endAt.getTime()) {
      throw new InvalidTransition('A booking that was not checked in can only be completed after it ends.');
    }
    return COMPLETED;
  },
};

const TRANSITIONS: Record<BookingAction, Rule> = {
  approve: {
    from: [REQUESTED],
    to: (_, context) => ((context as TransitionContext['approve']).amountDueNow > 0 ? AWAITING_PAYMENT : CONFIRMED),
  },
  decline: { from: [REQUESTED], to: () => DECLINED },
  markPaid: { from: [AWAITING_PAYMENT], to: () => CONFIRMED },
  verifyManualPayment: { from: [AWAITING_PAYMENT], to: () => CONFIRMED },
  expire: {
    from: [REQUESTED, AWAITING_PAYMENT],
    to: (_, context) => {
      const { now, holdExpiresAt } = context as TransitionContext['expire'];
      if (!holdExpiresAt || now.getTime() < holdExpiresAt.getTime()) {
        throw new InvalidTransition('This booking has not expired yet.');
      }
      return EXPIRED;
    },
  },
  cancel: { from: [REQUESTED, AWAITING_PAYMENT, CONFIRMED], to: () => CANCELLED },
  checkIn: { from: [CONFIRMED], to: () => CHECKED_IN },
  checkOut: completeRule,
  complete: completeRule,
  reschedule: { from: [REQUESTED, AWAITING_PAYMENT, CONFIRMED], to: (current) => current },
};

const ACTION_WORDS: Record<BookingAction, string> = {
  approve: 'approved',
  decline: 'declined',
  markPaid: 'marked as paid',
  verifyManualPayment: 'marked as paid',
  expire: 'expired',
  cancel: 'cancelled',
  checkIn: 'checked in',
  checkOut: 'checked out',
  complete: 'completed',
  reschedule: 'rescheduled',
};

const STATUS_WORDS: Record<BookingStatus, string> = {
  REQUESTED: 'waiting for approval',
  AWAITING_PAYMENT: 'waiting for payment',
  CONFIRMED: 'confirmed',
  CHECKED_IN: 'checked in',
  COMPLETED: 'completed',
  CANCELLED: 'cancelled',
  DECLINED: 'declined',
  EXPIRED: 'expired',
};

/** The status after `action`, or InvalidTransition with a message a customer understands. */
export function nextStatus<A extends BookingAction>(action: A, current: BookingStatus, ...context: ContextArgs<A>): BookingStatus {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(current)) {
    throw new InvalidTransition(`A booking that is ${STATUS_WORDS[current]} cannot be ${ACTION_WORDS[action]}.`);
  }
  return rule.to(current, context[0]);
}

/** Actions whose source status matches (guards on time or amounts are not evaluated): for UI buttons. */
export function actionsFrom(status: BookingStatus): BookingAction[] {
  return (Object.keys(TRANSITIONS) as BookingAction[]).filter((action) => TRANSITIONS[action].from.includes(status));
}
