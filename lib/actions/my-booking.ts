'use server';

import { z } from 'zod';
import { id } from '@/lib/validation/fields';
import { cancelBooking } from '@/lib/booking/cancel-booking';
import { rescheduleFromForm } from '@/lib/customer/reschedule';
import { cancelFormSchema, rescheduleFormSchema } from '@/lib/customer/schemas';
import { prisma } from '@/lib/db/prisma';
import { customerAction } from '@/lib/http/actions';
import { leaveReview } from '@/lib/reviews/leave-review';
import { reviewSchema } from '@/lib/reviews/schemas';
import { afterBookingChange, afterReview } from './after-change';

// A signed-in customer's actions on their own booking (the page binds `{ bookingId }`). The
// services check that the booking is theirs (Forbidden otherwise) and every rule.

const booking = z.object({ bookingId: id() });
const pagePath = ({ bookingId }: { bookingId: string }) => [`/account/bookings/${bookingId}`];

export const cancelMyBookingAction = customerAction(
  booking.extend(cancelFormSchema.shape),
  ({ bookingId, reason }, { actor }) => cancelBooking(prisma, bookingId, actor, reason),
  { after: (_, input) => afterBookingChange(pagePath(input)) },
);

export const rescheduleMyBookingAction = customerAction(
  booking.and(rescheduleFormSchema),
  ({ bookingId, ...form }, { actor }) => rescheduleFromForm(prisma, bookingId, form, actor),
  { after: (_, input) => afterBookingChange(pagePath(input)) },
);

export const reviewMyBookingAction = customerAction(
  booking.extend(reviewSchema.shape),
  ({ bookingId, ...review }, { actor }) => leaveReview(prisma, { bookingId, ...review }, actor),
  { after: (_, input) => afterReview(pagePath(input)) },
);
