import { z } from 'zod';
import { BookingStatus } from '@/lib/generated/prisma/enums';

// What a booking.* outbox message says happened, in the words emails and notifications use.
// The payload is written by lib/booking/record-transition.ts.

export const bookingMessagePayloadSchema = z.object({
  eventId: z.string().optional(),
  bookingId: z.string(),
  reference: z.string(),
  vendorId: z.string(),
  from: z.enum(BookingStatus).nullable(),
  to: z.enum(BookingStatus),
  actorType: z.string(),
  reason: z.string().nullable().optional(),
});

export type BookingMessagePayload = z.infer<typeof bookingMessagePayloadSchema>;

export type BookingChangeKind =
  | 'created'
  | 'approved' // a request accepted, now waiting for payment
  | 'confirmed'
  | 'cancelled'
  | 'declined'
  | 'expired'
  | 'rescheduled'
  | 'checked_in'
  | 'completed'
  | 'updated';

export function bookingChangeKind(topic: string, payload: Pick<BookingMessagePayload, 'from' | 'to'>): BookingChangeKind {
  if (payload.from === null || topic === 'booking.created') return 'created';
  if (topic === 'booking.rescheduled') return 'rescheduled';
  switch (payload.to) {
    case 'AWAITING_PAYMENT':
      return 'approved';
    case 'CONFIRMED':
      return 'confirmed';
    case 'CANCELLED':
      return 'cancelled';
    case 'DECLINED':
      return 'declined';
    case 'EXPIRED':
      return 'expired';
    case 'CHECKED_IN':
      return 'checked_in';
    case 'COMPLETED':
      return 'completed';
    default:
      return 'updated';
  }
}
