import 'server-only';
import { z } from 'zod';
import { BOOKABLE_LISTING_SQL } from './bookable-listings';
import { availableListings } from '@/lib/availability-queries/available-listings';
import type { Db, Tx } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import { quoteListing } from '@/lib/booking/listing-terms';
import { listingTimeZone } from '@/lib/domain/listing-rules';
import { addDays, startOfLocalDay } from '@/lib/domain/time';
import { ValidationFailed } from '@/lib/errors';
import { listingCardSelect, type ListingCardData } from './queries';
import { localDate } from '@/lib/validation/fields';
import { attributeFilters, readTemplate, type AttributeFilter } from './category-attributes';

// Catalog search: every filter lives in the URL (shareable), parsed by this schema; the query is
// one SQL statement over the indexed columns, plus the availability read model for dates.

export const PAGE_SIZE = 12;
const SORTS = ['relevance', 'price_asc', 'price_desc', 'rating', 'distance', 'newest'] as const;

const blank = (v: unknown) => (v === '' || v === null ? undefined : v);
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional().catch(undefined));
export const PRICE_UNITS = ['hour', 'day', 'night', 'week', 'month', 'seat', 'fixed'] as const;
export type PriceUnit = (typeof PRICE_UNITS)[number];

export const searchFiltersSchema = z.object({
  q: opt(z.string().trim().max(100)),
  kind: opt(z.enum(['RENTAL', 'SESSION', 'APPOINTMENT'])),
  category: opt(z.string().max(60)),
  city: opt(z.string().trim().max(80)),
  lat: opt(z.coerce.number().min(-90).max(90)),
  lng: opt(z.coerce.number().min(-180).max(180)),
  radius: opt(z.coerce.number().positive().max(20_000)),
  from: opt(localDate()),
  to: opt(localDate()),
  minPrice: opt(z.coerce.number().min(0)),
  maxPrice: opt(z.coerce.number().min(0)),
  /** The currency prices are compared in: only listings priced in it match a price filter (nothing is converted). */
  currency: opt(z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/)),
  /** The unit prices are compared per (hour, day, seat…); any unit when absent. */
  per: opt(z.enum(PRICE_UNITS)),
  transmission: opt(z.enum(['automatic', 'manual'])),
  seats: opt(z.coerce.number().int().min(1).max(100)),
  instant: opt(z.enum(['1', 'true']).transform(() => true)),
  sort: opt(z.enum(SORTS)),
  page: opt(z.coerce.number().int().min(1).max(1000)),
});

export type SearchFilters = z.output<typeof searchFiltersSchema>;
export type SearchResult = {
  items: Array<ListingCardData & { distanceKm: number | null; available: number | null; totalForDates: DatesTotal | null }>;
  total: number;
  page: number;
  pageCount: number;
  filters: SearchFilters;
  /** What a price filter compared, in words, when one was applied. */
  priceNote: string | null;
  /** How the query's words matched: as words (stemmed, prefixes), or only as near misses (typos). */
  matchedBy: 'words' | 'typos' | null;
  /** Dates that were searched differently from how they were asked (past, or the wrong way round), in words. */
  dateNote: string | null;
};


/**
 * Past or inverted date ranges are not searched silently: "to" before "from" is swapped, a range
 * that starts in the past starts today (or is dropped when it ends in the past too), and the note
 * says what was searched instead. "Today" is the earliest date anywhere (UTC−12), so no zone's
 * today is called past.
 */
export function checkDates(filters: SearchFilters, now: Date): { filters: SearchFilters; note: string | null } {
  if (!filters.from && !filters.to) return { filters, note: null };
  let { from, to } = filters;
  const notes: string[] = [];
  if (!from && to) from = to;
  if (from && to && to < from) {
    notes.push(`“To” (${to}) was before “From” (${from}), so the dates were swapped.`);
    [from, to] = [to, from];
  }
  const today = new Date(now.getTime() - 12 * 3_600_000).toISOString().slice(0, 10);
  if (from && from < today) {
    if ((to ?? from) < today) {
      notes.push(`${to && to !== from ? `${from} to ${to} is` : `${from} is`} in the past, so no dates were searched: results are not limited by availability.`);
      return { filters: { ...filters, from: undefined, to: undefined }, note: notes.join(' ') };
    }
    notes.push(`${from} is in the past; availability is shown from ${today}.`);
    from = today;
  }
  return { filters: { ...filters, from, to }, note: notes.length ? notes.join(' ') : null };
}

