import 'server-only';
import { z } from 'zod';
import { BOOKABLE_LISTING_SQL } from './bookable-listings';
import { availableListings } from '@/lib/availability-queries/available-listings';
import type { Db } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import { listingCardSelect, type ListingCardData } from './queries';

// Catalog search: every filter lives in the URL (shareable), parsed by this schema; the query is
// one SQL statement over the indexed columns, plus the availability read model for dates.

export const PAGE_SIZE = 12;
const SORTS = ['relevance', 'price_asc', 'price_desc', 'rating', 'distance', 'newest'] as const;

const blank = (v: unknown) => (v === '' || v === null ? undefined : v);
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional().catch(undefined));
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const searchFiltersSchema = z.object({
  q: opt(z.string().trim().max(100)),
  kind: opt(z.enum(['RENTAL', 'SESSION', 'APPOINTMENT'])),
  category: opt(z.string().max(60)),
  city: opt(z.string().trim().max(80)),
  lat: opt(z.coerce.number().min(-90).max(90)),
  lng: opt(z.coerce.number().min(-180).max(180)),
  radius: opt(z.coerce.number().positive().max(20_000)),
  from: opt(localDate),
  to: opt(localDate),
  minPrice: opt(z.coerce.number().min(0)),
  maxPrice: opt(z.coerce.number().min(0)),
  transmission: opt(z.enum(['automatic', 'manual'])),
  seats: opt(z.coerce.number().int().min(1).max(100)),
  instant: opt(z.enum(['1', 'true']).transform(() => true)),
  sort: opt(z.enum(SORTS)),
  page: opt(z.coerce.number().int().min(1).max(1000)),
});

export type SearchFilters = z.output<typeof searchFiltersSchema>;
export type SearchResult = {
  items: Array<ListingCardData & { distanceKm: number | null; available: number | null }>;
  total: number;
  page: number;
  pageCount: number;
  filters: SearchFilters;
};

/** Words to a prefix tsquery ("kay boat" → "kay:* & boat:*"), safe against tsquery syntax. */
function prefixQuery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.slice(0, 8).map((w) => `${w}:*`).join(' & ') : null;
}

export async function searchListings(db: Db, rawFilters: unknown, now = new Date()): Promise<SearchResult> {
  const filters = searchFiltersSchema.parse(rawFilters ?? {});
  const page = filters.page ?? 1;
  const conditions: Prisma.Sql[] = [BOOKABLE_LISTING_SQL];

  const tsquery = filters.q ? prefixQuery(filters.q) : null;
  if (tsquery) conditions.push(Prisma.sql`l."searchVector" @@ to_tsquery('simple', ${tsquery})`);
  if (filters.kind) conditions.push(Prisma.sql`l."kind" = ${filters.kind}::"ListingKind"`);
  if (filters.category) conditions.push(Prisma.sql`c."slug" = ${filters.category}`);
  if (filters.city) conditions.push(Prisma.sql`l."city" ILIKE ${filters.city}`);
  if (filters.instant) conditions.push(Prisma.sql`l."bookingMode" = 'INSTANT'`);
  if (filters.transmission) conditions.push(Prisma.sql`l."attributes" @> ${JSON.stringify({ transmission: filters.transmission })}::jsonb`);
  if (filters.seats) conditions.push(Prisma.sql`jsonb_typeof(l."attributes"->'seats') = 'number' AND (l."attributes"->>'seats')::numeric >= ${filters.seats}`);
  // Prices are entered in major units of each listing's own currency.
  const major = Prisma.sql`l."priceAmount"::numeric / power(10, CASE WHEN l."currency" IN ('JPY', 'KRW', 'VND', 'CLP', 'ISK') THEN 0 ELSE 2 END)`;
  if (filters.minPrice != null) conditions.push(Prisma.sql`${major} >= ${filters.minPrice}`);
  if (filters.maxPrice != null) conditions.push(Prisma.sql`${major} <= ${filters.maxPrice}`);

  const hasPoint = filters.lat != null && filters.lng != null;
  const distance = hasPoint
    ? Prisma.sql`(6371 * 2 * asin(sqrt(power(sin(radians(l."latitude" - ${filters.lat}) / 2), 2)
        + cos(radians(${filters.lat})) * cos(radians(l."latitude")) * power(sin(radians(l."longitude" - ${filters.lng}) / 2), 2))))`
    : Prisma.sql`NULL::float8`;
  if (hasPoint && filters.radius) conditions.push(Prisma.sql`l."latitude" IS NOT NULL AND ${distance} <= ${filters.radius}`);

  let available: Map<string, number> | null = null;
  if (filters.from) {
    const to = filters.to && filters.to >= filters.from ? filters.to : filters.from;
    const rows = await availableListings(db, { fromDate: filters.from, toDate: to, now });
    available = new Map(rows.map((r) => [r.listingId, r.available]));
    conditions.push(Prisma.sql`l."id" = ANY(${[...available.keys()]}::uuid[])`);
  }

  const sort = filters.sort ?? (tsquery ? 'relevance' : 'rating');
  const orderBy = {
    relevance: tsquery ? Prisma.sql`ts_rank(l."searchVector", to_tsquery('simple', ${tsquery})) DESC` : Prisma.sql`l."ratingCount" DESC`,
    price_asc: Prisma.sql`${major} ASC`,
    price_desc: Prisma.sql`${major} DESC`,
    rating: Prisma.sql`l."ratingAvg" DESC, l."ratingCount" DESC`,
    distance: hasPoint ? Prisma.sql`${distance} ASC NULLS LAST` : Prisma.sql`l."ratingCount" DESC`,
    newest: Prisma.sql`l."publishedAt" DESC NULLS LAST`,
  }[sort];

  const rows = await db.$queryRaw<Array<{ id: string; distanceKm: number | null; total: bigint }>>`
    SELECT l."id", ${distance} AS "distanceKm", COUNT(*) OVER () AS "total"
    FROM "Listing" l JOIN "Vendor" v ON v."id" = l."vendorId" JOIN "Category" c ON c."id" = l."categoryId"
    WHERE ${Prisma.join(conditions, ' AND ')}
    ORDER BY ${orderBy}, l."id"
    LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;

  const cards = await db.listing.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: listingCardSelect });
  const byId = new Map(cards.map((card) => [card.id, card]));
  const total = Number(rows[0]?.total ?? (page > 1 ? await countOnly(db, conditions) : 0));
  return {
    items: rows.map((r) => ({ ...byId.get(r.id)!, distanceKm: r.distanceKm, available: available?.get(r.id) ?? null })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    filters,
  };
}

async function countOnly(db: Db, conditions: Prisma.Sql[]): Promise<number> {
  const [row] = await db.$queryRaw<Array<{ total: bigint }>>`
    SELECT COUNT(*) AS "total" FROM "Listing" l JOIN "Vendor" v ON v."id" = l."vendorId" JOIN "Category" c ON c."id" = l."categoryId"
    WHERE ${Prisma.join(conditions, ' AND ')}`;
  return Number(row?.total ?? 0);
}
