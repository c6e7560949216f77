// Form input (major units, percent, attribute lines) → Listing columns (minor units, basis points, JSON).
import { lengthDiscountsSchema } from '@/lib/domain/discounts';
import { feesSchema, openingHoursSchema, refundTiersSchema, type OpeningHours } from '@/lib/domain/listing-json';

import { toMajorUnits, toMinorUnits } from '@/lib/domain/money';
import { Prisma, type Listing } from '@/lib/generated/prisma/client';
import { slugSchema, slugify } from '@/lib/auth/schemas';
import { ValidationFailed } from '@/lib/errors';
import { formatAttributes, parseAttributes, WEEKDAYS, type CreateListingInput, type ListingFormValues } from './listing-schemas';

// The listing form offers the two usual length discounts: weekly (7+ days) and monthly (28+ days).
const WEEK_DAYS = 7;
const MONTH_DAYS = 28;
const lengthTier = (stored: unknown, minDays: number) => lengthDiscountsSchema.catch([]).parse(stored).find((t) => t.minDays === minDays)?.percent ?? null;

type ListingFields = Omit<CreateListingInput, 'kind'>;
type OpeningHoursForm = ListingFields['openingHours'];

/** The form's week (index 0 = Monday) → { "1": [["09:00","18:00"]], ... }; always open → null. */
export function openingHoursColumn(form: OpeningHoursForm): OpeningHours | null {
  if (!form.limited) return null;
  const week: Record<string, [string, string][]> = {};
  form.days.forEach((day, index) => {
    if (day.open && day.ranges.length > 0) {
      week[String(index + 1)] = [...day.ranges].sort((a, b) => a.from.localeCompare(b.from)).map((range) => [range.from, range.to]);
    }
  });
  return openingHoursSchema.parse(week);
}

function openingHoursForm(stored: unknown): ListingFormValues['openingHours'] {
  const hours = stored === null || stored === undefined ? null : openingHoursSchema.safeParse(stored);
  const week = hours?.success ? hours.data : null;
  return {
    limited: week !== null,
    days: WEEKDAYS.map((_, index) => {
      const ranges = week?.[String(index + 1) as keyof OpeningHours] ?? [];
      return { open: ranges.length > 0, ranges: ranges.map(([from, to]) => ({ from, to: to === '24:00' ? '00:00' : to })) };
    }),
  };
}

/** The zones a listing can use, the business's first ("Same as business"), for the form's select. */
export function listingZoneOptions(businessZone: string, current?: string | null) {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  if (current) zones.add(current);
  return { business: businessZone, zones: [...zones].sort() };
}

/** The listing's address: the one given, or one made from the title. */
function listingSlug(input: ListingFields): string {
  const slug = slugSchema.safeParse(input.slug || slugify(input.title));
  if (!slug.success) throw new ValidationFailed('Choose an address for the listing.', { slug: [slug.error.issues[0]?.message ?? 'Choose an address'] });
  return slug.data;
}

