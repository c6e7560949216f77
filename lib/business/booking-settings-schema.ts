import '@/lib/validation/zod-config';
import { z } from 'zod';

// How a business takes bank transfers and closes its bookings. Client-safe.
const checkbox = z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean());
export const bookingSettingsSchema = z.object({
  manualPaymentInstructions: z
    .string()
    .trim()
    .max(2000, 'Keep the instructions under 2,000 characters')
    .transform((value) => value || null),
  manualPaymentReferenceFormat: z
    .string()
    .trim()
    .max(60, 'At most 60 characters')
    .refine((value) => value === '' || value.includes('{reference}'), 'Include {reference}, where the booking reference goes')
    .transform((value) => value || '{reference}'),
  manualPaymentHoldMinutes: z.coerce.number({ error: 'Enter a number of minutes' }).int('Whole minutes only').min(5, 'At least 5 minutes').max(30 * 24 * 60, 'At most 30 days'),
  requireCheckIn: checkbox,
  autoCompleteAfterMinutes: z.coerce.number({ error: 'Enter a number of minutes' }).int('Whole minutes only').min(0, '0 completes at the end').max(14 * 24 * 60, 'At most 14 days'),
});
export type BookingSettingsFormValues = z.input<typeof bookingSettingsSchema>;
export type BookingSettings = z.output<typeof bookingSettingsSchema>;
