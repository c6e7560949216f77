import { Prisma } from '@/lib/generated/prisma/client';

// The query forms of two listing rules of lib/domain/listing-rules.ts, for reads that filter in the
// database. They must say exactly what isBookable and listingTimeZone say (tests/catalog checks it).
// The SQL forms expect the listing aliased `l` and its business `v`.

/** isBookable as a Prisma filter: published, by an active business. */
export const publicListingWhere = { status: 'PUBLISHED', vendor: { status: 'ACTIVE' } } satisfies Prisma.ListingWhereInput;

/** isBookable in SQL. */
export const BOOKABLE_LISTING_SQL = Prisma.sql`(l."status" = 'PUBLISHED' AND v."status" = 'ACTIVE')`;

/** listingTimeZone in SQL. */
export const LISTING_ZONE_SQL = Prisma.sql`COALESCE(l."timeZone", v."timeZone")`;
