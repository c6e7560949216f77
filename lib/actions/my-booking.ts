'use server';

import { cancelBooking } from '@/lib/booking/cancel-booking';
import { prisma } from '@/lib/db/prisma';
import { requireUser } from '@/lib/auth/current-user';
import type { Actor } from '@/lib/domain/actor';
import { runAction, type ActionResult } from '@/lib/http/action-result';
import { leaveReview } from '@/lib/reviews/leave-review';
import { reviewSchema } from '@/lib/reviews/schemas';
import { afterBookingChange, afterReview } from './after-change';
import { assertBookingId } from '../customer/booking-view';
import { rescheduleFromForm } from '../customer/reschedule';
import { cancelFormSchema, rescheduleFormSchema } from '../customer/schemas';

// A signed-in customer's actions on their own booking. The services check that the booking is
// theirs (Forbidden otherwise) and every rule; these only parse, call and refresh.

async function customer(bookingId: string): Promise<Actor> {
  const user = await requireUser();
  assertBookingId(bookingId);
  return { type: 'CUSTOMER', userId: user.id };
}

export async function cancelMyBookingAction(bookingId: string, input: unknown): Promise<ActionResult<void>> {
  return runAction(cancelFormSchema, input, async ({ reason }) => {
    await cancelBooking(prisma, bookingId, await customer(bookingId), reason);
    afterBookingChange([`/account/bookings/${bookingId}`]);
  });
}

export async function rescheduleMyBookingAction(bookingId: string, input: unknown): Promise<ActionResult<void>> {
  return runAction(rescheduleFormSchema, input, async (form) => {
    await rescheduleFromForm(prisma, bookingId, form, await customer(bookingId));
    afterBookingChange([`/account/bookings/${bookingId}`]);
  });
}

export async function reviewMyBookingAction(bookingId: string, input: unknown): Promise<ActionResult<void>> {
  return runAction(reviewSchema, input, async (review) => {
    await leaveReview(prisma, { bookingId, ...review }, await customer(bookingId));
    afterReview([`/account/bookings/${bookingId}`]);
  });
}
