'use server';

import { z } from 'zod';
import { cancelBooking } from '@/lib/booking/cancel-booking';
import { rescheduleFromForm } from '@/lib/customer/reschedule';
import { cancelFormSchema, rescheduleFormSchema } from '@/lib/customer/schemas';
import { prisma } from '@/lib/db/prisma';
import { guestAction } from '@/lib/http/actions';
import { leaveReview } from '@/lib/reviews/leave-review';
import { reviewSchema } from '@/lib/reviews/schemas';
import { afterBookingChange, afterReview } from './after-change';
import { resendGuestCode, verifyGuestCode } from '@/lib/booking/guest-verification';
import { deliverOutboxSoon } from '@/lib/outbox/deliver-soon';

// What the holder of a booking's magic link can do (the page binds `{ token }`). The link is
// checked again on every action (it may have expired since the page loaded); the guest actor may
// touch only that one booking.

const link = z.object({ token: z.string() });
const pagePath = ({ token }: { token: string }) => [`/manage/${token}`];

const codeInput = link.extend({ channel: z.enum(['EMAIL', 'SMS']), code: z.string().trim().max(12) });

export const verifyGuestCodeAction = guestAction(codeInput, ({ channel, code }, { bookingId }) => verifyGuestCode(prisma, bookingId, channel, code), {
  rateLimit: { name: 'guest-code', limit: 30, windowSeconds: 15 * 60 },
  after: (_, input) => afterBookingChange(pagePath(input)),
});

export const resendGuestCodeAction = guestAction(link.extend({ channel: z.enum(['EMAIL', 'SMS']) }), ({ channel }, { bookingId }) => resendGuestCode(prisma, bookingId, channel), {
  rateLimit: { name: 'guest-code-resend', limit: 10, windowSeconds: 15 * 60 },
  after: () => deliverOutboxSoon(),
});

export const cancelGuestBookingAction = guestAction(
  link.extend(cancelFormSchema.shape),
  ({ reason }, { actor, bookingId }) => cancelBooking(prisma, bookingId, actor, reason),
  { after: (_, input) => afterBookingChange(pagePath(input)) },
);

export const rescheduleGuestBookingAction = guestAction(
  link.and(rescheduleFormSchema),
  (form, { actor, bookingId }) => rescheduleFromForm(prisma, bookingId, form, actor),
  { after: (_, input) => afterBookingChange(pagePath(input)) },
);

export const reviewGuestBookingAction = guestAction(
  link.extend(reviewSchema.shape),
  ({ rating, comment }, { actor, bookingId }) => leaveReview(prisma, { bookingId, rating, comment }, actor),
  { after: (_, input) => afterReview(pagePath(input)) },
);
