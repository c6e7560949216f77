import type { Actor } from '@/lib/domain/actor';
import type { BookingStatus } from '@/lib/generated/prisma/enums';

type ReviewableBooking = { id: string; customerId: string | null; status: BookingStatus; hasReview: boolean };

export type ReviewEligibility = { allowed: true } | { allowed: false; reason: 'NOT_OWNER' | 'NOT_COMPLETED' | 'ALREADY_REVIEWED'; message: string };

/** Whose word counts: the customer who booked, or the guest holding the booking's magic link. */
export function isBookingOwner(actor: Actor, booking: Pick<ReviewableBooking, 'id' | 'customerId'>): boolean {
  if (actor.kind === 'customer') return booking.customerId === actor.userId;
  if (actor.kind === 'guest') return actor.bookingId === booking.id;
  return false;
}

/** One review per completed booking, by the person who booked it. */
export function reviewEligibility(booking: ReviewableBooking, actor: Actor): ReviewEligibility {
  if (!isBookingOwner(actor, booking)) return { allowed: false, reason: 'NOT_OWNER', message: 'Only the person who booked can review this booking.' };
  if (booking.status !== 'COMPLETED') return { allowed: false, reason: 'NOT_COMPLETED', message: 'You can leave a review once the booking is completed.' };
  if (booking.hasReview) return { allowed: false, reason: 'ALREADY_REVIEWED', message: 'You have already reviewed this booking.' };
  return { allowed: true };
}
