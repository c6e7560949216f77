import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { aBookingWithAllocation, aListing, aVendor, at } from '../support/fixtures';

// The database itself enforces the booking invariants, whatever the application does.

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

async function rentalWithUnits(units = 1) {
  const vendor = await aVendor(t.db);
  return aListing(t.db, vendor.id, { units });
}

describe('no overlapping blocking allocations on one unit', () => {
  it('rejects a second booking that overlaps a confirmed one on the same unit', async () => {
    const listing = await rentalWithUnits();
    const unitId = listing.units[0]!.id;
    await aBookingWithAllocation(t.db, listing, { startAt: at('2030-05-01T10:00Z'), endAt: at('2030-05-01T12:00Z'), target: { unitId } });

    await expect(
      aBookingWithAllocation(t.db, listing, { startAt: at('2030-05-01T11:00Z'), endAt: at('2030-05-01T13:00Z'), target: { unitId } }),
    ).rejects.toThrow(/BookingAllocation_unit_no_overlap/);
    expect(await t.db.booking.count({ where: { listingId: listing.id } })).toBe(1);
  });

  it('accepts back-to-back bookings: ranges are half-open', async () => {
    const listing = await rentalWithUnits();
    const unitId = listing.units[0]!.id;
    await aBookingWithAllocation(t.db, listing, { startAt: at('2030-05-02T10:00Z'), endAt: at('2030-05-02T12:00Z'), target: { unitId } });
    await aBookingWithAllocation(t.db, listing, { startAt: at('2030-05-02T12:00Z'), endAt: at('2030-05-02T14:00Z'), target: { unitId } });
    expect(await t.db.booking.count({ where: { listingId: listing.id } })).toBe(2);
  });

  it('accepts the same range on another unit', async () => {
    const listing = await rentalWithUnits(2);
    const range = { startAt: at('2030-05-03T10:00Z'), endAt: at('2030-05-03T12:00Z') };
    await aBookingWithAllocation(t.db, listing, { ...range, target: { unitId: listing.units[0]!.id } });
    await aBookingWithAllocation(t.db, listing, { ...range, target: { unitId: listing.units[1]!.id } });
    expect(await t.db.booking.count({ where: { listingId: listing.id } })).toBe(2);
  });

  it('accepts an overlapping booking once the first is cancelled', async () => {
    const listing = await rentalWithUnits();
    const unitId = listing.units[0]!.id;
    const range = { startAt: at('2030-05-04T10:00Z'), endAt: at('2030-05-04T12:00Z') };
    const first = await aBookingWithAllocation(t.db, listing, { ...range, target: { unitId } });
    await t.db.booking.update({ where: { id: first.id }, data: { status: 'CANCELLED', cancelledAt: new Date() } });

    const allocation = await t.db.bookingAllocation.findFirstOrThrow({ where: { bookingId: first.id } });
    expect(allocation.blocking).toBe(false);
    await aBookingWithAllocation(t.db, listing, { ...range, target: { unitId } });
    expect(await t.db.booking.count({ where: { listingId: listing.id } })).toBe(2);
  });

  it('treats every blocking status as blocking and the terminal ones as free', async () => {
    const range = { startAt: at('2030-05-05T10:00Z'), endAt: at('2030-05-05T12:00Z') };
    const listing = await rentalWithUnits();
    const unitId = listing.units[0]!.id;
    for (const status of ['EXPIRED', 'DECLINED', 'CANCELLED', 'COMPLETED'] as const) {
      await aBookingWithAllocation(t.db, listing, { ...range, status, target: { unitId } });
    }
    for (const status of ['REQUESTED', 'AWAITING_PAYMENT', 'CONFIRMED', 'CHECKED_IN'] as const) {
      const other = await rentalWithUnits();
      const otherUnit = other.units[0]!.id;
      await aBookingWithAllocation(t.db, other, { ...range, status, target: { unitId: otherUnit } });
      await expect(
        aBookingWithAllocation(t.db, other, { ...range, status: 'CONFIRMED', target: { unitId: otherUnit } }),
      ).rejects.toThrow(/no_overlap/);
    }
  });
});

describe('no overlapping blocking allocations per staff member', () => {
  it('rejects a staff member booked twice at once', async () => {
    const vendor = await aVendor(t.db);
    const listing = await aListing(t.db, vendor.id, { kind: 'APPOINTMENT', pricingUnit: 'FIXED' });
    const staff = await t.db.staffMember.create({ data: { vendorId: vendor.id, name: 'Amara' } });
    await aBookingWithAllocation(t.db, listing, { startAt: at('2030-06-01T09:00Z'), endAt: at('2030-06-01T10:00Z'), target: { staffId: staff.id } });
    await expect(
      aBookingWithAllocation(t.db, listing, { startAt: at('2030-06-01T09:30Z'), endAt: at('2030-06-01T10:30Z'), target: { staffId: staff.id } }),
    ).rejects.toThrow(/BookingAllocation_staff_no_overlap/);
  });
});

