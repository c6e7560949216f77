import '@/lib/validation/zod-config';
import { z } from 'zod';

// Input of the booking actions, shared by the booking form, server actions and the JSON API.

const instant = z.coerce.date({ error: 'Enter a valid date and time' });
const phone = z.string().trim().min(5, 'Enter a phone number').max(40).regex(/^[+()\d\s.-]+$/, 'Use digits, spaces and + ( ) - only');

export const guestContactSchema = z.object({
  name: z.string().trim().min(1, 'Enter your name').max(120),
  email: z.string().trim().toLowerCase().email('Enter a valid email address').max(254),
  phone,
});

export const requestBookingSchema = z.object({
  listingId: z.uuid('Choose what to book'),
  /** Rentals: pickup and return; appointments: the slot start (the end follows from the service). */
  startAt: instant.optional(),
  endAt: instant.optional(),
  /** Sessions: which dated session. */
  sessionId: z.uuid().optional(),
  /** Appointments: a staff member, or none for "any staff". */
  staffId: z.uuid().optional(),
  quantity: z.coerce.number().int('Whole numbers only').min(1, 'At least 1').max(100).default(1),
  notes: z.string().trim().max(1000).optional(),
  /** Required for guests; signed-in customers use their profile unless they give one. */
  contact: guestContactSchema.optional(),
});

export type RequestBookingInput = z.input<typeof requestBookingSchema>;

export const reasonSchema = z.string().trim().min(3, 'Give a short reason').max(500);

export const rescheduleSchema = z.object({
  startAt: instant.optional(),
  endAt: instant.optional(),
  sessionId: z.uuid().optional(),
});

export type RescheduleInput = z.input<typeof rescheduleSchema>;
