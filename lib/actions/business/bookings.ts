'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { id } from '@/lib/validation/fields';
import { customerMessageSchema } from '@/lib/admin/schemas';
import { approveBooking, declineBooking } from '@/lib/booking/approve-booking';
import { cancelBooking } from '@/lib/booking/cancel-booking';
import { verifyManualPayment } from '@/lib/booking/payment-steps';
import { checkIn, checkOut, completeBooking, recordBalancePayment } from '@/lib/booking/visit-steps';
import { BALANCE_METHODS } from '@/lib/domain/balance';
import { prisma } from '@/lib/db/prisma';
import type { MemberActor } from '@/lib/domain/actor';
import { memberAction } from '@/lib/http/actions';
import { deliverOutboxSoon } from '@/lib/outbox/deliver-soon';
import { issueManualRefundOf } from '@/lib/payments/refunds';

// The business's booking actions. The services check that the booking belongs to the member's
// business and that the state machine allows the step.

const stepSchema = z.object({
  bookingId: id(),
  action: z.enum(['approve', 'decline', 'verifyManualPayment', 'checkIn', 'checkOut', 'complete', 'cancel']),
  reason: z.string().trim().max(500).optional(),
});

export type VendorStep = z.input<typeof stepSchema>;

const STEPS = {
  approve: (bookingId, actor) => approveBooking(prisma, bookingId, actor),
  decline: (bookingId, actor, reason) => declineBooking(prisma, bookingId, actor, reason ?? ''),
  verifyManualPayment: (bookingId, actor, reason) => verifyManualPayment(prisma, bookingId, actor, reason),
  checkIn: (bookingId, actor) => checkIn(prisma, bookingId, actor),
  checkOut: (bookingId, actor) => checkOut(prisma, bookingId, actor),
  complete: (bookingId, actor) => completeBooking(prisma, bookingId, actor),
  cancel: (bookingId, actor, reason) => cancelBooking(prisma, bookingId, actor, reason ?? ''),
} satisfies Record<VendorStep['action'], (bookingId: string, actor: MemberActor, reason?: string) => Promise<unknown>>;

const afterStep = (_: unknown, { bookingId }: { bookingId: string }) => {
  deliverOutboxSoon();
  revalidatePath('/dashboard/bookings');
  revalidatePath(`/dashboard/bookings/${bookingId}`);
};

export const vendorBookingStepAction = memberAction(
  stepSchema,
  async ({ bookingId, action, reason }, { actor }) => {
    await STEPS[action](bookingId, actor, reason);
  },
  { after: afterStep },
);

const refundSchema = z.object({
  bookingId: id(),
  amount: z.coerce.number().positive('Enter a positive amount'),
  reason: z.string().trim().min(3, 'Say why you are refunding').max(500),
  customerMessage: customerMessageSchema,
});

/** A refund the business gives by hand (goodwill, a partial refund); card money goes back through the provider. */
export const vendorRefundAction = memberAction(
  refundSchema,
  async ({ bookingId, amount, reason, customerMessage }, { actor }) => {
    await issueManualRefundOf(prisma, bookingId, actor, { amount, reason, customerMessage });
  },
  { after: afterStep },
);

const balanceSchema = z.object({
  bookingId: id(),
  method: z.enum(BALANCE_METHODS, 'Choose cash or card'),
  /** Check the customer in with the same click (the usual way at pickup). */
  checkIn: z.preprocess((value) => value === true || value === 'true' || value === 'on', z.boolean()).default(false),
});

/** The desk takes the balance left after an online deposit (cash or card), at check-in or later. */
export const recordBalanceAction = memberAction(
  balanceSchema,
  async ({ bookingId, method, checkIn: andCheckIn }, { actor }) => {
    if (andCheckIn) await checkIn(prisma, bookingId, actor, new Date(), { balancePaidWith: method });
    else await recordBalancePayment(prisma, bookingId, actor, method);
  },
  { after: afterStep },
);

const overrideSchema = z.object({ bookingId: id(), reason: z.string().trim().min(3, 'Say why the customer may leave with a balance due').max(500) });

/** An owner lets a customer leave with a balance still due, saying why (kept on the booking and its history). */
export const checkOutWithBalanceDueAction = memberAction(
  overrideSchema,
  async ({ bookingId, reason }, { actor }) => {
    await checkOut(prisma, bookingId, actor, new Date(), { reason });
  },
  { ownerOnly: 'check out a booking with a balance due', after: afterStep },
);
