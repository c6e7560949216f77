import type { BookingStatus } from '@/lib/generated/prisma/enums';
import type { WebhookEventType } from './event-types';

// Which webhook events one booking transition raises. A step can raise two: a request approved
// with nothing to pay is approved and confirmed; checking out completes the booking too.

export type BookingTransition = { from: BookingStatus | null; to: BookingStatus; action?: unknown; kind?: unknown };

export function bookingEventTypes({ from, to, action, kind }: BookingTransition): WebhookEventType[] {
  if (kind === 'rescheduled') return ['booking.rescheduled'];
  if (from === to) return []; // notes and other edits that change no status
  if (from === null) {
    // A new booking: a request, or an instant booking already confirmed. An instant booking that
    // waits for payment raises nothing until it is paid (confirmed) or lapses (expired).
    if (to === 'REQUESTED') return ['booking.requested'];
    if (to === 'CONFIRMED') return ['booking.confirmed'];
    return [];
  }
  switch (to) {
    case 'AWAITING_PAYMENT':
      return from === 'REQUESTED' ? ['booking.approved'] : [];
    case 'CONFIRMED':
      if (from === 'REQUESTED') return ['booking.approved', 'booking.confirmed'];
      return from === 'CHECKED_IN' ? [] : ['booking.confirmed']; // an undone check-in is not news
    case 'DECLINED':
      return ['booking.declined'];
    case 'CANCELLED':
      return ['booking.cancelled'];
    case 'EXPIRED':
      return ['booking.expired'];
    case 'CHECKED_IN':
      return ['booking.checked_in'];
    case 'COMPLETED':
      return action === 'checkOut' ? ['booking.checked_out', 'booking.completed'] : ['booking.completed'];
    default:
      return [];
  }
}
