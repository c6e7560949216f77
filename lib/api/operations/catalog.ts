import 'server-only';
import { z } from 'zod';
import { appointmentSlotsBetween, rentalUnitsBusy, sessionsBetween } from '@/lib/availability-queries/listing-availability';
import { publicListingWhere } from '@/lib/catalog/bookable-listings';
import { storefront } from '@/lib/catalog/queries';
import { searchFiltersSchema, searchListingsPage } from '@/lib/catalog/search';
import { catalogPrisma, prisma } from '@/lib/db/prisma';
import { listingTimeZone } from '@/lib/domain/listing-rules';
import { addDays, startOfLocalDay } from '@/lib/domain/time';
import { NotFound, ValidationFailed } from '@/lib/errors';
import { defineOperation } from '../operation';
import { Availability, Listing, ListingCard, localDate, page, paginationQuery, Vendor } from '../schemas';
import { iso, listingCardJson, listingJson } from '../serialize';

// The public catalog: what the web's search, listing and storefront pages show, from the same read models.

const MAX_AVAILABILITY_DAYS = 62;

const listingRef = z
  .string()
  .min(1)
  .max(200)
  .meta({ description: 'A listing id (UUID) or `vendor-slug/listing-slug` (encode the slash as %2F).', example: 'harbour-kayaks/sea-kayak' });

const listingDetailInclude = {
  vendor: { select: { id: true, slug: true, name: true, timeZone: true } },
  category: { select: { slug: true, name: true } },
  images: { orderBy: { position: 'asc' }, select: { url: true, alt: true } },
  staff: { where: { staff: { active: true } }, select: { staff: { select: { id: true, name: true } } } },
} as const;

/** Where a published listing of an active business is, by id or by `vendor-slug/listing-slug` (null: neither). */
function publicListingRef(ref: string) {
  const decoded = decodeURIComponent(ref);
  const slash = decoded.indexOf('/');
  const where = z.uuid().safeParse(decoded).success
    ? { id: decoded }
    : slash > 0
      ? { slug: decoded.slice(slash + 1), vendor: { slug: decoded.slice(0, slash), status: 'ACTIVE' as const } }
      : null;
  return where ? { ...publicListingWhere, ...where } : null;
}

/** A published listing of an active business, by id or by `vendor-slug/listing-slug`. */
async function findPublicListing(ref: string) {
  const where = publicListingRef(ref);
  const listing = where ? await catalogPrisma.listing.findFirst({ where, include: listingDetailInclude }) : null;
  if (!listing) throw new NotFound('This listing does not exist.');
  return listing;
}

const exampleCard = {
  id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60',
  slug: 'sea-kayak',
  vendor: { slug: 'harbour-kayaks', name: 'Harbour Kayaks' },
  title: 'Sea kayak',
  summary: 'A stable two-seater for the bay.',
  kind: 'rental' as const,
  city: 'Brighton',
  price: { amount: 4500, currency: 'GBP' },
  pricing_unit: 'DAY',
  booking_mode: 'instant' as const,
  rating: { average: 4.8, count: 12 },
  image_url: null,
  distance_km: null,
  available_units: 2,
};