export function listingColumns(input: ListingFields, currency: string) {
  const fees = feesSchema.parse(
    input.fees.map((fee, index) => ({
      code: slugify(fee.label) || `fee-${index + 1}`,
      label: fee.label,
      amount: toMinorUnits(fee.amount, currency),
      per: fee.per,
    })),
  );
  return {
    categoryId: input.categoryId,
    title: input.title,
    slug: listingSlug(input),
    summary: input.summary,
    description: input.description,
    address: input.address ?? null,
    city: input.city ?? null,
    country: input.country ?? null,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    attributes: parseAttributes(input.attributes),
    currency,
    pricingUnit: input.pricingUnit,
    priceAmount: toMinorUnits(input.price, currency),
    fees,
    taxRateBps: Math.round(input.taxRatePercent * 100),
    lengthDiscounts: lengthDiscountsSchema.parse([
      ...(input.weeklyDiscountPercent ? [{ minDays: WEEK_DAYS, percent: input.weeklyDiscountPercent }] : []),
      ...(input.monthlyDiscountPercent ? [{ minDays: MONTH_DAYS, percent: input.monthlyDiscountPercent }] : []),
    ]),
    depositType: input.depositType,
    depositValue: input.depositType === 'NONE' ? 0 : input.depositType === 'PERCENT' ? Math.round(input.depositValue) : toMinorUnits(input.depositValue, currency),
    bookingMode: input.bookingMode,
    paymentMode: input.paymentMode,
    holdMinutes: input.holdMinutes ?? null,
    freeCancellationHours: input.freeCancellationHours,
    requestExpiryHours: input.requestExpiryHours,
    minDurationMinutes: input.minDurationMinutes ?? null,
    maxDurationMinutes: input.maxDurationMinutes ?? null,
    leadTimeMinutes: input.leadTimeMinutes,
    maxAdvanceDays: input.maxAdvanceDays,
    maxQuantityPerBooking: input.maxQuantityPerBooking,
    durationMinutes: input.durationMinutes ?? null,
    bufferBeforeMinutes: input.bufferBeforeMinutes,
    bufferAfterMinutes: input.bufferAfterMinutes,
    slotIntervalMinutes: input.slotIntervalMinutes,
    // Sorted from the earliest step; the schema already refused steps inside the free window.
    refundTiers: refundTiersSchema.parse([...input.refundTiers].sort((a, b) => b.hoursBefore - a.hoursBefore)),
    // Only rentals read it; their form is the only one that sets it. SQL NULL = always open.
    openingHours: openingHoursColumn(input.openingHours) ?? Prisma.DbNull,
    timeZone: input.timeZone || null,
  };
}

/** A stored listing → the form's values (major units, percent), for the edit page. */
export function listingFormValues(listing: Listing): ListingFormValues {
  const major = (amount: number) => String(toMajorUnits(amount, listing.currency));
  const optional = (value: number | null) => (value === null ? '' : String(value));
  const fees = feesSchema.safeParse(listing.fees);
  return {
    kind: listing.kind,
    categoryId: listing.categoryId,
    title: listing.title,
    slug: listing.slug,
    summary: listing.summary,
    description: listing.description,
    address: listing.address ?? '',
    city: listing.city ?? '',
    country: listing.country ?? '',
    latitude: optional(listing.latitude),
    longitude: optional(listing.longitude),
    attributes: formatAttributes(listing.attributes),
    pricingUnit: listing.pricingUnit,
    price: major(listing.priceAmount),
    fees: (fees.success ? fees.data : []).map((fee) => ({ label: fee.label, amount: major(fee.amount), per: fee.per })),
    taxRatePercent: String(listing.taxRateBps / 100),
    weeklyDiscountPercent: optional(lengthTier(listing.lengthDiscounts, WEEK_DAYS)),
    monthlyDiscountPercent: optional(lengthTier(listing.lengthDiscounts, MONTH_DAYS)),
    depositType: listing.depositType,
    depositValue: listing.depositType === 'FIXED' ? major(listing.depositValue) : String(listing.depositValue),
    bookingMode: listing.bookingMode,
    paymentMode: listing.paymentMode,
    holdMinutes: optional(listing.holdMinutes),
    freeCancellationHours: String(listing.freeCancellationHours),
    requestExpiryHours: String(listing.requestExpiryHours),
    minDurationMinutes: optional(listing.minDurationMinutes),
    maxDurationMinutes: optional(listing.maxDurationMinutes),
    leadTimeMinutes: String(listing.leadTimeMinutes),
    maxAdvanceDays: String(listing.maxAdvanceDays),
    maxQuantityPerBooking: String(listing.maxQuantityPerBooking),
    durationMinutes: optional(listing.durationMinutes),
    bufferBeforeMinutes: String(listing.bufferBeforeMinutes),
    bufferAfterMinutes: String(listing.bufferAfterMinutes),
    slotIntervalMinutes: String(listing.slotIntervalMinutes),
    refundTiers: refundTiersSchema
      .catch([])
      .parse(listing.refundTiers)
      .map((tier) => ({ hoursBefore: String(tier.hoursBefore), refundPercent: String(tier.refundPercent) })),
    openingHours: openingHoursForm(listing.openingHours),
    timeZone: listing.timeZone ?? '',
  };
}
