import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { unstable_cache } from 'next/cache';
import { catalogPrisma, prisma } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client';
import { CATALOG_MAX_AGE_SECONDS, CATALOG_TAGS, type CatalogTag } from './cache-tags';
import { activeVendors, catalogCurrencies, categoriesWithCounts, featuredListings, publicListing, storefront } from './queries';
import { searchCategories } from './category-choices';

// The public pages' catalog reads, served from Next.js's data cache and expired by tag
// (lib/catalog/cache-tags.ts) when a write changes them. Availability is never read through here.
// Cached values are stored as JSON: the types say so (dates and decimals come back as strings).
// CATALOG_CACHE=off reads the database every time (the cache benchmark compares both);
// CATALOG_CACHE_LOG=1 prints one line per read (hit or miss, milliseconds) for bench/cache-bench.ts.

/** What a value looks like after a JSON round trip. */
export type Jsonified<T> = T extends Date
  ? string
  : T extends Prisma.Decimal
    ? string
    : T extends Array<infer U>
      ? Array<Jsonified<U>>
      : T extends object
        ? { [K in keyof T]: Jsonified<T[K]> }
        : T;

const jsonified = <T>(value: T): Jsonified<T> => JSON.parse(JSON.stringify(value)) as Jsonified<T>;

const readState = new AsyncLocalStorage<{ missed: boolean }>();

// Next.js keeps the data cache on disk (.next/cache) across restarts, and one build may serve
// several databases (a test run's fresh database, the browser tests' two servers): every entry is
// keyed by the database it was read from (its address, OID and server start: new when recreated).
let databaseIdentity: Promise<string> | null = null;
function currentDatabase(): Promise<string> {
  // Fresh clusters hand out the same OIDs and may reuse a port: the server's start time tells them apart.
  databaseIdentity ??= prisma.$queryRaw<Array<{ oid: string; started: string }>>`
    SELECT oid::text AS oid, pg_postmaster_start_time()::text AS started FROM pg_database WHERE datname = current_database()`.then(
    (rows) => createHash('sha256').update(`${process.env.DATABASE_URL ?? ''}|${rows[0]?.oid ?? ''}|${rows[0]?.started ?? ''}`).digest('hex').slice(0, 16),
    (error: unknown) => {
      databaseIdentity = null;
      throw error;
    },
  );
  return databaseIdentity;
}

function cachedRead<Args extends string[], T>(name: string, tag: CatalogTag, read: (...args: Args) => Promise<T>) {
  const log = process.env.CATALOG_CACHE_LOG === '1';
  const cached = unstable_cache(
    async (_database: string, ...args: Args) => {
      const state = readState.getStore();
      if (state) state.missed = true;
      return jsonified(await read(...args));
    },
    ['catalog', name],
    { tags: [tag], revalidate: CATALOG_MAX_AGE_SECONDS },
  );
  return async (...args: Args): Promise<Jsonified<T>> => {
    const started = performance.now();
    if (process.env.CATALOG_CACHE === 'off') {
      const value = jsonified(await read(...args));
      if (log) console.log(`catalog-cache off ${name} ${(performance.now() - started).toFixed(2)}`);
      return value;
    }
    const state = { missed: false };
    const database = await currentDatabase();
    const value = await readState.run(state, () => cached(database, ...args));
    if (log) console.log(`catalog-cache ${state.missed ? 'miss' : 'hit'} ${name} ${(performance.now() - started).toFixed(2)}`);
    return value;
  };
}

export const cachedHomeSections = cachedRead('home', CATALOG_TAGS.home, async () => {
  const [categories, listings, vendors] = await Promise.all([categoriesWithCounts(), featuredListings(), activeVendors()]);
  return { categories, listings, vendors };
});

export const cachedSearchFacets = cachedRead('search-facets', CATALOG_TAGS.home, async () => {
  const [categories, currencies] = await Promise.all([searchCategories(catalogPrisma), catalogCurrencies()]);
  return { categories, currencies };
});

export const cachedStorefront = cachedRead('storefront', CATALOG_TAGS.storefronts, (slug: string) => storefront(slug));

export const cachedPublicListing = cachedRead('listing', CATALOG_TAGS.listings, (vendorSlug: string, listingSlug: string) => publicListing(vendorSlug, listingSlug));
