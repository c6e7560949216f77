// The business profile form's schema, shared by the form (react-hook-form + zodResolver) and the
// server action. The storefront address follows the same rule as vendor sign-up (slugSchema).
import '@/lib/validation/zod-config';
import { z } from 'zod';
import { slugSchema } from '@/lib/auth/schemas';
import { currencyCode, email, optionalCountryCode, optionalPhone, optionalText, timeZoneName } from '@/lib/validation/fields';

export { slugSchema };

/** How long a guest may take to pay after a request is approved (the start always ends it sooner). */
export const PAY_WINDOW_CHOICES = [1, 2, 4, 12, 24, 48, 72, 168] as const;
export const DEFAULT_PAY_WINDOW_HOURS = 24;

export const profileSchema = z.object({
  name: z.string().trim().min(2, 'Enter your business name').max(120, 'Use at most 120 characters'),
  slug: slugSchema,
  description: z.string().trim().max(2000, 'Keep the description under 2,000 characters').default(''),
  contactEmail: email,
  contactPhone: optionalPhone,
  timeZone: timeZoneName,
  currency: currencyCode,
  address: optionalText(200),
  city: optionalText(120),
  country: optionalCountryCode,
  payWindowHours: z
    .number('Choose how long guests have to pay')
    .int()
    .min(1, 'At least 1 hour')
    .max(720, 'At most 30 days')
    .default(DEFAULT_PAY_WINDOW_HOURS),
});

export type ProfileFormValues = z.input<typeof profileSchema>;
export type ProfileInput = z.output<typeof profileSchema>;
