import '@/lib/validation/zod-config';
import { z } from 'zod';
import { id } from '@/lib/validation/fields';

// The self-service forms' input, shared by the forms (zodResolver) and their server actions.
// Client components import this file: keep it free of server-only imports.

/** An <input type="datetime-local"> value: a wall-clock time in the listing's zone. */
export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export const cancelFormSchema = z.object({
  reason: z.string().trim().max(500, 'Keep it under 500 characters').optional(),
});

const localDateTime = z.string().regex(LOCAL_DATE_TIME, 'Enter a date and time');

export const rentalRescheduleSchema = z
  .object({ kind: z.literal('RENTAL'), startLocal: localDateTime, endLocal: localDateTime })
  .refine((v) => v.endLocal > v.startLocal, { path: ['endLocal'], message: 'The end must be after the start' });

export const sessionRescheduleSchema = z.object({ kind: z.literal('SESSION'), sessionId: id('Choose a session') });

export const appointmentRescheduleSchema = z.object({
  kind: z.literal('APPOINTMENT'),
  startAt: z.iso.datetime({ offset: true, error: 'Choose a time' }),
  /** 'same' (the default) keeps the staff member booked; 'any' accepts whoever is free. */
  staff: z.enum(['same', 'any']).optional(),
});

export const rescheduleFormSchema = z.discriminatedUnion('kind', [rentalRescheduleSchema, sessionRescheduleSchema, appointmentRescheduleSchema]);

export type CancelFormInput = z.input<typeof cancelFormSchema>;
export type RescheduleFormInput = z.output<typeof rescheduleFormSchema>;