const UNIT_WORDS: Record<PriceUnit, string> = { hour: 'per hour', day: 'per day', night: 'per night', week: 'per week', month: 'per month', seat: 'per seat', fixed: 'per booking' };

/** "Listed price per day, in EUR (listings in other currencies are left out; nothing is converted)". */
export function priceNote(currency: string, per: PriceUnit | undefined): string {
  return `Prices compared: the listed price ${per ? UNIT_WORDS[per] : 'per its own unit (hour, day, seat or booking)'}, in ${currency} only; listings priced in other currencies${per ? ' or units' : ''} are left out, nothing is converted.`;
}

/** The query's words, lower case, at most eight (anything else in it is ignored, so no tsquery syntax gets through). */
function queryWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}

/**
 * The words as an English tsquery: a word English stemming changes ("boats" → boat, "cars" → car)
 * matches its stem exactly, so "cars" does not find "career"; a word it leaves alone may be the
 * start of one ("scoot" → scooter, "kay" → kayak). Stop words drop out.
 */
async function englishQuery(db: Db, words: string[]): Promise<string | null> {
  if (words.length === 0) return null;
  const stems = await db.$queryRaw<Array<{ word: string; stem: string | null }>>`
    SELECT w AS "word", (ts_lexize('english_stem', w))[1] AS "stem" FROM unnest(${words}::text[]) AS w`;
  const terms = stems.filter((s) => s.stem).map((s) => (s.stem === s.word ? `${s.stem}:*` : s.stem!));
  return terms.length ? terms.join(' & ') : null;
}

/** Typos: how close a query word must be to a word of the listing (pg_trgm word similarity, 0–1). */
const TYPO_SIMILARITY = 0.5;

type Match = 'words' | 'typos';
type SortKey = { expr: Prisma.Sql; dir: 'ASC' | 'DESC'; type: 'numeric' | 'float8' | 'timestamptz' | 'int' };

/**
 * The conditions and orders of a search, shared by the web's numbered pages and the API's cursor
 * pages. A query's words match as words (English stems, prefixes) or, when nothing matches so, as
 * near misses (typos); `filterFor` and `sortKeysFor` take which.
 */
