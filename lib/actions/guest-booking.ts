'use server';

import { cancelBooking } from '@/lib/booking/cancel-booking';
import { prisma } from '@/lib/db/prisma';
import { runAction, type ActionResult } from '@/lib/http/action-result';
import { resolveManageToken } from '@/lib/magic-links/manage-links';
import { leaveReview } from '@/lib/reviews/leave-review';
import { reviewSchema } from '@/lib/reviews/schemas';
import { afterBookingChange, afterReview } from '@/lib/actions/after-change';
import { rescheduleFromForm } from '@/lib/customer/reschedule';
import { cancelFormSchema, rescheduleFormSchema } from '@/lib/customer/schemas';

// What the holder of a booking's magic link can do. The link is checked again on every action
// (it may have expired since the page loaded); the guest actor may touch only that one booking.

async function guest(token: string) {
  const { bookingId } = await resolveManageToken(prisma, token);
  return { bookingId, actor: { type: 'GUEST' as const, bookingId } };
}

export async function cancelGuestBookingAction(token: string, input: unknown): Promise<ActionResult<void>> {
  return runAction(cancelFormSchema, input, async ({ reason }) => {
    const { bookingId, actor } = await guest(token);
    await cancelBooking(prisma, bookingId, actor, reason);
    afterBookingChange([`/manage/${token}`]);
  });
}

export async function rescheduleGuestBookingAction(token: string, input: unknown): Promise<ActionResult<void>> {
  return runAction(rescheduleFormSchema, input, async (form) => {
    const { bookingId, actor } = await guest(token);
    await rescheduleFromForm(prisma, bookingId, form, actor);
    afterBookingChange([`/manage/${token}`]);
  });
}

export async function reviewGuestBookingAction(token: string, input: unknown): Promise<ActionResult<void>> {
  return runAction(reviewSchema, input, async (review) => {
    const { bookingId, actor } = await guest(token);
    await leaveReview(prisma, { bookingId, ...review }, actor);
    afterReview([`/manage/${token}`]);
  });
}
