import { beforeAll, describe, expect, it } from 'vitest';
import { BOOKABLE_LISTING_SQL, LISTING_ZONE_SQL, publicListingWhere } from '@/lib/catalog/bookable-listings';
import { isBookable, listingTimeZone } from '@/lib/domain/listing-rules';
import type { ListingStatus, VendorStatus } from '@/lib/generated/prisma/enums';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { aListing, aVendor } from '../support/fixtures';

// isBookable and listingTimeZone are written once as functions and once more as query filters for
// the database; here every combination is run through all forms, which must agree.

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

const LISTING_STATES: ListingStatus[] = ['DRAFT', 'PUBLISHED', 'UNPUBLISHED', 'ARCHIVED'];
const VENDOR_STATES: VendorStatus[] = ['ACTIVE', 'SUSPENDED'];

describe('listing rules in the database say what the domain says', () => {
  it('bookable: the Prisma filter, the SQL filter and isBookable agree for every status pair', async () => {
    for (const vendorStatus of VENDOR_STATES) {
      const vendor = await aVendor(t.db, { timeZone: 'Asia/Bangkok' });
      await t.db.vendor.update({ where: { id: vendor.id }, data: { status: vendorStatus, suspendedAt: vendorStatus === 'SUSPENDED' ? new Date() : null } });
      for (const status of LISTING_STATES) {
        const listing = await aListing(t.db, vendor.id);
        await t.db.listing.update({ where: { id: listing.id }, data: { status } });
        const expected = isBookable({ status, vendor: { status: vendorStatus } });
        const byPrisma = (await t.db.listing.count({ where: { id: listing.id, ...publicListingWhere } })) === 1;
        const [{ bySql }] = await t.db.$queryRaw<[{ bySql: boolean }]>`
          SELECT ${BOOKABLE_LISTING_SQL} AS "bySql" FROM "Listing" l JOIN "Vendor" v ON v."id" = l."vendorId" WHERE l."id" = ${listing.id}::uuid`;
        expect({ status, vendorStatus, byPrisma, bySql }).toEqual({ status, vendorStatus, byPrisma: expected, bySql: expected });
      }
    }
  });

  it("zone: the SQL form and listingTimeZone agree with and without the listing's own zone", async () => {
    const vendor = await aVendor(t.db, { timeZone: 'Asia/Bangkok' });
    for (const own of [null, 'Europe/Lisbon']) {
      const listing = await aListing(t.db, vendor.id);
      await t.db.listing.update({ where: { id: listing.id }, data: { timeZone: own } });
      const [{ zone }] = await t.db.$queryRaw<[{ zone: string }]>`
        SELECT ${LISTING_ZONE_SQL} AS "zone" FROM "Listing" l JOIN "Vendor" v ON v."id" = l."vendorId" WHERE l."id" = ${listing.id}::uuid`;
      expect(zone).toBe(listingTimeZone({ timeZone: own, vendor: { timeZone: 'Asia/Bangkok' } }));
    }
  });
});
