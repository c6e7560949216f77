// The listing form's input (create and edit), shared by the form (react-hook-form + zodResolver)
// and the server actions. Money is entered in major units ("12.50"); the services convert it to
// minor units with the listing's currency.
import { z } from 'zod';
import { slugSchema } from '@/lib/auth/schemas';
import { isValidTimeZone } from '@/lib/domain/time';
import { blankToUndefined, clockTime, id, majorAmount, optionalCountryCode, optionalText, optionalWholeNumber, wholeNumber } from '@/lib/validation/fields';

export const LISTING_KINDS = ['RENTAL', 'SESSION', 'APPOINTMENT'] as const;
export const PRICING_UNITS = ['HOUR', 'DAY', 'NIGHT', 'WEEK', 'MONTH', 'SEAT', 'FIXED'] as const;
export const PAYMENT_MODES = ['NONE', 'ONLINE_FULL', 'ONLINE_DEPOSIT', 'MANUAL'] as const;
export const DEPOSIT_TYPES = ['NONE', 'PERCENT', 'FIXED'] as const;
export const BOOKING_MODES = ['INSTANT', 'REQUEST'] as const;
export const FEE_PER = ['BOOKING', 'UNIT', 'DAY'] as const;

const feeInput = z.object({
  label: z.string().trim().min(1, 'Name the fee').max(120),
  amount: majorAmount('The fee'),
  per: z.enum(FEE_PER),
});

/** "seats: 5" lines → { seats: 5 }; numbers and true/false keep their type, so search filters match. */
export function parseAttributes(text: string): Record<string, string | number | boolean> {
  const attributes: Record<string, string | number | boolean> = {};
  for (const line of text.split('\n')) {
    const index = line.indexOf(':');
    if (index <= 0) continue;
    const key = line.slice(0, index).trim();
    const raw = line.slice(index + 1).trim();
    if (!key || !raw) continue;
    attributes[key] = raw === 'true' ? true : raw === 'false' ? false : /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  }
  return attributes;
}

export function formatAttributes(attributes: unknown): string {
  if (!attributes || typeof attributes !== 'object' || Array.isArray(attributes)) return '';
  return Object.entries(attributes as Record<string, unknown>)
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join('\n');
}

/** "At least N hours before the start → P % back", one row of the refund steps after the free window. */
const refundTierInput = z.object({
  hoursBefore: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: 'Enter the hours' }).int('Use whole hours').min(0, 'Hours cannot be negative').max(24 * 365, 'At most 8760 hours (a year)'),
  ),
  refundPercent: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: 'Enter the refund' }).int('Use a whole percent').min(0, 'The refund is at least 0%').max(100, 'The refund is at most 100%'),
  ),
});

const openingRange = z
  // A time input cannot say 24:00: closing at 00:00 means at midnight, the end of the day.
  .object({ from: clockTime, to: clockTime.or(z.literal('24:00')).transform((to) => (to === '00:00' ? '24:00' : to)) })
  .refine(({ from, to }) => from < to, { message: 'Closing must be after opening', path: ['to'] });

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const closedWeek = () => WEEKDAYS.map(() => ({ open: false, ranges: [] as { from: string; to: string }[] }));

/** Rentals: always open, or weekly hours (index 0 = Monday), one or more ranges on open days. */
const openingHoursInput = z
  .object({
    limited: z.boolean().default(false),
    days: z.array(z.object({ open: z.boolean().default(false), ranges: z.array(openingRange).max(6, 'Use at most 6 ranges a day').default([]) })).length(7),
  })
  .superRefine((hours, ctx) => {
    if (!hours.limited) return;
    hours.days.forEach((day, index) => {
      if (!day.open) return;
      if (day.ranges.length === 0) ctx.addIssue({ code: 'custom', path: ['days', index, 'ranges'], message: `Add the hours for ${WEEKDAYS[index]} or mark it closed` });
      const sorted = [...day.ranges].sort((a, b) => a.from.localeCompare(b.from));
      if (sorted.some((range, i) => i > 0 && range.from < sorted[i - 1]!.to)) {
        ctx.addIssue({ code: 'custom', path: ['days', index, 'ranges'], message: `The hours on ${WEEKDAYS[index]} overlap` });
      }
    });
    if (hours.days.every((day) => !day.open)) ctx.addIssue({ code: 'custom', path: ['days'], message: 'Open on at least one day, or choose "Always open"' });
  });

