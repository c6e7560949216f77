import { randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db/prisma';
import type { BookingStatus, ListingKind, PricingUnit } from '@/lib/generated/prisma/enums';

// Rows built straight into the database, for tests of the schema and its constraints.
// Booking-engine tests go through the services instead.

const suffix = () => randomBytes(3).toString('hex');

export async function aVendor(db: Db, overrides: { timeZone?: string; currency?: string } = {}) {
  const slug = `vendor-${suffix()}`;
  return db.vendor.create({
    data: {
      slug,
      name: `Vendor ${slug}`,
      contactEmail: `${slug}@example.com`,
      timeZone: overrides.timeZone ?? 'Europe/London',
      currency: overrides.currency ?? 'GBP',
    },
  });
}

export async function aCategory(db: Db, kind: ListingKind = 'RENTAL') {
  const slug = `category-${suffix()}`;
  return db.category.create({ data: { slug, name: slug, kind } });
}

export async function aListing(
  db: Db,
  vendorId: string,
  options: { kind?: ListingKind; pricingUnit?: PricingUnit; priceAmount?: number; units?: number } = {},
) {
  const kind = options.kind ?? 'RENTAL';
  const category = await aCategory(db, kind);
  const slug = `listing-${suffix()}`;
  return db.listing.create({
    data: {
      vendorId,
      categoryId: category.id,
      kind,
      slug,
      title: `Listing ${slug}`,
      status: 'PUBLISHED',
      currency: 'GBP',
      pricingUnit: options.pricingUnit ?? 'HOUR',
      priceAmount: options.priceAmount ?? 2500,
      units: options.units ? { create: Array.from({ length: options.units }, (_, i) => ({ code: `U-${i + 1}` })) } : undefined,
    },
    include: { units: { orderBy: { code: 'asc' } } },
  });
}

let referenceCounter = 0;
export function aReference() {
  referenceCounter += 1;
  return `BK-${randomBytes(2).toString('hex').toUpperCase()}${String(referenceCounter).padStart(2, '0').slice(-2)}`;
}

type Target = { unitId: string } | { staffId: string } | { sessionId: string; seats: number };

export async function aBookingWithAllocation(
  db: Db,
  listing: { id: string; vendorId: string; kind: ListingKind },
  options: { status?: BookingStatus; startAt: Date; endAt: Date; target: Target; holdExpiresAt?: Date },
) {
  const status = options.status ?? 'CONFIRMED';
  const needsHold = status === 'REQUESTED' || status === 'AWAITING_PAYMENT';
  return db.booking.create({
    data: {
      reference: aReference(),
      vendorId: listing.vendorId,
      listingId: listing.id,
      kind: listing.kind,
      status,
      contactName: 'Test Guest',
      contactEmail: 'guest@example.com',
      startAt: options.startAt,
      endAt: options.endAt,
      timeZone: 'Europe/London',
      priceSnapshot: snapshotOf(0, 'GBP'),
      currency: 'GBP',
      totalAmount: 0,
      depositAmount: 0,
      holdExpiresAt: options.holdExpiresAt ?? (needsHold ? new Date(Date.now() + 30 * 60_000) : null),
      allocations: {
        create: [{ ...options.target, startAt: options.startAt, endAt: options.endAt }],
      },
    },
    include: { allocations: true },
  });
}

/** A price snapshot of one fixed line: bookings written as raw rows still read as the API shows them (webhook events serialize them). */
export function snapshotOf(total: number, currency: string) {
  return {
    currency,
    lineItems: [{ code: 'base', label: 'Booking', quantity: 1, unitAmount: total, amount: total }],
    subtotal: total,
    feesTotal: 0,
    discountTotal: 0,
    taxTotal: 0,
    total,
    depositDue: 0,
    balanceDue: total,
    billableUnits: { unit: 'FIXED', count: 1 },
    timeZone: 'Europe/London',
  };
}

export { at } from './scenario';
