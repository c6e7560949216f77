// The business profile form's schema, shared by the form (react-hook-form + zodResolver) and the
// server action. The storefront address follows the same rule as vendor sign-up (slugSchema).
import '@/lib/validation/zod-config';
import { z } from 'zod';
import { slugSchema } from '@/lib/auth/schemas';
import { isKnownTimeZone } from '@/lib/format/date-time';

export { slugSchema };

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .optional()
    .transform((value) => value || undefined);

/** A valid IANA time zone (aliases such as UTC included), as the runtime's time-zone data knows it. */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z_]*(?:\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false; // names only, no "+01:00" offsets
  return isKnownTimeZone(zone);
}

/** ISO 4217 codes the runtime knows (Intl), so prices can be formatted in them. */
export function currencyCodes(): string[] {
  return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [];
}

export function isCurrency(code: string): boolean {
  const known = currencyCodes();
  return /^[A-Z]{3}$/.test(code) && (known.length === 0 || known.includes(code));
}

// Region codes Intl can name that are not ISO 3166-1 countries (groupings, pseudo-locales, retired codes).
const NOT_COUNTRIES = new Set(['AC', 'AN', 'BU', 'CP', 'CS', 'DD', 'DG', 'EA', 'EU', 'EZ', 'FX', 'IC', 'NT', 'QO', 'SU', 'TA', 'TP', 'UK', 'UN', 'XA', 'XB', 'YD', 'YU', 'ZR', 'ZZ']);

let countryList: Array<{ code: string; name: string }> | undefined;

/** ISO 3166-1 alpha-2 countries with their English names, sorted by name. */
export function countries(): Array<{ code: string; name: string }> {
  if (countryList) return countryList;
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const list: Array<{ code: string; name: string }> = [];
  for (let a = 65; a <= 90; a += 1) {
    for (let b = 65; b <= 90; b += 1) {
      const code = String.fromCharCode(a, b);
      const name = NOT_COUNTRIES.has(code) ? undefined : names.of(code);
      if (name) list.push({ code, name });
    }
  }
  countryList = list.sort((x, y) => x.name.localeCompare(y.name));
  return countryList;
}

export const profileSchema = z.object({
  name: z.string().trim().min(2, 'Enter your business name').max(120, 'Use at most 120 characters'),
  slug: slugSchema,
  description: z.string().trim().max(2000, 'Keep the description under 2,000 characters').default(''),
  contactEmail: z.string().trim().toLowerCase().email('Enter a valid email address').max(254),
  contactPhone: z
    .string()
    .trim()
    .max(40, 'Use at most 40 characters')
    .regex(/^[+()\d\s.-]*$/, 'Use digits, spaces and + ( ) - only')
    .optional()
    .transform((value) => value || undefined),
  timeZone: z.string().refine(isTimeZone, 'Choose a valid time zone'),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isCurrency, 'Choose an ISO 4217 currency such as EUR or USD'),
  address: optionalText(200),
  city: optionalText(120),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((code) => code === '' || countries().some((c) => c.code === code), 'Choose a country')
    .optional()
    .transform((value) => value || undefined),
});

export type ProfileFormValues = z.input<typeof profileSchema>;
export type ProfileInput = z.output<typeof profileSchema>;
