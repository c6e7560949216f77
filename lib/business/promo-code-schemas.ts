// Client-safe: the promo codes form validates with these in the browser too.
import '@/lib/validation/zod-config';
import { z } from 'zod';
import { id } from '@/lib/validation/fields';

/** How customers type a code: letters, digits and dashes; compared in upper case. */
export const promoCodeText = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9-]{3,32}$/, 'Use 3 to 32 letters, digits or dashes');

const blankToUndefined = (value: unknown) => (value === null || value === '' ? undefined : value);
const optionalInt = (min: number, max: number, message: string) => z.preprocess(blankToUndefined, z.coerce.number().int('Whole numbers only').min(min, message).max(max, message).optional());
/** A date in the business's zone ('YYYY-MM-DD'): valid from its start, until the end of the last day. */
const optionalDate = z.preprocess(blankToUndefined, z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a valid date').optional());

export const createPromoCodeSchema = z
  .object({
    code: promoCodeText,
    kind: z.enum(['PERCENT', 'AMOUNT']),
    /** Percent (1..100), or an amount in the business's currency (major units, e.g. 10.50). */
    value: z.coerce.number({ error: 'Enter a number' }).positive('More than 0'),
    validFrom: optionalDate,
    validUntil: optionalDate,
    maxUses: optionalInt(1, 1_000_000, 'Between 1 and 1,000,000 uses'),
  })
  .refine((v) => v.kind !== 'PERCENT' || (Number.isInteger(v.value) && v.value <= 100), { path: ['value'], message: 'A whole percentage up to 100' })
  .refine((v) => !v.validFrom || !v.validUntil || v.validUntil >= v.validFrom, { path: ['validUntil'], message: 'The last day cannot be before the first' });
export type CreatePromoCodeInput = z.output<typeof createPromoCodeSchema>;
export type CreatePromoCodeValues = z.input<typeof createPromoCodeSchema>;

export const setPromoCodeActiveSchema = z.object({ promoCodeId: id('Unknown promo code'), active: z.boolean() });