async function buildSearch(db: Db, filters: SearchFilters, now: Date, attributes: AttributeFilter[] = []) {
  const priced = filters.minPrice != null || filters.maxPrice != null;
  const conditions: Prisma.Sql[] = [BOOKABLE_LISTING_SQL];

  const words = filters.q ? queryWords(filters.q) : [];
  const tsquery = await englishQuery(db, words);
  const textFilter = tsquery ? Prisma.sql`l."searchVector" @@ to_tsquery('english', ${tsquery})` : null;
  // Nothing found by words: every word may instead be a near miss of a listing's word ("motrboat").
  const typoFilter = words.length
    ? Prisma.join(words.map((w) => Prisma.sql`${w} <% l."searchText"`), ' AND ') // pg_trgm's word-similarity operator: uses the trigram index
    : null;
  const typoRank = words.length ? Prisma.sql`(${Prisma.join(words.map((w) => Prisma.sql`word_similarity(${w}, l."searchText")`), ' + ')})` : null;
  if (filters.kind) conditions.push(Prisma.sql`l."kind" = ${filters.kind}::"ListingKind"`);
  if (filters.category) conditions.push(Prisma.sql`c."slug" = ${filters.category}`);
  if (filters.city) conditions.push(Prisma.sql`l."city" ILIKE ${filters.city}`);
  if (filters.instant) conditions.push(Prisma.sql`l."bookingMode" = 'INSTANT'`);
  if (filters.transmission) conditions.push(Prisma.sql`l."attributes" @> ${JSON.stringify({ transmission: filters.transmission })}::jsonb`);
  for (const a of attributes) conditions.push(attributeCondition(a));
  if (filters.seats) conditions.push(Prisma.sql`jsonb_typeof(l."attributes"->'seats') = 'number' AND (l."attributes"->>'seats')::numeric >= ${filters.seats}`);
  // Prices are entered in major units of each listing's own currency.
  const major = Prisma.sql`l."priceAmount"::numeric / power(10, CASE WHEN l."currency" IN ('JPY', 'KRW', 'VND', 'CLP', 'ISK') THEN 0 ELSE 2 END)`;
  // A price filter compares like with like: one currency (the searcher's) and, when chosen, one unit.
  if (priced && filters.currency) conditions.push(Prisma.sql`l."currency" = ${filters.currency}`);
  if (priced && filters.per) conditions.push(Prisma.sql`l."pricingUnit" = ${filters.per.toUpperCase()}::"PricingUnit"`);
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
    const to = filters.to ?? filters.from;
    const rows = await availableListings(db, { fromDate: filters.from, toDate: to, now });
    available = new Map(rows.map((r) => [r.listingId, r.available]));
    conditions.push(Prisma.sql`l."id" = ANY(${[...available.keys()]}::uuid[])`);
  }

  /** The first way to match the words (or null without words), and the one to fall back on. */
  const firstMatch: Match | null = words.length ? (textFilter ? 'words' : 'typos') : null;
  const canFallBack = Boolean(textFilter && typoFilter);
  const where = (match: Match | null) => (match === 'words' ? [...conditions, textFilter!] : match === 'typos' ? [...conditions, typoFilter!] : conditions);

  const sort = filters.sort ?? (words.length ? 'relevance' : 'rating');
  // NULLs are folded into values that sort last, so a cursor can compare them too.
  const sortKeysFor = (match: Match | null): SortKey[] => {
    const relevance: SortKey[] =
      match === 'words' && tsquery
        ? [{ expr: Prisma.sql`ts_rank(l."searchVector", to_tsquery('english', ${tsquery}), 1)::float8`, dir: 'DESC', type: 'float8' }]
        : match === 'typos' && typoRank
          ? [{ expr: Prisma.sql`(${typoRank})::float8`, dir: 'DESC', type: 'float8' }]
          : [{ expr: Prisma.sql`l."ratingCount"`, dir: 'DESC', type: 'int' }];
    const keys: Record<NonNullable<SearchFilters['sort']>, SortKey[]> = {
      relevance,
      price_asc: [{ expr: major, dir: 'ASC', type: 'numeric' }],
      price_desc: [{ expr: major, dir: 'DESC', type: 'numeric' }],
      rating: [
        { expr: Prisma.sql`l."ratingAvg"`, dir: 'DESC', type: 'numeric' },
        { expr: Prisma.sql`l."ratingCount"`, dir: 'DESC', type: 'int' },
      ],
      distance: hasPoint ? [{ expr: Prisma.sql`COALESCE(${distance}, 1e9::float8)`, dir: 'ASC', type: 'float8' }] : [{ expr: Prisma.sql`l."ratingCount"`, dir: 'DESC', type: 'int' }],
      newest: [{ expr: Prisma.sql`COALESCE(l."publishedAt", 'epoch'::timestamptz)`, dir: 'DESC', type: 'timestamptz' }],
    };
    return keys[sort];
  };
  const orderBy = (keys: SortKey[]) => Prisma.join(keys.map((key) => Prisma.sql`${key.expr} ${Prisma.raw(key.dir)}`), ', ');

  /** Runs a query with the typo threshold set when it matches near misses. */
  const run = <T>(match: Match | null, query: (client: Db | Tx) => Promise<T>): Promise<T> =>
    match === 'typos'
      ? db.$transaction(async (tx) => {
          await tx.$executeRawUnsafe(`SET LOCAL pg_trgm.word_similarity_threshold = ${TYPO_SIMILARITY}`);
          return query(tx);
        })
      : query(db);

  return { priced, distance, available, firstMatch, canFallBack, where, sortKeysFor, orderBy, run };
}

/** One filter of the chosen category's template: at least the number, that choice or yes/no, that text (any case). */
function attributeCondition({ name, type, value }: AttributeFilter): Prisma.Sql {
  if (type === 'number') return Prisma.sql`jsonb_typeof(l."attributes"->${name}) = 'number' AND (l."attributes"->>${name})::numeric >= ${value}`;
  if (type === 'text') return Prisma.sql`lower(l."attributes"->>${name}) = lower(${String(value)})`;
  return Prisma.sql`l."attributes" @> jsonb_build_object(${name}::text, ${JSON.stringify(value)}::jsonb)`;
}

