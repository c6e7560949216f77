// Schemas for a listing's JSON columns (fees, refundTiers, openingHours): one definition used to
// validate vendor input and to read the stored JSON back with types.
import { z } from 'zod';

export const feeSchema = z.object({
  code: z.string().trim().min(1).max(40),
  label: z.string().trim().min(1).max(120),
  amount: z.number().int().nonnegative(), // minor units
  per: z.enum(['BOOKING', 'UNIT', 'DAY']),
});

export const feesSchema = z
  .array(feeSchema)
  .max(20)
  .refine((fees) => new Set(fees.map((f) => f.code)).size === fees.length, { message: 'Fee codes must be unique' });

export const refundTierSchema = z.object({
  hoursBefore: z.number().int().nonnegative(),
  refundPercent: z.number().int().min(0).max(100),
});

export const refundTiersSchema = z.array(refundTierSchema).max(10);

const clockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Use HH:MM between 00:00 and 24:00');

const openingInterval = z
  .tuple([clockTime, clockTime])
  .refine(([open, close]) => open < close, { message: 'Closing time must be after opening time' });

/** ISO weekday ("1" = Monday .. "7" = Sunday) → [["09:00","18:00"], ...]; a missing day is closed. */
export const openingHoursSchema = z.partialRecord(z.enum(['1', '2', '3', '4', '5', '6', '7']), z.array(openingInterval).max(6));

export type Fee = z.infer<typeof feeSchema>;
export type RefundTier = z.infer<typeof refundTierSchema>;
export type OpeningHours = z.infer<typeof openingHoursSchema>;
