import '@/lib/validation/zod-config';
import { z } from 'zod';
import { id } from '@/lib/validation/fields';
import { guestContactSchema } from './schemas';

// The booking form speaks wall-clock times in the listing's zone ("2026-12-14T10:00", or a date
// for day-priced rentals); the server turns them into instants (form-request.ts). The same
// schema validates the form in the browser and in the server action. Client-safe: no luxon.

/** Empty form controls (null or '') mean "not given". */
const blankToUndefined = (value: unknown) => (value === null || value === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const localDateTime = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, 'Choose a date');

export const bookingFormSchema = z.object({
  listingId: id(),
  start: optional(localDateTime),
  end: optional(localDateTime),
  sessionId: optional(id('Choose a session')),
  /** An exact instant (ISO) for appointment slots, as offered by the slot picker. */
  slot: optional(z.iso.datetime({ offset: true, error: 'Choose a time' })),
  staffId: optional(id()),
  quantity: z.coerce.number().int('Whole numbers only').min(1, 'At least 1').max(100),
  notes: optional(z.string().trim().max(1000)),
  promoCode: optional(z.string().trim().max(40)),
  contact: guestContactSchema.optional(),
});

export type BookingFormInput = z.input<typeof bookingFormSchema>;
export type BookingFormValues = z.output<typeof bookingFormSchema>;

/** The live preview accepts a half-filled form: a missing or odd quantity counts as 1. */
export const previewFormSchema = bookingFormSchema.partial({ quantity: true }).extend({ quantity: bookingFormSchema.shape.quantity.catch(1) });