const exampleListing = {
  id: exampleCard.id,
  slug: exampleCard.slug,
  title: exampleCard.title,
  summary: exampleCard.summary,
  kind: exampleCard.kind,
  city: exampleCard.city,
  price: exampleCard.price,
  pricing_unit: exampleCard.pricing_unit,
  booking_mode: exampleCard.booking_mode,
  rating: exampleCard.rating,
  vendor: { id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a61', slug: 'harbour-kayaks', name: 'Harbour Kayaks' },
  description: 'Paddles and life jackets included.',
  category: { slug: 'boats', name: 'Boats' },
  time_zone: 'Europe/London',
  address: '1 Harbour Road',
  latitude: 50.82,
  longitude: -0.14,
  payment_mode: 'ONLINE_FULL',
  duration_minutes: null,
  min_duration_minutes: 60,
  max_duration_minutes: null,
  lead_time_minutes: 60,
  max_advance_days: 365,
  max_quantity_per_booking: 2,
  free_cancellation_hours: 24,
  images: [],
  staff: [],
  attributes: { seats: 2 },
};

export const listListings = defineOperation({
  method: 'GET',
  path: '/listings',
  operationId: 'listListings',
  summary: 'Search the catalog',
  description: 'The web search’s filters. With `from` (and `to`) only listings with something free on those local dates are returned.',
  tag: 'Catalog',
  access: 'public',
  scope: 'read',
  catalog: true,
  query: z.object({
    q: z.string().max(100).optional(),
    kind: z.enum(['rental', 'session', 'appointment']).optional(),
    category: z.string().max(60).optional(),
    city: z.string().max(80).optional(),
    lat: z.coerce.number().min(-90).max(90).optional(),
    lng: z.coerce.number().min(-180).max(180).optional(),
    radius_km: z.coerce.number().positive().max(20_000).optional(),
    from: localDate.optional(),
    to: localDate.optional(),
    min_price: z.coerce.number().min(0).optional().meta({ description: 'In major units of the listing’s currency.' }),
    max_price: z.coerce.number().min(0).optional(),
    currency: z.string().regex(/^[A-Za-z]{3}$/).optional().meta({ description: 'The currency a price filter compares in (default EUR): listings in other currencies are left out, nothing is converted.' }),
    per: z.enum(['hour', 'day', 'night', 'week', 'month', 'seat', 'fixed']).optional().meta({ description: 'Compare prices per this unit only.' }),
    instant: z.enum(['true', 'false']).optional(),
    sort: z.enum(['relevance', 'price_asc', 'price_desc', 'rating', 'distance', 'newest']).optional(),
    ...paginationQuery,
  }),
  response: { status: 200, schema: page(ListingCard, 'ListingPage'), description: 'A page of listings.', example: { data: [exampleCard], has_more: false, next_cursor: null } },
  errors: ['validation_failed'],
  handler: async ({ query }) => {
    const filters = searchFiltersSchema.parse({
      q: query.q,
      kind: query.kind?.toUpperCase(),
      category: query.category,
      city: query.city,
      lat: query.lat,
      lng: query.lng,
      radius: query.radius_km,
      from: query.from,
      to: query.to,
      minPrice: query.min_price,
      maxPrice: query.max_price,
      currency: query.currency,
      per: query.per,
      instant: query.instant === 'true' ? 'true' : undefined,
      sort: query.sort,
    });
    const result = await searchListingsPage(catalogPrisma, filters, { limit: query.limit, cursor: query.cursor });
    return { data: result.items.map(listingCardJson), has_more: result.hasMore, next_cursor: result.nextCursor };
  },
});

export const getListing = defineOperation({
  method: 'GET',
  path: '/listings/{id}',
  operationId: 'getListing',
  summary: 'Get a listing',
  tag: 'Catalog',
  access: 'public',
  scope: 'read',
  catalog: true,
  params: z.object({ id: listingRef }),
  response: { status: 200, schema: Listing, description: 'The listing.', example: exampleListing },
  errors: ['not_found'],
  handler: async ({ params }) => listingJson(await findPublicListing(params.id)),
});

export const getListingAvailability = defineOperation({
  method: 'GET',
  path: '/listings/{id}/availability',
  operationId: 'getListingAvailability',
  summary: 'What can be booked between two dates',
  description:
    'Local dates in the listing’s time zone, at most 62 days. Rentals: each unit with the times it is taken and why; sessions: each session with seats left or why it cannot be booked; appointments: the free slots, and for each day without any the reason (closed, time off, fully booked, too soon, past, beyond the booking window).',
  tag: 'Catalog',
  access: 'public',
  scope: 'read',
  catalog: true,
  params: z.object({ id: listingRef }),
  query: z.object({ from: localDate, to: localDate }),
  response: {
    status: 200,
    schema: Availability,
    description: 'Availability in the listing’s zone.',
    example: {
      listing_id: exampleCard.id,
      kind: 'rental',
      time_zone: 'Europe/London',
      from: '2031-01-06',
      to: '2031-01-07',
      bookable_from: '2031-01-06T09:00:00.000Z',
      bookable_until: '2032-01-06T08:00:00.000Z',
      units: [{ id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a62', code: 'K1', active: true, unavailable: [{ start_at: '2031-01-06T10:00:00.000Z', end_at: '2031-01-06T14:00:00.000Z', reason: 'booked' }] }],
    },
  },
  errors: ['not_found', 'validation_failed'],
  handler: async ({ params, query }) => {
    // Only the zone is needed here: not the images, category and staff of the listing's page.
    const where = publicListingRef(params.id);
    const listing = where ? await prisma.listing.findFirst({ where, include: { vendor: { select: { timeZone: true } } } }) : null;
    if (!listing) throw new NotFound('This listing does not exist.');
    if (query.to < query.from) throw new ValidationFailed('`to` must not be before `from`.', { to: ['Must not be before from'] });
    const zone = listingTimeZone(listing);
    const from = startOfLocalDay(query.from, zone);
    const to = startOfLocalDay(addDays(query.to, 1), zone);
    if (to.getTime() - from.getTime() > MAX_AVAILABILITY_DAYS * 86_400_000 + 7_200_000) {
      throw new ValidationFailed(`Ask for at most ${MAX_AVAILABILITY_DAYS} days at a time.`, { to: [`At most ${MAX_AVAILABILITY_DAYS} days after from`] });
    }
    const now = new Date();
    const base = {
      listing_id: listing.id,
      kind: listing.kind.toLowerCase() as 'rental' | 'session' | 'appointment',
      time_zone: zone,
      from: query.from,
      to: query.to,
      bookable_from: iso(new Date(now.getTime() + listing.leadTimeMinutes * 60_000)),
      bookable_until: iso(new Date(now.getTime() + listing.maxAdvanceDays * 86_400_000)),
    };
    if (listing.kind === 'RENTAL') {
      const units = await rentalUnitsBusy(prisma, listing.id, from, to, now);
      return {
        ...base,
        units: units.map((unit) => ({
          id: unit.id,
          code: unit.code,
          active: unit.active,
          unavailable: unit.active
            ? unit.busy.map((b) => ({ start_at: iso(b.startAt), end_at: iso(b.endAt), reason: b.held ? ('held' as const) : ('booked' as const) }))
            : [{ start_at: iso(from), end_at: iso(to), reason: 'unit_inactive' as const }],
        })),
      };
    }
    if (listing.kind === 'SESSION') {
      const { sessions } = await sessionsBetween(prisma, listing.id, from, to, now, listing);
      const statuses = new Map((await prisma.listingSession.findMany({ where: { id: { in: sessions.map((s) => s.id) } }, select: { id: true, status: true } })).map((s) => [s.id, s.status]));
      return {
        ...base,
        sessions: sessions.map((s) => ({
          id: s.id,
          start_at: iso(s.startAt),
          end_at: iso(s.endAt),
          seats_left: s.seatsLeft,
          bookable: s.bookable,
          reason: s.bookable ? null : statuses.get(s.id) !== 'SCHEDULED' ? ('cancelled' as const) : s.soldOut ? ('sold_out' as const) : s.startAt <= now ? ('started' as const) : ('lead_time' as const),
        })),
      };
    }
    const { slots, days } = await appointmentSlotsBetween(prisma, listing.id, query.from, query.to, { now, listing });
    return {
      ...base,
      slots: slots.map((s) => ({ start_at: iso(s.startAt), end_at: iso(s.endAt), staff_ids: s.staffIds })),
      days: days().map((d) => ({ date: d.date, free_slots: d.freeSlots, reason: d.reason })),
    };
  },
});

export const getVendor = defineOperation({
  method: 'GET',
  path: '/vendors/{slug}',
  operationId: 'getVendor',
  summary: 'A business’s storefront',
  tag: 'Catalog',
  access: 'public',
  scope: 'read',
  catalog: true,
  params: z.object({ slug: z.string().min(1).max(60).meta({ example: 'harbour-kayaks' }) }),
  response: {
    status: 200,
    schema: Vendor,
    description: 'The business and its published listings.',
    example: {
      id: exampleListing.vendor.id,
      slug: 'harbour-kayaks',
      name: 'Harbour Kayaks',
      description: 'Kayaks on the bay since 1999.',
      city: 'Brighton',
      country: 'GB',
      time_zone: 'Europe/London',
      logo_url: null,
      rating: { average: 4.8, count: 12 },
      listings: [exampleCard],
    },
  },
  errors: ['not_found'],
  handler: async ({ params }) => {
    const vendor = await storefront(params.slug);
    if (!vendor) throw new NotFound('This business does not exist.');
    return {
      id: vendor.id,
      slug: vendor.slug,
      name: vendor.name,
      description: vendor.description,
      city: vendor.city,
      country: vendor.country,
      time_zone: vendor.timeZone,
      logo_url: vendor.logoUrl,
      rating: { average: Number(vendor.ratingAvg), count: vendor.ratingCount },
      listings: vendor.listings.map(listingCardJson),
    };
  },
});

const ReviewItem = z
  .object({ id: z.uuid(), rating: z.int().min(1).max(5), comment: z.string(), author_name: z.string().nullable(), created_at: z.iso.datetime({ offset: true }) })
  .meta({ id: 'ListingReview' });

export const listListingReviews = defineOperation({
  method: 'GET',
  path: '/listings/{id}/reviews',
  operationId: 'listListingReviews',
  summary: 'A listing’s reviews, newest first',
  tag: 'Catalog',
  access: 'public',
  scope: 'read',
  catalog: true,
  params: z.object({ id: listingRef }),
  query: z.object({ ...paginationQuery }),
  response: {
    status: 200,
    schema: page(ReviewItem, 'ListingReviewPage'),
    description: 'A page of reviews.',
    example: { data: [{ id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a90', rating: 5, comment: 'Great kayak.', author_name: 'Cora', created_at: '2031-01-08T09:00:00.000Z' }], has_more: false, next_cursor: null },
  },
  errors: ['not_found', 'validation_failed'],
  handler: async ({ params, query }) => {
    const listing = await findPublicListing(params.id);
    if (query.cursor && !z.uuid().safeParse(query.cursor).success) throw new ValidationFailed('This cursor is not valid.', { cursor: ['Not a cursor of this list'] });
    // Ids are time-ordered (UUIDv7): "before this id" pages stay stable as reviews arrive.
    const rows = await catalogPrisma.review.findMany({
      where: { listingId: listing.id, ...(query.cursor ? { id: { lt: query.cursor } } : {}) },
      orderBy: { id: 'desc' },
      take: query.limit + 1,
      include: { author: { select: { name: true } } },
    });
    const shown = rows.slice(0, query.limit);
    return {
      data: shown.map((r) => ({ id: r.id, rating: r.rating, comment: r.comment, author_name: r.author?.name ?? null, created_at: iso(r.createdAt) })),
      has_more: rows.length > query.limit,
      next_cursor: rows.length > query.limit ? shown.at(-1)!.id : null,
    };
  },
});
