import { revalidateTag } from 'next/cache';

// The public catalog's pages are served from Next.js's data cache (lib/catalog/cached-queries.ts);
// every cached read carries one of these tags, and every write that changes what they show expires
// them here, right after its transaction commits. Availability is never cached: units, sessions and
// bookings change only availability, which the listing and search pages read live.

export const CATALOG_TAGS = {
  /** The home page's sections and the search page's filters (categories, counts, currencies). */
  home: 'catalog:home',
  /** Storefronts (/v/[slug]): the business and its published listings. */
  storefronts: 'catalog:storefronts',
  /** Listing pages (/v/[slug]/[listing]): everything but availability. */
  listings: 'catalog:listings',
} as const;

export type CatalogTag = (typeof CATALOG_TAGS)[keyof typeof CATALOG_TAGS];

/** A listing, a business, a photo or a rating changed: every public page may show it. */
export const EVERY_CATALOG_PAGE: CatalogTag[] = Object.values(CATALOG_TAGS);

/** Cached reads are recomputed at least this often even if a write path was missed (seconds). */
export const CATALOG_MAX_AGE_SECONDS = 300;

/**
 * Expires the tagged cached reads now (the next request reads the database). Called after a
 * service's write commits. Outside a Next.js request (tests, scripts, the seed) there is no cache
 * to expire and nothing happens.
 */
export function expireCatalog(tags: CatalogTag[] = EVERY_CATALOG_PAGE): void {
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch (error) {
      if (error instanceof Error && /static generation store missing/.test(error.message)) return;
      console.error(`Could not expire the cache tag ${tag}`, error);
    }
  }
}

/** Waits for a write (its transaction committed), then expires the tags; the write's own error passes through. */
export async function afterCatalogWrite<T>(write: Promise<T>, tags: CatalogTag[] = EVERY_CATALOG_PAGE): Promise<T> {
  const result = await write;
  expireCatalog(tags);
  return result;
}
