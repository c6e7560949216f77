import '@/lib/validation/zod-config';
import { z } from 'zod';
import { email, id } from '@/lib/validation/fields';

// Input of the operator console's actions, shared by its forms and its server actions. Every action
// that changes something says why: the reason goes into the audit trail.

export const operatorReasonSchema = z
  .string({ error: 'Give a reason' })
  .trim()
  .min(3, 'Give a reason (at least 3 characters)')
  .max(500, 'Keep the reason under 500 characters');

/** The reason part of every console form (the ids travel as hidden values). */
export const reasonFormSchema = z.object({ reason: operatorReasonSchema });
export type ReasonFormInput = z.input<typeof reasonFormSchema>;

export const vendorReasonSchema = z.object({ vendorId: id(), reason: operatorReasonSchema });
/** What happens to the business's bookings still waiting for an answer or a payment when it is suspended. */
export const PENDING_ON_SUSPENSION = ['keep', 'cancel'] as const;
export const vendorSuspensionSchema = vendorReasonSchema.extend({ pending: z.enum(PENDING_ON_SUSPENSION).default('keep') });
export const listingReasonSchema = z.object({ listingId: id(), reason: operatorReasonSchema });
export const outboxRetrySchema = z.object({ messageId: id(), reason: operatorReasonSchema });
export const deliveryRetrySchema = z.object({ deliveryId: id(), reason: operatorReasonSchema });
export const userSignInSchema = z.object({ userId: id(), disabled: z.boolean(), reason: operatorReasonSchema });
export const outboxDeliveryRetrySchema = z.object({ deliveryId: id(), reason: operatorReasonSchema });
/** A test email from the console: checks the SMTP settings end to end. */
export const testEmailSchema = z.object({ to: email });
export type TestEmailInput = z.input<typeof testEmailSchema>;

export const OPERATOR_BOOKING_STEPS = ['approve', 'decline', 'verifyManualPayment', 'checkIn', 'checkOut', 'complete', 'cancel'] as const;
export type OperatorBookingStep = (typeof OPERATOR_BOOKING_STEPS)[number];

export const operatorBookingStepSchema = z.object({
  bookingId: id(),
  action: z.enum(OPERATOR_BOOKING_STEPS),
  reason: operatorReasonSchema,
});

/** What a refund tells the customer (optional); its reason is the internal note. */
export const customerMessageSchema = z.string().trim().max(500, 'Keep the message under 500 characters').optional();

export const operatorRefundSchema = z.object({
  bookingId: id(),
  amount: z.coerce.number({ error: 'Enter an amount' }).positive('Enter a positive amount'),
  reason: operatorReasonSchema,
  customerMessage: customerMessageSchema,
});

export type VendorReasonInput = z.input<typeof vendorReasonSchema>;
export type ListingReasonInput = z.input<typeof listingReasonSchema>;
export type OutboxRetryInput = z.input<typeof outboxRetrySchema>;
export type DeliveryRetryInput = z.input<typeof deliveryRetrySchema>;
export type UserSignInInput = z.input<typeof userSignInSchema>;
export type OperatorBookingStepInput = z.input<typeof operatorBookingStepSchema>;
export type OperatorRefundInput = z.input<typeof operatorRefundSchema>;
