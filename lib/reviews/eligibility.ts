import type { Actor } from '@/lib/domain/actor';
import type { BookingStatus } from '@/lib/generated/prisma/enums';

type ReviewableBooking = {
  id: string;
  customerId: string | null;
  status: BookingStatus;
  hasReview: boolean;
  /** The person who booked is a member of the business (by account, or by the guest's email). */
  bookedByMember: boolean;
  /** Completed on its own without the check-in the business asked for: nobody came, so nothing to review. */
  noShowAt?: Date | null;
};

export type ReviewEligibility = { allowed: true } | { allowed: false; reason: 'NOT_OWNER' | 'OWN_BUSINESS' | 'NOT_COMPLETED' | 'ALREADY_REVIEWED'; message: string };

/** Whose word counts: the customer who booked, or the guest holding the booking's magic link. */
export function isBookingOwner(actor: Actor, booking: Pick<ReviewableBooking, 'id' | 'customerId'>): boolean {
  if (actor.kind === 'customer') return booking.customerId === actor.userId;
  if (actor.kind === 'guest') return actor.bookingId === booking.id;
  return false;
}

/** One review per completed booking, by the person who booked it, who is not one of the business's own members. */
export function reviewEligibility(booking: ReviewableBooking, actor: Actor): ReviewEligibility {
  if (!isBookingOwner(actor, booking)) return { allowed: false, reason: 'NOT_OWNER', message: 'Only the person who booked can review this booking.' };
  if (booking.bookedByMember) return { allowed: false, reason: 'OWN_BUSINESS', message: 'Members of a business cannot review its own listings.' };
  if (booking.status !== 'COMPLETED') return { allowed: false, reason: 'NOT_COMPLETED', message: 'You can leave a review once the booking is completed.' };
  if (booking.noShowAt) return { allowed: false, reason: 'NOT_COMPLETED', message: 'This booking was marked as a no-show, so it cannot be reviewed.' };
  if (booking.hasReview) return { allowed: false, reason: 'ALREADY_REVIEWED', message: 'You have already reviewed this booking.' };
  return { allowed: true };
}
