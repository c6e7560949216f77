import type { Range } from './inventory';
import { holdMinutesFor } from '@/lib/domain/listing-rules';
import { lengthDiscountsSchema, type PromoTerms } from '@/lib/domain/discounts';
import { feesSchema } from '@/lib/domain/listing-json';
import { quoteBooking, type PriceSnapshot } from '@/lib/domain/quote';
import type { Listing } from '@/lib/generated/prisma/client';

// A listing's terms as the booking services apply them: its price for a range, and its hold length
// with the deployment's default (BOOKING_HOLD_MINUTES).

/** The price snapshot of booking `quantity` of the listing over `range` (at `unitPrice`, e.g. a session's own price). */
export function quoteListing(listing: Listing, timeZone: string, range: Range, quantity: number, unitPrice = listing.priceAmount, promo: PromoTerms | null = null): PriceSnapshot {
  return quoteBooking({
    kind: listing.kind,
    pricingUnit: listing.pricingUnit,
    unitPrice,
    currency: listing.currency,
    timeZone,
    startAt: range.startAt,
    endAt: range.endAt,
    quantity,
    fees: feesSchema.parse(listing.fees),
    taxRateBps: listing.taxRateBps,
    depositType: listing.depositType,
    depositValue: listing.depositValue,
    paymentMode: listing.paymentMode,
    lengthDiscounts: lengthDiscountsSchema.catch([]).parse(listing.lengthDiscounts),
    promo,
  });
}

/** Minutes an unpaid or unanswered hold on this listing lasts. */
export function holdMinutes(listing: Pick<Listing, 'holdMinutes' | 'paymentMode'> & { vendor: { manualPaymentHoldMinutes: number } }): number {
  return holdMinutesFor(listing, Number(process.env.BOOKING_HOLD_MINUTES) || undefined, listing.vendor.manualPaymentHoldMinutes);
}
