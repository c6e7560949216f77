import type { z } from 'zod';
import type { ListingCardData } from '@/lib/catalog/queries';
import type { PriceSnapshot } from '@/lib/domain/quote';
import type { Booking as BookingRow, Listing as ListingRow, Payment as PaymentRow, Review as ReviewRow } from '@/lib/generated/prisma/client';
import type { Booking, BusinessListing, Listing, ListingCard, Payment, Quote, Review } from './schemas';

// Database rows → the API's snake_case shapes (typed by the schemas' input types).

export const iso = (date: Date) => date.toISOString();
const lower = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;
const rating = (avg: { toString(): string } | number, count: number) => ({ average: Number(avg), count });

export function listingCardJson(card: ListingCardData & { distanceKm?: number | null; available?: number | null }): z.input<typeof ListingCard> {
  return {
    id: card.id,
    slug: card.slug,
    vendor: { slug: card.vendor.slug, name: card.vendor.name },
    title: card.title,
    summary: card.summary || null,
    kind: lower(card.kind),
    city: card.city,
    price: { amount: card.priceAmount, currency: card.currency },
    pricing_unit: card.pricingUnit,
    booking_mode: card.bookingMode === 'INSTANT' ? 'instant' : 'request',
    rating: rating(card.ratingAvg, card.ratingCount),
    image_url: card.images[0]?.url ?? null,
    distance_km: card.distanceKm ?? null,
    available_units: card.available ?? null,
  };
}

type ListingDetail = ListingRow & {
  vendor: { id: string; slug: string; name: string; timeZone: string };
  category: { slug: string; name: string };
  images: Array<{ url: string; alt: string | null }>;
  staff: Array<{ staff: { id: string; name: string } }>;
};

export function listingJson(listing: ListingDetail): z.input<typeof Listing> {
  return {
    id: listing.id,
    slug: listing.slug,
    vendor: { id: listing.vendor.id, slug: listing.vendor.slug, name: listing.vendor.name },
    title: listing.title,
    summary: listing.summary || null,
    description: listing.description,
    kind: lower(listing.kind),
    category: { slug: listing.category.slug, name: listing.category.name },
    time_zone: listing.timeZone ?? listing.vendor.timeZone,
    city: listing.city,
    address: listing.address,
    latitude: listing.latitude,
    longitude: listing.longitude,
    price: { amount: listing.priceAmount, currency: listing.currency },
    pricing_unit: listing.pricingUnit,
    booking_mode: listing.bookingMode === 'INSTANT' ? 'instant' : 'request',
    payment_mode: listing.paymentMode,
    duration_minutes: listing.durationMinutes,
    min_duration_minutes: listing.minDurationMinutes,
    max_duration_minutes: listing.maxDurationMinutes,
    lead_time_minutes: listing.leadTimeMinutes,
    max_advance_days: listing.maxAdvanceDays,
    max_quantity_per_booking: listing.maxQuantityPerBooking,
    free_cancellation_hours: listing.freeCancellationHours,
    rating: rating(listing.ratingAvg, listing.ratingCount),
    images: listing.images.map((image) => ({ url: image.url, alt: image.alt })),
    staff: listing.staff.map(({ staff }) => ({ id: staff.id, name: staff.name })),
    attributes: (listing.attributes ?? {}) as Record<string, unknown>,
  };
}

export function quoteJson(quote: PriceSnapshot): z.input<typeof Quote> {
  return {
    currency: quote.currency,
    line_items: quote.lineItems.map((item) => ({ code: item.code, label: item.label, quantity: item.quantity, unit_amount: item.unitAmount, amount: item.amount })),
    subtotal: quote.subtotal,
    fees_total: quote.feesTotal,
    discount_total: quote.discountTotal,
    tax_total: quote.taxTotal,
    total: quote.total,
    deposit_due: quote.depositDue,
    balance_due: quote.balanceDue,
    time_zone: quote.timeZone,
    promo_code: quote.promoCode ?? null,
  };
}

export type BookingWithListing = BookingRow & {
  listing: { id: string; slug: string; title: string; kind: ListingRow['kind']; paymentMode: ListingRow['paymentMode'] };
  vendor: { id: string; slug: string; name: string };
};

export const bookingInclude = {
  listing: { select: { id: true, slug: true, title: true, kind: true, paymentMode: true } },
  vendor: { select: { id: true, slug: true, name: true } },
} as const;

export function bookingJson(booking: BookingWithListing): z.input<typeof Booking> {
  const money = (amount: number) => ({ amount, currency: booking.currency });
  return {
    id: booking.id,
    reference: booking.reference,
    status: lower(booking.status),
    listing: { id: booking.listing.id, slug: booking.listing.slug, title: booking.listing.title, kind: lower(booking.listing.kind) },
    vendor: booking.vendor,
    start_at: iso(booking.startAt),
    end_at: iso(booking.endAt),
    time_zone: booking.timeZone,
    quantity: booking.quantity,
    contact: { name: booking.contactName, email: booking.contactEmail, phone: booking.contactPhone },
    notes: booking.notes,
    price: quoteJson(booking.priceSnapshot as unknown as PriceSnapshot),
    total: money(booking.totalAmount),
    paid: money(booking.paidAmount),
    refunded: money(booking.refundedAmount),
    hold_expires_at: booking.holdExpiresAt ? iso(booking.holdExpiresAt) : null,
    next_step: booking.status === 'AWAITING_PAYMENT' ? 'pay' : booking.status === 'REQUESTED' ? 'await_approval' : 'none',
    cancel_reason: booking.cancelReason,
    source: booking.source,
    created_at: iso(booking.createdAt),
    updated_at: iso(booking.updatedAt),
  };
}

/** What a business sees of its own listing: the public shape and its status. */
export const businessListingInclude = {
  vendor: { select: { id: true, slug: true, name: true, timeZone: true } },
  category: { select: { slug: true, name: true } },
  images: { orderBy: { position: 'asc' }, select: { url: true, alt: true } },
  staff: { select: { staff: { select: { id: true, name: true } } } },
} as const;

export function businessListingJson(listing: ListingDetail): z.input<typeof BusinessListing> {
  return { ...listingJson(listing), status: lower(listing.status) };
}

export function paymentJson(payment: PaymentRow, booking: { reference: string }): z.input<typeof Payment> {
  return {
    id: payment.id,
    booking_id: payment.bookingId,
    booking_reference: booking.reference,
    kind: lower(payment.kind),
    status: lower(payment.status),
    amount: { amount: payment.amount, currency: payment.currency },
    provider: lower(payment.provider),
    reason: payment.reason,
    created_at: iso(payment.createdAt),
  };
}

export function reviewJson(review: ReviewRow & { author: { name: string } | null }): z.input<typeof Review> {
  return {
    id: review.id,
    booking_id: review.bookingId,
    listing_id: review.listingId,
    rating: review.rating,
    comment: review.comment,
    author_name: review.author?.name ?? null,
    created_at: iso(review.createdAt),
  };
}
