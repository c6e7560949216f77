import 'server-only';
import { publicListingWhere } from './bookable-listings';
import { catalogPrisma } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client';

// Read models for the public catalog. Only published listings of active vendors are public.
// They read through catalogPrisma: a read replica when DATABASE_REPLICA_URL is set.


export const listingCardSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  kind: true,
  city: true,
  currency: true,
  pricingUnit: true,
  priceAmount: true,
  bookingMode: true,
  ratingAvg: true,
  ratingCount: true,
  vendor: { select: { slug: true, name: true } },
  images: { select: { url: true, alt: true }, orderBy: { position: 'asc' }, take: 1 },
} satisfies Prisma.ListingSelect;

export type ListingCardData = Prisma.ListingGetPayload<{ select: typeof listingCardSelect }>;

export function categoriesWithCounts() {
  return catalogPrisma.category.findMany({
    where: { retiredAt: null },
    orderBy: { sortOrder: 'asc' },
    select: { id: true, slug: true, name: true, icon: true, _count: { select: { listings: { where: publicListingWhere } } } },
  });
}

export function featuredListings(take = 8) {
  return catalogPrisma.listing.findMany({
    where: publicListingWhere,
    orderBy: [{ ratingCount: 'desc' }, { publishedAt: 'desc' }],
    take,
    select: listingCardSelect,
  });
}

export function activeVendors(take = 12) {
  return catalogPrisma.vendor.findMany({
    where: { status: 'ACTIVE', listings: { some: { status: 'PUBLISHED' } } },
    orderBy: { name: 'asc' },
    take,
    select: { id: true, slug: true, name: true, city: true, description: true, ratingAvg: true, ratingCount: true, _count: { select: { listings: { where: { status: 'PUBLISHED' } } } } },
  });
}

export function storefront(slug: string) {
  return catalogPrisma.vendor.findFirst({
    where: { slug, status: 'ACTIVE' },
    include: { listings: { where: { status: 'PUBLISHED' }, orderBy: { title: 'asc' }, select: listingCardSelect } },
  });
}

export function publicListing(vendorSlug: string, listingSlug: string) {
  return catalogPrisma.listing.findFirst({
    where: { ...publicListingWhere, slug: listingSlug, vendor: { slug: vendorSlug, status: 'ACTIVE' } },
    include: {
      vendor: true,
      category: true,
      images: { orderBy: { position: 'asc' } },
      units: { where: { active: true }, select: { id: true } },
      staff: { where: { staff: { active: true } }, select: { staff: { select: { id: true, name: true, bio: true, photoUrl: true } } } },
      reviews: { orderBy: { createdAt: 'desc' }, take: 10, include: { author: { select: { name: true } } } },
    },
  });
}

/** The currencies bookable listings are priced in, for the search's price filter. */
export async function catalogCurrencies(): Promise<string[]> {
  const rows = await catalogPrisma.listing.findMany({ where: publicListingWhere, distinct: ['currency'], select: { currency: true }, orderBy: { currency: 'asc' } });
  return rows.map((row) => row.currency);
}
