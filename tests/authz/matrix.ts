import { randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db/prisma';
import type { BookingStatus } from '@/lib/generated/prisma/enums';
import type { Prisma, User, Vendor } from '@/lib/generated/prisma/client';
import { snapshotOf } from '../support/fixtures';

// The authorization matrix: who may call each dashboard and admin server action and route.
// Cases live in tests/authz/cases/*.ts; action-matrix.db.test.ts runs every case as every role.

export const ROLES = ['anonymous', 'customer', 'staffA', 'ownerA', 'ownerB', 'operator'] as const;
export type Role = (typeof ROLES)[number];

/** A server action, called as each role with the input `input` builds (once per role). */
export type ActionCase = {
  module: string; // path from the repository root, e.g. 'lib/actions/business/team.ts'
  action: string; // the exported function
  allow: Role[];
  /** Several cases may share one action (one per step, say); the label tells them apart. */
  label?: string;
  input: (w: World) => Promise<unknown>;
};

/** A route handler, called as each role: allowed roles get a 2xx, the others 401, 403 or 404. */
export type RouteCase = {
  route: string; // e.g. 'app/api/dashboard/listings/[id]/images/route.ts'
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  allow: Role[];
  label?: string;
  request: (w: World) => Promise<{ request: Request; params?: Record<string, string | string[]> }>;
};

export type MatrixCase = ActionCase | RouteCase;

export type World = {
  db: Db;
  unique: () => string;
  users: Record<Exclude<Role, 'anonymous'>, User>;
  vendorA: Vendor;
  vendorB: Vendor;
  categoryId: string;
  /** A published rental of this vendor with one active unit. */
  rentalListing: (vendorId: string, overrides?: Partial<Prisma.ListingUncheckedCreateInput>) => Promise<ListingWithUnit>;
  /** A booking of this listing in this status (straight into the database, allocation included). */
  booking: (listingId: string, status: BookingStatus, options?: { paidAmount?: number; startsInHours?: number }) => Promise<{ id: string; reference: string }>;
};

type ListingWithUnit = Prisma.ListingGetPayload<{ include: { units: true } }>;

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

export async function buildWorld(db: Db): Promise<World> {
  const user = (name: string, role: 'CUSTOMER' | 'OPERATOR' = 'CUSTOMER') =>
    db.user.create({ data: { email: `${name.toLowerCase()}-${hex(3)}@example.com`, name, role } });
  const vendor = (name: string) =>
    db.vendor.create({ data: { slug: `${name.toLowerCase()}-${hex(3)}`, name, contactEmail: `${name.toLowerCase()}@example.com`, timeZone: 'Europe/London', currency: 'GBP' } });

  const [customer, staffA, ownerA, ownerB, operator] = await Promise.all([
    user('Customer'),
    user('StaffA'),
    user('OwnerA'),
    user('OwnerB'),
    user('Operator', 'OPERATOR'),
  ]);
  const [vendorA, vendorB] = await Promise.all([vendor('VendorA'), vendor('VendorB')]);
  await db.vendorMember.createMany({
    data: [
      { vendorId: vendorA.id, userId: ownerA.id, role: 'OWNER' },
      { vendorId: vendorA.id, userId: staffA.id, role: 'STAFF' },
      { vendorId: vendorB.id, userId: ownerB.id, role: 'OWNER' },
    ],
  });
  const category = await db.category.create({ data: { slug: `things-${hex(3)}`, name: 'Things', kind: 'RENTAL' } });

  const bookingsPerListing = new Map<string, number>();
  const listings = new Map<string, ListingWithUnit>();

  const rentalListing: World['rentalListing'] = async (vendorId, overrides = {}) => {
    const listing = await db.listing.create({
      data: {
        vendorId,
        categoryId: category.id,
        kind: 'RENTAL',
        slug: `rental-${hex(4)}`,
        title: 'A rental',
        status: 'PUBLISHED',
        publishedAt: new Date(),
        currency: 'GBP',
        pricingUnit: 'HOUR',
        priceAmount: 2000,
        ...overrides,
        units: { create: { code: 'U-1' } },
      },
      include: { units: true },
    });
    listings.set(listing.id, listing);
    return listing;
  };

  const booking: World['booking'] = async (listingId, status, options = {}) => {
    const listing = listings.get(listingId) ?? (await db.listing.findUniqueOrThrow({ where: { id: listingId }, include: { units: true } }));
    // Each booking of a listing gets its own later hour, so allocations of a shared listing never overlap.
    const nth = bookingsPerListing.get(listingId) ?? 0;
    bookingsPerListing.set(listingId, nth + 1);
    const startAt = new Date(Date.now() + ((options.startsInHours ?? 48) + nth * 2) * 3_600_000);
    const endAt = new Date(startAt.getTime() + 3_600_000);
    const held = status === 'REQUESTED' || status === 'AWAITING_PAYMENT';
    const paidAmount = options.paidAmount ?? 0;
    const total = Math.max(2000, paidAmount);
    return db.booking.create({
      data: {
        reference: `BK-${hex(3).toUpperCase()}`,
        vendorId: listing.vendorId,
        listingId,
        kind: listing.kind,
        status,
        contactName: 'Gia Guest',
        contactEmail: 'gia@example.com',
        startAt,
        endAt,
        timeZone: 'Europe/London',
        priceSnapshot: snapshotOf(total, listing.currency),
        currency: listing.currency,
        totalAmount: total,
        depositAmount: 0,
        paidAmount,
        holdExpiresAt: held ? new Date(Date.now() + 24 * 3_600_000) : null,
        checkedInAt: status === 'CHECKED_IN' ? new Date() : null,
        allocations: { create: [{ unitId: listing.units[0]!.id, startAt, endAt }] },
        payments:
          paidAmount > 0 ? { create: { provider: 'MANUAL', kind: 'CHARGE', status: 'SUCCEEDED', amount: paidAmount, currency: listing.currency } } : undefined,
      },
      select: { id: true, reference: true },
    });
  };

  return {
    db,
    unique: () => hex(4),
    users: { customer, staffA, ownerA, ownerB, operator },
    vendorA,
    vendorB,
    categoryId: category.id,
    rentalListing,
    booking,
  };
}

export const caseName = (c: MatrixCase) =>
  'action' in c ? `${c.module}#${c.action}${c.label ? ` (${c.label})` : ''}` : `${c.method} ${c.route}${c.label ? ` (${c.label})` : ''}`;
