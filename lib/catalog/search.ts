import 'server-only';
import { z } from 'zod';
import { BOOKABLE_LISTING_SQL } from './bookable-listings';
import { availableListings } from '@/lib/availability-queries/available-listings';
import type { Db } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import { ValidationFailed } from '@/lib/errors';
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

type SortKey = { expr: Prisma.Sql; dir: 'ASC' | 'DESC'; type: 'numeric' | 'float8' | 'timestamptz' | 'int' };

/** The WHERE conditions and the order of a search, shared by the web's pages and the API's cursor pages. */
async function buildSearch(db: Db, filters: SearchFilters, now: Date) {
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
  // NULLs are folded into values that sort last, so a cursor can compare them too.
  const sortKeys: SortKey[] = {
    relevance: tsquery
      ? [{ expr: Prisma.sql`ts_rank(l."searchVector", to_tsquery('simple', ${tsquery}))::float8`, dir: 'DESC' as const, type: 'float8' as const }]
      : [{ expr: Prisma.sql`l."ratingCount"`, dir: 'DESC' as const, type: 'int' as const }],
    price_asc: [{ expr: major, dir: 'ASC' as const, type: 'numeric' as const }],
    price_desc: [{ expr: major, dir: 'DESC' as const, type: 'numeric' as const }],
    rating: [
      { expr: Prisma.sql`l."ratingAvg"`, dir: 'DESC' as const, type: 'numeric' as const },
      { expr: Prisma.sql`l."ratingCount"`, dir: 'DESC' as const, type: 'int' as const },
    ],
    distance: hasPoint
      ? [{ expr: Prisma.sql`COALESCE(${distance}, 1e9::float8)`, dir: 'ASC' as const, type: 'float8' as const }]
      : [{ expr: Prisma.sql`l."ratingCount"`, dir: 'DESC' as const, type: 'int' as const }],
    newest: [{ expr: Prisma.sql`COALESCE(l."publishedAt", 'epoch'::timestamptz)`, dir: 'DESC' as const, type: 'timestamptz' as const }],
  }[sort];
  const orderBy = Prisma.join(sortKeys.map((key) => Prisma.sql`${key.expr} ${Prisma.raw(key.dir)}`), ', ');
  return { conditions, distance, available, sortKeys, orderBy };
}

export async function searchListings(db: Db, rawFilters: unknown, now = new Date()): Promise<SearchResult> {
  const filters = searchFiltersSchema.parse(rawFilters ?? {});
  const page = filters.page ?? 1;
  const { conditions, distance, available, orderBy } = await buildSearch(db, filters, now);

  const rows = await db.$queryRaw<Array<{ id: string; distanceKm: number | null; total: bigint }>>`
    SELECT l."id", ${distance} AS "distanceKm", COUNT(*) OVER () AS "total"
    FROM "Listing" l JOIN "Vendor" v ON v."id" = l."vendorId" JOIN "Category" c ON c."id" = l."categoryId"
    WHERE ${Prisma.join(conditions, ' AND ')}
    ORDER BY ${orderBy}, l."id"
    LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;

  const items = await cardsFor(db, rows, available);
  const total = Number(rows[0]?.total ?? (page > 1 ? await countOnly(db, conditions) : 0));
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), filters };
}

async function cardsFor(db: Db, rows: Array<{ id: string; distanceKm: number | null }>, available: Map<string, number> | null) {
  const cards = await db.listing.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: listingCardSelect });
  const byId = new Map(cards.map((card) => [card.id, card]));
  return rows.map((r) => ({ ...byId.get(r.id)!, distanceKm: r.distanceKm, available: available?.get(r.id) ?? null }));
}

/** An opaque position in a search's order: the sort values and the id of the last row seen. */
type Cursor = { k: string[]; id: string };
const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');
function decodeCursor(text: string, keys: number): Cursor | null {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor;
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    if (!Array.isArray(value.k) || value.k.length !== keys || !value.k.every((v) => typeof v === 'string') || !uuid.test(value.id)) return null;
    return value;
  } catch {
    return null;
  }
}

/**
 * The same search, a page at a time by keyset ("after this row"), so pages stay stable while
 * listings are added. Throws InvalidCursor for a cursor this search did not make.
 */
export async function searchListingsPage(db: Db, filters: SearchFilters, options: { limit: number; cursor?: string }, now = new Date()) {
  const { conditions, distance, available, sortKeys, orderBy } = await buildSearch(db, filters, now);
  const where = [...conditions];
  if (options.cursor) {
    const cursor = decodeCursor(options.cursor, sortKeys.length);
    if (!cursor) throw new InvalidCursor();
    // (k1, k2, …, id) after the cursor, each key in its own direction, id ascending last.
    const after = (i: number): Prisma.Sql => {
      if (i === sortKeys.length) return Prisma.sql`l."id" > ${cursor.id}::uuid`;
      const key = sortKeys[i]!;
      const value = Prisma.sql`${cursor.k[i]}::${Prisma.raw(key.type)}`;
      const beyond = key.dir === 'ASC' ? Prisma.sql`${key.expr} > ${value}` : Prisma.sql`${key.expr} < ${value}`;
      return Prisma.sql`(${beyond} OR (${key.expr} = ${value} AND ${after(i + 1)}))`;
    };
    where.push(after(0));
  }
  const keyText = Prisma.join(sortKeys.map((key) => Prisma.sql`(${key.expr})::text`), ', ');
  const rows = await db.$queryRaw<Array<{ id: string; distanceKm: number | null; sortKey: string[] }>>`
    SELECT l."id", ${distance} AS "distanceKm", ARRAY[${keyText}] AS "sortKey"
    FROM "Listing" l JOIN "Vendor" v ON v."id" = l."vendorId" JOIN "Category" c ON c."id" = l."categoryId"
    WHERE ${Prisma.join(where, ' AND ')}
    ORDER BY ${orderBy}, l."id"
    LIMIT ${options.limit + 1}`;
  const hasMore = rows.length > options.limit;
  const shown = rows.slice(0, options.limit);
  const last = shown.at(-1);
  return { items: await cardsFor(db, shown, available), hasMore, nextCursor: hasMore && last ? encodeCursor({ k: last.sortKey, id: last.id }) : null };
}

export class InvalidCursor extends ValidationFailed {
  constructor() {
    super('This cursor is not valid for this search. Start again without a cursor.', { cursor: ['Not a cursor of this search'] });
  }
}

async function countOnly(db: Db, conditions: Prisma.Sql[]): Promise<number> {
  const [row] = await db.$queryRaw<Array<{ total: bigint }>>`
    SELECT COUNT(*) AS "total" FROM "Listing" l JOIN "Vendor" v ON v."id" = l."vendorId" JOIN "Category" c ON c."id" = l."categoryId"
    WHERE ${Prisma.join(conditions, ' AND ')}`;
  return Number(row?.total ?? 0);
}
