import '@/lib/validation/zod-config';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import { currencyCode, email, optionalPhone as phone, timeZoneName as timeZone } from '@/lib/validation/fields';

// Shared by the forms (react-hook-form + zodResolver) and the server actions.

const password = z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`).max(200);
const name = z.string().trim().min(1, 'Enter your name').max(120);

export const signInSchema = z.object({ email, password: z.string().min(1, 'Enter your password').max(200) });

export const customerSignUpSchema = z.object({ name, email, password, phone });

export const RESERVED_SLUGS = ['admin', 'api', 'dashboard', 'account', 'signin', 'signup', 'search', 'new', 'settings', 'v'];

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, 'Use at least 3 characters')
  .max(40, 'Use at most 40 characters')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single dashes')
  .refine((slug) => !RESERVED_SLUGS.includes(slug), 'This address is reserved');

export const vendorSignUpSchema = customerSignUpSchema.extend({
  businessName: z.string().trim().min(2, 'Enter your business name').max(120),
  slug: slugSchema,
  timeZone,
  currency: currencyCode,
});

export type SignInInput = z.infer<typeof signInSchema>;
export type CustomerSignUpInput = z.infer<typeof customerSignUpSchema>;
export type VendorSignUpInput = z.infer<typeof vendorSignUpSchema>;

/** Turns a business name into a storefront slug suggestion. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
}
