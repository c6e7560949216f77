'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { approveBooking, declineBooking } from '@/lib/booking/approve-booking';
import { cancelBooking } from '@/lib/booking/cancel-booking';
import { verifyManualPayment } from '@/lib/booking/payment-steps';
import { checkIn, checkOut, completeBooking } from '@/lib/booking/visit-steps';
import { vendorContext } from '@/lib/business/vendor-context';
import { prisma } from '@/lib/db/prisma';
import { issueManualRefundOf } from '@/lib/payments/refunds';
import { runAction, type ActionResult } from '@/lib/http/action-result';
import { deliverOutboxSoon } from '@/lib/outbox/deliver-soon';

// The vendor's booking actions. The services check that the booking belongs to the member's vendor
// and that the state machine allows the step; these actions only parse, call and refresh.

const stepSchema = z.object({
  bookingId: z.uuid(),
  action: z.enum(['approve', 'decline', 'verifyManualPayment', 'checkIn', 'checkOut', 'complete', 'cancel']),
  reason: z.string().trim().max(500).optional(),
});

export type VendorStep = z.input<typeof stepSchema>;

export async function vendorBookingStepAction(input: unknown): Promise<ActionResult> {
  return runAction(stepSchema, input, async ({ bookingId, action, reason }) => {
    const { actor } = await vendorContext();
    const steps = {
      approve: () => approveBooking(prisma, bookingId, actor),
      decline: () => declineBooking(prisma, bookingId, actor, reason ?? ''),
      verifyManualPayment: () => verifyManualPayment(prisma, bookingId, actor, reason),
      checkIn: () => checkIn(prisma, bookingId, actor),
      checkOut: () => checkOut(prisma, bookingId, actor),
      complete: () => completeBooking(prisma, bookingId, actor),
      cancel: () => cancelBooking(prisma, bookingId, actor, reason ?? ''),
    } as const;
    await steps[action]();
    deliverOutboxSoon();
    revalidatePath('/dashboard/bookings');
    revalidatePath(`/dashboard/bookings/${bookingId}`);
    return undefined;
  });
}

const refundSchema = z.object({
  bookingId: z.uuid(),
  amount: z.coerce.number().positive('Enter a positive amount'),
  reason: z.string().trim().min(3, 'Say why you are refunding').max(500),
});

/** A refund the business gives by hand (goodwill, a partial refund); card money goes back through the provider. */
export async function vendorRefundAction(input: unknown): Promise<ActionResult> {
  return runAction(refundSchema, input, async ({ bookingId, amount, reason }) => {
    const { actor } = await vendorContext();
    await issueManualRefundOf(prisma, bookingId, actor, { amount, reason });
    deliverOutboxSoon();
    revalidatePath(`/dashboard/bookings/${bookingId}`);
    return undefined;
  });
}
