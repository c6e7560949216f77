import '@/lib/validation/zod-config';
import { z } from 'zod';
import { isRealLocalDate } from '@/lib/validation/fields';
import { ERROR_CODES } from './problem';

// The shapes /api/v1 speaks, as zod schemas: they validate requests, type the handlers' answers
// and are the OpenAPI document's components (one source). snake_case fields, money in integer
// minor units with a currency, instants as RFC 3339 in UTC beside the listing's IANA time zone.

export const uuid = z.uuid().meta({ example: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60' });
export const instant = z.iso.datetime({ offset: true }).meta({ description: 'RFC 3339 instant (answers are in UTC, with Z).', example: '2031-01-06T09:00:00Z' });
export const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD').refine(isRealLocalDate, 'No such date').meta({ description: 'A calendar date in the listing’s time zone.', example: '2031-01-06' });
const timeZone = z.string().meta({ description: 'IANA time zone of the listing.', example: 'Europe/London' });

export const Money = z.object({ amount: z.int().meta({ description: 'Integer minor units (cents).', example: 2000 }), currency: z.string().length(3).meta({ example: 'GBP' }) }).meta({ id: 'Money' });

export const Problem = z
  .object({
    type: z.string().meta({ example: '/docs/api#error-slot_unavailable' }),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    code: z.enum(Object.keys(ERROR_CODES) as [keyof typeof ERROR_CODES, ...Array<keyof typeof ERROR_CODES>]),
    param: z.string().optional(),
    errors: z.array(z.object({ param: z.string(), detail: z.string() })).optional(),
    known_versions: z.array(z.string()).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details with a stable machine `code`.' });

export const page = <T extends z.ZodType>(item: T, id: string) =>
  z
    .object({
      data: z.array(item),
      has_more: z.boolean(),
      next_cursor: z.string().nullable().meta({ description: 'Pass as `cursor` to get the next page; null on the last page.' }),
    })
    .meta({ id });

export const paginationQuery = {
  limit: z.coerce.number().int().min(1).max(100).default(20).meta({ description: '1–100, default 20.' }),
  cursor: z.string().max(500).optional().meta({ description: 'The `next_cursor` of the previous page.' }),
};

export const ListingKind = z.enum(['rental', 'session', 'appointment']).meta({ id: 'ListingKind' });

export const ListingCard = z
  .object({
    id: uuid,
    slug: z.string(),
    vendor: z.object({ slug: z.string(), name: z.string() }),
    title: z.string(),
    summary: z.string().nullable(),
    kind: ListingKind,
    city: z.string().nullable(),
    price: Money,
    pricing_unit: z.string().meta({ example: 'DAY' }),
    booking_mode: z.enum(['instant', 'request']),
    rating: z.object({ average: z.number(), count: z.int() }),
    image_url: z.string().nullable(),
    distance_km: z.number().nullable(),
    available_units: z.int().nullable().meta({ description: 'With from/to dates: how many units are free.' }),
  })
  .meta({ id: 'ListingCard' });

export const Listing = z
  .object({
    id: uuid,
    slug: z.string(),
    vendor: z.object({ id: uuid, slug: z.string(), name: z.string() }),
    title: z.string(),
    summary: z.string().nullable(),
    description: z.string(),
    kind: ListingKind,
    category: z.object({ slug: z.string(), name: z.string() }),
    time_zone: timeZone,
    city: z.string().nullable(),
    address: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    price: Money,
    pricing_unit: z.string(),
    booking_mode: z.enum(['instant', 'request']),
    payment_mode: z.string(),
    duration_minutes: z.int().nullable(),
    min_duration_minutes: z.int().nullable(),
    max_duration_minutes: z.int().nullable(),
    lead_time_minutes: z.int(),
    max_advance_days: z.int(),
    max_quantity_per_booking: z.int(),
    free_cancellation_hours: z.int().nullable(),
    rating: z.object({ average: z.number(), count: z.int() }),
    images: z.array(z.object({ url: z.string(), alt: z.string().nullable() })),
    staff: z.array(z.object({ id: uuid, name: z.string() })),
    attributes: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'Listing' });

export const Vendor = z
  .object({
    id: uuid,
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    city: z.string().nullable(),
    country: z.string().nullable(),
    time_zone: timeZone,
    logo_url: z.string().nullable(),
    rating: z.object({ average: z.number(), count: z.int() }),
    listings: z.array(ListingCard),
  })
  .meta({ id: 'Vendor' });

const unavailableReason = z.enum(['booked', 'held', 'unit_inactive', 'sold_out', 'cancelled', 'lead_time', 'started']);

export const Availability = z
  .object({
    listing_id: uuid,
    kind: ListingKind,
    time_zone: timeZone,
    from: localDate,
    to: localDate,
    bookable_from: instant.meta({ description: 'Nothing starting earlier can be booked (lead time).' }),
    bookable_until: instant.meta({ description: 'Nothing starting later can be booked (booking window).' }),
    units: z
      .array(
        z.object({
          id: uuid,
          code: z.string(),
          active: z.boolean(),
          unavailable: z.array(z.object({ start_at: instant, end_at: instant, reason: unavailableReason })),
        }),
      )
      .optional()
      .meta({ description: 'Rentals: each unit and the times it cannot be booked, with the reason.' }),
    sessions: z
      .array(
        z.object({
          id: uuid,
          start_at: instant,
          end_at: instant,
          seats_left: z.int(),
          bookable: z.boolean(),
          reason: unavailableReason.nullable().meta({ description: 'Why it cannot be booked (null when it can).' }),
        }),
      )
      .optional(),
    slots: z
      .array(z.object({ start_at: instant, end_at: instant, staff_ids: z.array(uuid) }))
      .optional()
      .meta({ description: 'Appointments: the free slots (any time not listed is taken, outside working hours, or too soon).' }),
    days: z
      .array(
        z.object({
          date: localDate,
          free_slots: z.int(),
          reason: z
            .enum(['past', 'beyond_booking_window', 'no_staff', 'closed', 'lead_time', 'time_off', 'fully_booked'])
            .nullable()
            .meta({ description: 'Why the day has no free slot (null when it has some): `closed` nobody works that day, `time_off` everyone working is off, `fully_booked` the working time is taken, `lead_time` too soon to book, `past`, `beyond_booking_window`, `no_staff` the service has no active staff.' }),
        }),
      )
      .optional()
      .meta({ description: 'Appointments: each local date asked for, with its number of free slots and, when it has none, why.' }),
  })
  .meta({ id: 'Availability' });

export const LineItem = z.object({ code: z.string(), label: z.string(), quantity: z.number(), unit_amount: z.int(), amount: z.int() });

export const Quote = z
  .object({
    currency: z.string().length(3),
    line_items: z.array(LineItem),
    subtotal: z.int(),
    fees_total: z.int(),
    discount_total: z.int(),
    tax_total: z.int(),
    total: z.int(),
    deposit_due: z.int(),
    balance_due: z.int(),
    time_zone: timeZone,
    promo_code: z.string().nullable().meta({ description: 'The promo code applied, if any.' }),
  })
  .meta({ id: 'Quote', description: 'A price snapshot: amounts in minor units of `currency`; line items add up to `total`.' });

export const BookingStatus = z.enum(['requested', 'awaiting_payment', 'confirmed', 'checked_in', 'completed', 'cancelled', 'declined', 'expired']).meta({ id: 'BookingStatus' });

export const Booking = z
  .object({
    id: uuid,
    reference: z.string().meta({ example: 'BK-7F3K2Q' }),
    status: BookingStatus,
    listing: z.object({ id: uuid, slug: z.string(), title: z.string(), kind: ListingKind }),
    vendor: z.object({ id: uuid, slug: z.string(), name: z.string() }),
    start_at: instant,
    end_at: instant,
    time_zone: timeZone,
    quantity: z.int(),
    contact: z.object({ name: z.string(), email: z.string(), phone: z.string().nullable() }),
    notes: z.string().nullable(),
    price: Quote,
    total: Money,
    paid: Money,
    refunded: Money,
    hold_expires_at: instant.nullable().meta({ description: 'A requested or unpaid booking holds its time until then.' }),
    next_step: z.enum(['pay', 'await_approval', 'none']).meta({ description: 'What the customer does next.' }),
    cancel_reason: z.string().nullable(),
    source: z.string(),
    created_at: instant,
    updated_at: instant,
  })
  .meta({ id: 'Booking' });

export const Me = z
  .object({
    id: uuid,
    email: z.string(),
    name: z.string(),
    phone: z.string().nullable(),
    roles: z.array(z.enum(['customer', 'operator', 'business_owner', 'business_staff'])),
    businesses: z.array(z.object({ id: uuid, slug: z.string(), name: z.string(), role: z.enum(['owner', 'staff']), status: z.string() })),
  })
  .meta({ id: 'Me' });

export const TokenPair = z
  .object({
    token_type: z.literal('Bearer'),
    access_token: z.string(),
    expires_in: z.int().meta({ example: 900 }),
    refresh_token: z.string(),
  })
  .meta({ id: 'TokenPair' });

export const BusinessListing = Listing.extend({ status: z.enum(['draft', 'published', 'unpublished', 'archived']) }).meta({ id: 'BusinessListing' });

export const Payment = z
  .object({
    id: uuid,
    booking_id: uuid,
    booking_reference: z.string().meta({ example: 'BK-7F3K2Q' }),
    kind: z.enum(['charge', 'refund']),
    status: z.enum(['pending', 'succeeded', 'failed', 'cancelled']),
    amount: Money,
    provider: z.enum(['stripe', 'test', 'manual']).meta({ description: '`test`: the built-in test checkout (no real money); `manual`: a transfer or cash verified by a person.' }),
    reason: z.string().nullable(),
    created_at: instant,
  })
  .meta({ id: 'Payment', description: 'Money received for a booking (a charge) or given back (a refund).' });

export const Review = z
  .object({
    id: uuid,
    booking_id: uuid,
    listing_id: uuid,
    rating: z.int().min(1).max(5),
    comment: z.string(),
    author_name: z.string().nullable(),
    created_at: instant,
  })
  .meta({ id: 'Review' });
