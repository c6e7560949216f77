import 'server-only';
import { z } from 'zod';
import { id } from '@/lib/validation/fields';
import { parseInput } from '@/lib/booking/parse';
import type { Db } from '@/lib/db/prisma';
import { NotFound, PolicyViolation } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { ListingKind, ListingStatus } from '@/lib/generated/prisma/enums';
import { writeAudit } from './audit';
import { enumFilter, optional, pageFilter, paging, searchFilter } from './list-filters';
import type { OperatorActor } from '@/lib/domain/actor';
import { assertOperator } from './operator';
import { listingReasonSchema } from './schemas';
import { afterCatalogWrite } from '@/lib/catalog/cache-tags';

// Every listing on the platform; the one safe action is taking a published listing off the catalog.

export const listingFiltersSchema = z.object({
  q: searchFilter,
  status: enumFilter(Object.values(ListingStatus)),
  kind: enumFilter(Object.values(ListingKind)),
  vendor: optional(id()),
  page: pageFilter,
});

export async function listListings(db: Db, operator: OperatorActor, raw: unknown) {
  assertOperator(operator);
  const filters = listingFiltersSchema.parse(raw ?? {});
  const where: Prisma.ListingWhereInput = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.vendor ? { vendorId: filters.vendor } : {}),
    ...(filters.q
      ? { OR: [{ title: { contains: filters.q, mode: 'insensitive' } }, { slug: { contains: filters.q.toLowerCase() } }, { city: { contains: filters.q, mode: 'insensitive' } }] }
      : {}),
  };
  const page = paging(filters.page);
  const [rows, total, vendors] = await Promise.all([
    db.listing.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: page.skip,
      take: page.take,
      select: {
        id: true,
        slug: true,
        title: true,
        kind: true,
        status: true,
        city: true,
        currency: true,
        priceAmount: true,
        pricingUnit: true,
        createdAt: true,
        vendor: { select: { id: true, slug: true, name: true, status: true } },
        _count: { select: { bookings: true } },
      },
    }),
    db.listing.count({ where }),
    db.vendor.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
  ]);
  return { ...page.result(rows, total), filters, vendors };
}

/** Takes a published listing off the catalog; the business can publish it again after fixing it. */
export async function unpublishListing(db: Db, operator: OperatorActor, input: unknown) {
  assertOperator(operator);
  const { listingId, reason } = parseInput(listingReasonSchema, input);
  return afterCatalogWrite(db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ status: ListingStatus }>>`SELECT "status" FROM "Listing" WHERE "id" = ${listingId}::uuid FOR UPDATE`;
    const before = rows[0];
    if (!before) throw new NotFound('This listing does not exist.');
    if (before.status !== 'PUBLISHED') throw new PolicyViolation('Only a published listing can be unpublished.');
    const after = await tx.listing.update({ where: { id: listingId }, data: { status: 'UNPUBLISHED' }, select: { status: true } });
    await writeAudit(tx, operator, { action: 'listing.unpublish', entityType: 'Listing', entityId: listingId, reason, data: { before: { status: before.status }, after: { status: after.status } } });
    return after;
  }));
}