/** The "attr.<name>" filters of a search in a category, read against that category's template. */
async function categoryAttributeFilters(db: Db, category: string | undefined, raw: unknown): Promise<AttributeFilter[]> {
  if (!category || !raw || typeof raw !== 'object') return [];
  const row = await db.category.findUnique({ where: { slug: category }, select: { attributeTemplate: true } });
  return row ? attributeFilters(raw as Record<string, unknown>, readTemplate(row.attributeTemplate)) : [];
}

/**
 * `defaultCurrency` is the searcher's (from their browser's region) and applies when a price filter
 * names none.
 */
export async function searchListings(db: Db, rawFilters: unknown, now = new Date(), options: { defaultCurrency?: string } = {}): Promise<SearchResult> {
  const checked = checkDates(searchFiltersSchema.parse(rawFilters ?? {}), now);
  const dateNote = checked.note;
  const filters = withSearcherCurrency(checked, options.defaultCurrency);
  const page = filters.page ?? 1;
  const search = await buildSearch(db, filters, now, await categoryAttributeFilters(db, filters.category, rawFilters));

  type Row = { id: string; distanceKm: number | null; total: bigint };
  const select = (match: Match | null) =>
    search.run(match, (client) => client.$queryRaw<Row[]>`
      SELECT l."id", ${search.distance} AS "distanceKm", COUNT(*) OVER () AS "total"
      FROM "Listing" l JOIN "Vendor" v ON v."id" = l."vendorId" JOIN "Category" c ON c."id" = l."categoryId"
      WHERE ${Prisma.join(search.where(match), ' AND ')}
      ORDER BY ${search.orderBy(search.sortKeysFor(match))}, l."id"
      LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`);

  let matchedBy = search.firstMatch;
  let rows = await select(matchedBy);
  if (rows.length === 0 && search.canFallBack && page === 1) {
    matchedBy = 'typos';
    rows = await select(matchedBy);
  }

  const items = await cardsFor(db, rows, search.available);
  const totals = filters.from ? await totalsForDates(db, rows.map((r) => r.id), filters.from, filters.to) : new Map<string, DatesTotal>();
  const total = Number(rows[0]?.total ?? (page > 1 ? await search.run(matchedBy, (client) => countOnly(client, search.where(matchedBy))) : 0));
  return {
    items: items.map((item) => ({ ...item, totalForDates: totals.get(item.id) ?? null })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    filters,
    priceNote: search.priced && filters.currency ? priceNote(filters.currency, filters.per) : null,
    matchedBy: rows.length ? matchedBy : null,
    dateNote,
  };
}

/** A price filter without a currency compares in the searcher's. */
function withSearcherCurrency({ filters }: { filters: SearchFilters }, defaultCurrency: string | undefined): SearchFilters {
  const priced = filters.minPrice != null || filters.maxPrice != null;
  return priced && !filters.currency ? { ...filters, currency: defaultCurrency ?? 'EUR' } : filters;
}

async function cardsFor(db: Db, rows: Array<{ id: string; distanceKm: number | null }>, available: Map<string, number> | null) {
  const cards = await db.listing.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: listingCardSelect });
  const byId = new Map(cards.map((card) => [card.id, card]));
  return rows.map((r) => ({ ...byId.get(r.id)!, distanceKm: r.distanceKm, available: available?.get(r.id) ?? null }));
}

/** An opaque position in a search's order: how the words matched, the sort values and the id of the last row seen. */
type Cursor = { m: Match | null; k: string[]; id: string };
const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');
function decodeCursor(text: string): Cursor | null {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor;
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    const match = value.m === null || value.m === 'words' || value.m === 'typos';
    if (!match || !Array.isArray(value.k) || !value.k.every((v) => typeof v === 'string') || !uuid.test(value.id)) return null;
    return value;
  } catch {
    return null;
  }
}

/**
 * The same search, a page at a time by keyset ("after this row"), so pages stay stable while
 * listings are added. Throws InvalidCursor for a cursor this search did not make.
 */
