import '@/lib/validation/zod-config';
import { z } from 'zod';
import { email, id, phone } from '@/lib/validation/fields';

// Input of the booking actions, shared by the booking form, server actions and the JSON API.

const instant = z.coerce.date({ error: 'Enter a valid date and time' });

export const guestContactSchema = z.object({
  name: z.string().trim().min(1, 'Enter your name').max(120),
  email,
  phone,
});

export const requestBookingSchema = z.object({
  listingId: id('Choose what to book'),
  /** Rentals: pickup and return; appointments: the slot start (the end follows from the service). */
  startAt: instant.optional(),
  endAt: instant.optional(),
  /** Sessions: which dated session. */
  sessionId: id().optional(),
  /** Appointments: a staff member, or none for "any staff". */
  staffId: id().optional(),
  quantity: z.coerce.number().int('Whole numbers only').min(1, 'At least 1').max(100).default(1),
  notes: z.string().trim().max(1000).optional(),
  /** A promo code of the listing's business (case-insensitive). */
  promoCode: z.string().trim().max(40).optional(),
  /** Required for guests; signed-in customers use their profile unless they give one. */
  contact: guestContactSchema.optional(),
});

export type RequestBookingInput = z.input<typeof requestBookingSchema>;

export const reasonSchema = z.string().trim().min(3, 'Give a short reason').max(500);

export const rescheduleSchema = z.object({
  startAt: instant.optional(),
  endAt: instant.optional(),
  sessionId: id().optional(),
  /** Appointments stay with the staff member booked unless the customer accepts anyone available. */
  anyStaff: z.boolean().optional(),
});

export type RescheduleInput = z.input<typeof rescheduleSchema>;
