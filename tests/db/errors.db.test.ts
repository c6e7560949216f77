import { beforeAll, describe, expect, it } from 'vitest';
import { isBookingConflict, isRetryableTransactionError, isUniqueViolation, postgresErrorOf } from '@/lib/db/errors';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { aBookingWithAllocation, aListing, aVendor, at } from '../support/fixtures';

// Database errors are told apart by SQLSTATE and constraint name, read from what PostgreSQL
// answers through Prisma's driver adapter: these are real failures, not made-up error objects.

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

const failureOf = async (work: () => Promise<unknown>) => work().then(() => undefined, (error: unknown) => error);

describe('database errors by code', () => {
  it('reads a unique violation and its constraint from a model write', async () => {
    const vendor = await aVendor(t.db);
    const error = await failureOf(() => t.db.vendor.create({ data: { slug: vendor.slug, name: 'Copy', contactEmail: 'c@example.com', timeZone: 'UTC', currency: 'EUR' } }));
    expect(postgresErrorOf(error)).toEqual({ sqlState: '23505', constraint: 'Vendor_slug_key' });
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(error, 'slug')).toBe(true);
    expect(isUniqueViolation(error, 'email')).toBe(false);
    expect(isBookingConflict(error)).toBe(false);
  });

  it('treats an overlapping allocation on one unit as a booking conflict', async () => {
    const listing = await aListing(t.db, (await aVendor(t.db)).id, { units: 1 });
    const target = { unitId: listing.units[0]!.id };
    await aBookingWithAllocation(t.db, listing, { startAt: at('2030-05-01T10:00Z'), endAt: at('2030-05-01T12:00Z'), target });
    const error = await failureOf(() => aBookingWithAllocation(t.db, listing, { startAt: at('2030-05-01T11:00Z'), endAt: at('2030-05-01T13:00Z'), target }));
    expect(postgresErrorOf(error)).toEqual({ sqlState: '23P01', constraint: 'BookingAllocation_unit_no_overlap' });
    expect(isBookingConflict(error)).toBe(true);
    expect(isUniqueViolation(error)).toBe(false);
  });

  it('treats a session over capacity as a booking conflict, and other checks not', async () => {
    const listing = await aListing(t.db, (await aVendor(t.db)).id, { units: 1 });
    const session = await t.db.listingSession.create({
      data: { listingId: listing.id, startAt: at('2030-06-01T10:00Z'), endAt: at('2030-06-01T11:00Z'), capacity: 2 },
    });
    const overCapacity = await failureOf(() => t.db.listingSession.update({ where: { id: session.id }, data: { seatsTaken: 3 } }));
    expect(postgresErrorOf(overCapacity)).toEqual({ sqlState: '23514', constraint: 'ListingSession_capacity' });
    expect(isBookingConflict(overCapacity)).toBe(true);

    const invertedRange = await failureOf(() => t.db.listingSession.update({ where: { id: session.id }, data: { endAt: at('2030-06-01T09:00Z') } }));
    expect(postgresErrorOf(invertedRange)).toEqual({ sqlState: '23514', constraint: 'ListingSession_range_half_open' });
    expect(isBookingConflict(invertedRange)).toBe(false);
  });

  it('recognises serialization failures and deadlocks as retryable, inside a transaction too', async () => {
    const raise = (code: string) => `DO $$ BEGIN RAISE EXCEPTION 'simulated' USING ERRCODE = '${code}'; END $$`;
    expect(isRetryableTransactionError(await failureOf(() => t.db.$executeRawUnsafe(raise('40001'))))).toBe(true);
    expect(isRetryableTransactionError(await failureOf(() => t.db.$transaction((tx) => tx.$executeRawUnsafe(raise('40P01')))))).toBe(true);
    expect(isRetryableTransactionError(await failureOf(() => t.db.$executeRawUnsafe(raise('23505'))))).toBe(false);
    expect(isRetryableTransactionError(new Error('could not serialize access'))).toBe(false);
  });
});