export async function searchListingsPage(db: Db, rawFilters: SearchFilters, options: { limit: number; cursor?: string; defaultCurrency?: string }, now = new Date()) {
  const filters = withSearcherCurrency(checkDates(rawFilters, now), options.defaultCurrency);
  const search = await buildSearch(db, filters, now);
  const cursor = options.cursor ? decodeCursor(options.cursor) : null;
  if (options.cursor && (!cursor || (cursor.m !== search.firstMatch && !(cursor.m === 'typos' && search.canFallBack)))) throw new InvalidCursor();

  const page = async (match: Match | null) => {
    const keys = search.sortKeysFor(match);
    if (cursor && cursor.k.length !== keys.length) throw new InvalidCursor();
    const where = search.where(match);
    if (cursor) {
      // (k1, k2, …, id) after the cursor, each key in its own direction, id ascending last.
      const after = (i: number): Prisma.Sql => {
        if (i === keys.length) return Prisma.sql`l."id" > ${cursor.id}::uuid`;
        const key = keys[i]!;
        const value = Prisma.sql`${cursor.k[i]}::${Prisma.raw(key.type)}`;
        const beyond = key.dir === 'ASC' ? Prisma.sql`${key.expr} > ${value}` : Prisma.sql`${key.expr} < ${value}`;
        return Prisma.sql`(${beyond} OR (${key.expr} = ${value} AND ${after(i + 1)}))`;
      };
      where.push(after(0));
    }
    const keyText = Prisma.join(keys.map((key) => Prisma.sql`(${key.expr})::text`), ', ');
    return search.run(match, (client) => client.$queryRaw<Array<{ id: string; distanceKm: number | null; sortKey: string[] }>>`
      SELECT l."id", ${search.distance} AS "distanceKm", ARRAY[${keyText}] AS "sortKey"
      FROM "Listing" l JOIN "Vendor" v ON v."id" = l."vendorId" JOIN "Category" c ON c."id" = l."categoryId"
      WHERE ${Prisma.join(where, ' AND ')}
      ORDER BY ${search.orderBy(keys)}, l."id"
      LIMIT ${options.limit + 1}`);
  };

  let match = cursor ? cursor.m : search.firstMatch;
  let rows = await page(match);
  if (!cursor && rows.length === 0 && search.canFallBack) {
    match = 'typos';
    rows = await page(match);
  }
  const hasMore = rows.length > options.limit;
  const shown = rows.slice(0, options.limit);
  const last = shown.at(-1);
  return { items: await cardsFor(db, shown, search.available), hasMore, nextCursor: hasMore && last ? encodeCursor({ m: match, k: last.sortKey, id: last.id }) : null };
}

export class InvalidCursor extends ValidationFailed {
  constructor() {
    super('This cursor is not valid for this search. Start again without a cursor.', { cursor: ['Not a cursor of this search'] });
  }
}

/** What booking a listing for the searched days costs in all (price, fees and tax as at checkout). */
export type DatesTotal = { amount: number; currency: string; days: number };

const DAY_PRICED = new Set(['DAY', 'NIGHT', 'WEEK', 'MONTH']);

/**
 * The total of each day-priced rental for the searched dates (pick-up on `from`, return on `to`, or
 * the next day when only one day was searched), quoted exactly as the booking form would.
 */
async function totalsForDates(db: Db, ids: string[], from: string, to: string | undefined): Promise<Map<string, DatesTotal>> {
  const listings = await db.listing.findMany({ where: { id: { in: ids }, kind: 'RENTAL' }, include: { vendor: { select: { timeZone: true } } } });
  const end = to && to > from ? to : addDays(from, 1);
  const days = Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
  const totals = new Map<string, DatesTotal>();
  for (const listing of listings) {
    if (!DAY_PRICED.has(listing.pricingUnit)) continue;
    const zone = listingTimeZone(listing);
    try {
      const quote = quoteListing(listing, zone, { startAt: startOfLocalDay(from, zone), endAt: startOfLocalDay(end, zone) }, 1);
      totals.set(listing.id, { amount: quote.total, currency: listing.currency, days });
    } catch {
      // A range the listing cannot be quoted for (e.g. shorter than its minimum) shows no total.
    }
  }
  return totals;
}

async function countOnly(db: Db | Tx, conditions: Prisma.Sql[]): Promise<number> {
  const [row] = await db.$queryRaw<Array<{ total: bigint }>>`
    SELECT COUNT(*) AS "total" FROM "Listing" l JOIN "Vendor" v ON v."id" = l."vendorId" JOIN "Category" c ON c."id" = l."categoryId"
    WHERE ${Prisma.join(conditions, ' AND ')}`;
  return Number(row?.total ?? 0);
}
