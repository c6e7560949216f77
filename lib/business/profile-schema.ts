// The business profile form's schema, shared by the form (react-hook-form + zodResolver) and the
// server action. The storefront address follows the same rule as vendor sign-up (slugSchema).
import '@/lib/validation/zod-config';
import { z } from 'zod';
import { slugSchema } from '@/lib/auth/schemas';
import { currencyCode, email, optionalCountryCode, optionalPhone, optionalText, timeZoneName } from '@/lib/validation/fields';

export { slugSchema };

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
});

export type ProfileFormValues = z.input<typeof profileSchema>;
export type ProfileInput = z.output<typeof profileSchema>;