describe('session capacity', () => {
  async function sessionWithCapacity(capacity: number) {
    const vendor = await aVendor(t.db);
    const listing = await aListing(t.db, vendor.id, { kind: 'SESSION', pricingUnit: 'SEAT' });
    const session = await t.db.listingSession.create({
      data: { listingId: listing.id, startAt: at('2030-07-01T10:00Z'), endAt: at('2030-07-01T12:00Z'), capacity },
    });
    return { listing, session };
  }

  it('counts seats of blocking allocations and rejects an overbooking', async () => {
    const { listing, session } = await sessionWithCapacity(5);
    const range = { startAt: session.startAt, endAt: session.endAt };
    await aBookingWithAllocation(t.db, listing, { ...range, target: { sessionId: session.id, seats: 3 } });
    await aBookingWithAllocation(t.db, listing, { ...range, target: { sessionId: session.id, seats: 2 } });
    expect((await t.db.listingSession.findUniqueOrThrow({ where: { id: session.id } })).seatsTaken).toBe(5);

    await expect(
      aBookingWithAllocation(t.db, listing, { ...range, target: { sessionId: session.id, seats: 1 } }),
    ).rejects.toThrow(/ListingSession_capacity/);
    expect(await t.db.booking.count({ where: { listingId: listing.id } })).toBe(2);
  });

  it('gives seats back when a booking stops blocking', async () => {
    const { listing, session } = await sessionWithCapacity(2);
    const range = { startAt: session.startAt, endAt: session.endAt };
    const booking = await aBookingWithAllocation(t.db, listing, { ...range, target: { sessionId: session.id, seats: 2 } });
    await t.db.booking.update({ where: { id: booking.id }, data: { status: 'EXPIRED' } });
    expect((await t.db.listingSession.findUniqueOrThrow({ where: { id: session.id } })).seatsTaken).toBe(0);
    await aBookingWithAllocation(t.db, listing, { ...range, target: { sessionId: session.id, seats: 2 } });
    expect((await t.db.listingSession.findUniqueOrThrow({ where: { id: session.id } })).seatsTaken).toBe(2);
  });

  it('rejects a capacity lowered below the seats taken', async () => {
    const { listing, session } = await sessionWithCapacity(4);
    await aBookingWithAllocation(t.db, listing, { startAt: session.startAt, endAt: session.endAt, target: { sessionId: session.id, seats: 3 } });
    await expect(t.db.listingSession.update({ where: { id: session.id }, data: { capacity: 2 } })).rejects.toThrow(
      /ListingSession_capacity/,
    );
  });
});

describe('checks on values', () => {
  it('rejects negative money, empty ranges and ratings outside 1..5, and a second review', async () => {
    const vendor = await aVendor(t.db);
    const listing = await aListing(t.db, vendor.id, { units: 1 });
    await expect(t.db.listing.update({ where: { id: listing.id }, data: { priceAmount: -1 } })).rejects.toThrow(/Listing_money_non_negative/);
    await expect(
      aBookingWithAllocation(t.db, listing, { startAt: at('2030-05-01T10:00Z'), endAt: at('2030-05-01T10:00Z'), target: { unitId: listing.units[0]!.id } }),
    ).rejects.toThrow(/range_half_open/);

    const booking = await aBookingWithAllocation(t.db, listing, {
      status: 'COMPLETED',
      startAt: at('2020-05-01T10:00Z'),
      endAt: at('2020-05-01T12:00Z'),
      target: { unitId: listing.units[0]!.id },
    });
    await expect(t.db.review.create({ data: { bookingId: booking.id, listingId: listing.id, rating: 6 } })).rejects.toThrow(/Review_rating_range/);
    await expect(t.db.review.create({ data: { bookingId: booking.id, listingId: listing.id, rating: 0 } })).rejects.toThrow(/Review_rating_range/);
    await t.db.review.create({ data: { bookingId: booking.id, listingId: listing.id, rating: 5 } });
    await expect(t.db.review.create({ data: { bookingId: booking.id, listingId: listing.id, rating: 4 } })).rejects.toThrow(/Unique constraint/i);
  });

  it('stores a payment-provider event only once', async () => {
    const event = { provider: 'STRIPE' as const, eventId: 'evt_123', type: 'checkout.session.completed', payload: {} };
    await t.db.providerEvent.create({ data: event });
    await expect(t.db.providerEvent.create({ data: event })).rejects.toThrow(/Unique constraint/i);
  });

  it('never edits or deletes a terminal booking', async () => {
    const vendor = await aVendor(t.db);
    const listing = await aListing(t.db, vendor.id, { units: 1 });
    const booking = await aBookingWithAllocation(t.db, listing, {
      status: 'CANCELLED',
      startAt: at('2030-08-01T10:00Z'),
      endAt: at('2030-08-01T12:00Z'),
      target: { unitId: listing.units[0]!.id },
    });
    await expect(t.db.booking.update({ where: { id: booking.id }, data: { status: 'CONFIRMED' } })).rejects.toThrow(/cannot be changed/);
    await expect(t.db.booking.update({ where: { id: booking.id }, data: { endAt: at('2030-08-01T13:00Z') } })).rejects.toThrow(/cannot be changed/);
    await expect(t.db.booking.delete({ where: { id: booking.id } })).rejects.toThrow(/cannot be deleted/);
  });
});
