// Rules about a listing itself, each written once: the zone its times are in, whether customers can
// book it, and how long an unpaid or unanswered hold lasts.
import type { ListingStatus, PaymentMode, VendorStatus } from '@/lib/generated/prisma/enums';

/** A listing's times are wall-clock times in its own zone, else its business's zone. */
export function listingTimeZone(listing: { timeZone: string | null; vendor: { timeZone: string } }): string {
  return listing.timeZone ?? listing.vendor.timeZone;
}

/** Customers can book (and see) a listing only while it is published by an active business. */
export function isBookable(listing: { status: ListingStatus; vendor: { status: VendorStatus } }): boolean {
  return listing.status === 'PUBLISHED' && listing.vendor.status === 'ACTIVE';
}

/** The hold an instant booking gets when nothing else is set (BOOKING_HOLD_MINUTES overrides it). */
export const DEFAULT_HOLD_MINUTES = 30;
/** A bank transfer's hold when the business sets none: short, so an unpaid seat is not kept for days. */
export const DEFAULT_MANUAL_PAYMENT_HOLD_MINUTES = 30;

/**
 * How long an unpaid hold lasts: the listing's own setting, else for a manual payment the
 * business's (manualPaymentHoldMinutes), else the deployment's default.
 */
export function holdMinutesFor(
  listing: { holdMinutes: number | null; paymentMode: PaymentMode },
  defaultHoldMinutes = DEFAULT_HOLD_MINUTES,
  manualHoldMinutes = DEFAULT_MANUAL_PAYMENT_HOLD_MINUTES,
): number {
  if (listing.holdMinutes) return listing.holdMinutes;
  return listing.paymentMode === 'MANUAL' ? manualHoldMinutes : defaultHoldMinutes;
}