const listingFields = z.object({
  categoryId: id().or(z.literal('')).refine((value) => value !== '', 'Choose a category'),
  title: z.string().trim().min(3, 'Use at least 3 characters').max(140),
  slug: slugSchema.or(z.literal('')).default(''), // empty: made from the title
  summary: z.string().trim().max(280).default(''),
  description: z.string().trim().max(10_000).default(''),
  address: optionalText(200),
  city: optionalText(120),
  country: optionalCountryCode,
  latitude: z.preprocess(blankToUndefined, z.coerce.number().min(-90).max(90).optional()),
  longitude: z.preprocess(blankToUndefined, z.coerce.number().min(-180).max(180).optional()),
  attributes: z
    .string()
    .max(4000)
    .default('')
    .refine((text) => text.split('\n').every((line) => !line.trim() || line.indexOf(':') > 0), 'Write one "name: value" per line'),

  pricingUnit: z.enum(PRICING_UNITS),
  price: majorAmount('The price'),
  fees: z.array(feeInput).max(20).default([]),
  taxRatePercent: z.coerce.number().min(0, 'Tax cannot be negative').max(100, 'Tax is at most 100%').default(0),
  depositType: z.enum(DEPOSIT_TYPES).default('NONE'),
  depositValue: majorAmount('The deposit').default(0),
  /** Length discounts: percent off the price from 7 and from 28 days (lib/domain/discounts.ts). */
  weeklyDiscountPercent: optionalWholeNumber('Weekly discount', 1, 90),
  monthlyDiscountPercent: optionalWholeNumber('Monthly discount', 1, 90),

  bookingMode: z.enum(BOOKING_MODES),
  paymentMode: z.enum(PAYMENT_MODES),
  holdMinutes: optionalWholeNumber('Hold minutes', 1, 7 * 24 * 60),
  freeCancellationHours: wholeNumber('Free cancellation hours', 0, 24 * 365).default(24),
  requestExpiryHours: wholeNumber('Request expiry', 1, 24 * 14).default(48),
  minDurationMinutes: optionalWholeNumber('Minimum duration', 1),
  maxDurationMinutes: optionalWholeNumber('Maximum duration', 1),
  leadTimeMinutes: wholeNumber('Lead time', 0).default(0),
  maxAdvanceDays: wholeNumber('Max advance', 1, 3650).default(365),
  maxQuantityPerBooking: wholeNumber('Max quantity', 1, 1000).default(1),
  durationMinutes: optionalWholeNumber('Duration', 1, 24 * 60),
  bufferBeforeMinutes: wholeNumber('Buffer before', 0, 24 * 60).default(0),
  bufferAfterMinutes: wholeNumber('Buffer after', 0, 24 * 60).default(0),
  slotIntervalMinutes: wholeNumber('Slot interval', 5, 24 * 60).default(30),

  refundTiers: z.array(refundTierInput).max(10, 'Use at most 10 refund steps').default([]),
  openingHours: openingHoursInput.default({ limited: false, days: closedWeek() }),
  timeZone: z
    .string()
    .trim()
    .refine((zone) => zone === '' || isValidTimeZone(zone), 'Choose a time zone from the list')
    .default(''), // empty: the business's zone
});

type ListingFields = z.output<typeof listingFields>;

/** Rules across fields; the same ones the database CHECKs enforce, with messages on the right field. */
function checkPolicy(data: ListingFields, ctx: z.RefinementCtx) {
  if (data.paymentMode === 'ONLINE_DEPOSIT' && (data.depositType === 'NONE' || data.depositValue <= 0)) {
    // On the field the vendor sees: the amount only shows once a deposit type is chosen.
    const path = data.depositType === 'NONE' ? 'depositType' : 'depositValue';
    ctx.addIssue({ code: 'custom', path: [path], message: 'A deposit payment needs a deposit above zero' });
  }
  if (data.depositType === 'PERCENT' && data.depositValue > 100) {
    ctx.addIssue({ code: 'custom', path: ['depositValue'], message: 'A percent deposit is at most 100' });
  }
  if (data.minDurationMinutes && data.maxDurationMinutes && data.maxDurationMinutes < data.minDurationMinutes) {
    ctx.addIssue({ code: 'custom', path: ['maxDurationMinutes'], message: 'The maximum must not be below the minimum' });
  }
  const seenHours = new Set<number>();
  data.refundTiers.forEach((tier, index) => {
    if (tier.hoursBefore >= data.freeCancellationHours) {
      ctx.addIssue({ code: 'custom', path: ['refundTiers', index, 'hoursBefore'], message: `Must be under the free-cancellation window (${data.freeCancellationHours} hours)` });
    } else if (seenHours.has(tier.hoursBefore)) {
      ctx.addIssue({ code: 'custom', path: ['refundTiers', index, 'hoursBefore'], message: 'Each step needs its own number of hours' });
    }
    seenHours.add(tier.hoursBefore);
  });
  if (Math.abs(data.taxRatePercent * 100 - Math.round(data.taxRatePercent * 100)) > 1e-6) {
    ctx.addIssue({ code: 'custom', path: ['taxRatePercent'], message: 'Use at most two decimals' });
  }
}

export const createListingSchema = listingFields.extend({ kind: z.enum(LISTING_KINDS) }).superRefine(checkPolicy);
export const updateListingSchema = listingFields.extend({ listingId: id() }).superRefine(checkPolicy);

export type CreateListingInput = z.output<typeof createListingSchema>;
export type UpdateListingInput = z.output<typeof updateListingSchema>;
export type ListingFormValues = z.input<typeof createListingSchema>;

export const listingStatusSchema = z.object({ listingId: id(), status: z.enum(['PUBLISHED', 'UNPUBLISHED', 'ARCHIVED']) });
export type ListingStatusInput = z.output<typeof listingStatusSchema>;
