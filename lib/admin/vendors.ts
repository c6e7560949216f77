import 'server-only';
import { z } from 'zod';
import { id } from '@/lib/validation/fields';
import { parseInput } from '@/lib/booking/parse';
import type { Db, Tx } from '@/lib/db/prisma';
import { NotFound, PolicyViolation } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { VendorStatus } from '@/lib/generated/prisma/enums';
import { writeAudit } from './audit';
import { enumFilter, pageFilter, paging, searchFilter } from './list-filters';
import type { OperatorActor } from '@/lib/domain/actor';
import { assertOperator } from './operator';
import { vendorReasonSchema, vendorSuspensionSchema } from './schemas';
import { cancelBooking } from '@/lib/booking/cancel-booking';
import { afterCatalogWrite } from '@/lib/catalog/cache-tags';

// Businesses on the platform. Suspending one hides its listings from the catalog and refuses new
// bookings (the catalog and booking queries require an ACTIVE vendor); its bookings are kept.

export const vendorFiltersSchema = z.object({
  q: searchFilter,
  status: enumFilter(Object.values(VendorStatus)),
  page: pageFilter,
});

export async function listVendors(db: Db, operator: OperatorActor, raw: unknown) {
  assertOperator(operator);
  const filters = vendorFiltersSchema.parse(raw ?? {});
  const where: Prisma.VendorWhereInput = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.q
      ? {
          OR: [
            { name: { contains: filters.q, mode: 'insensitive' } },
            { slug: { contains: filters.q.toLowerCase() } },
            { contactEmail: { contains: filters.q, mode: 'insensitive' } },
          ],
        }
      : {}),
  };
  const page = paging(filters.page);
  const [rows, total] = await Promise.all([
    db.vendor.findMany({
      where,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      skip: page.skip,
      take: page.take,
      select: { id: true, slug: true, name: true, contactEmail: true, city: true, status: true, suspendedAt: true, createdAt: true, _count: { select: { listings: true, bookings: true } } },
    }),
    db.vendor.count({ where }),
  ]);
  return { ...page.result(rows, total), filters };
}

/** One business with its members, listing counts by status and latest bookings. */
export async function vendorDetail(db: Db, operator: OperatorActor, vendorId: string) {
  assertOperator(operator);
  const vendor = id().safeParse(vendorId).success
    ? await db.vendor.findUnique({
        where: { id: vendorId },
        include: {
          members: { orderBy: { createdAt: 'asc' }, include: { user: { select: { id: true, email: true, name: true, disabledAt: true } } } },
          bookings: { orderBy: { createdAt: 'desc' }, take: 10, include: { listing: { select: { title: true } } } },
        },
      })
    : null;
  if (!vendor) throw new NotFound('This business does not exist.');
  const counts = await db.listing.groupBy({ by: ['status'], where: { vendorId }, _count: { _all: true } });
  const listingCounts = Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<string, number>>;
  const bookingCount = await db.booking.count({ where: { vendorId } });
  return { vendor, listingCounts, bookingCount };
}

const suspensionFields = { status: true, suspendedAt: true, suspensionReason: true } as const;
const snapshot = (v: { status: string; suspendedAt: Date | null; suspensionReason: string | null }) => ({
  status: v.status,
  suspendedAt: v.suspendedAt?.toISOString() ?? null,
  suspensionReason: v.suspensionReason,
});

/**
 * Suspends a business: its listings leave the catalog at once and no new booking can be made, nor
 * any business-side step or payment (lib/booking/business-suspension.ts; a payment that still
 * arrives is refunded, lib/payments/apply-payment.ts). The operator chooses what happens to its
 * bookings still waiting for an answer or a payment: `keep` them (they expire as usual unless the
 * business is reactivated in time) or `cancel` them now (the customers are told by email, and
 * anything already paid on them is refunded in full).
 */
export async function suspendVendor(db: Db, operator: OperatorActor, input: unknown, now = new Date()) {
  assertOperator(operator);
  const { vendorId, reason, pending } = parseInput(vendorSuspensionSchema, input);
  return afterCatalogWrite(db.$transaction(
    async (tx) => {
      const before = await lockVendor(tx, vendorId);
      if (before.status === 'SUSPENDED') throw new PolicyViolation('This business is already suspended.');
      const after = await tx.vendor.update({ where: { id: vendorId }, data: { status: 'SUSPENDED', suspendedAt: now, suspensionReason: reason }, select: suspensionFields });
      const open = await tx.booking.findMany({ where: { vendorId, status: { in: ['REQUESTED', 'AWAITING_PAYMENT'] } }, select: { id: true }, orderBy: { id: 'asc' } });
      const cancelled: string[] = [];
      if (pending === 'cancel') {
        for (const booking of open) {
          await cancelBooking(tx, booking.id, operator, SUSPENSION_CANCEL_REASON, now);
          cancelled.push(booking.id);
        }
      }
      await writeAudit(tx, operator, {
        action: 'vendor.suspend',
        entityType: 'Vendor',
        entityId: vendorId,
        reason,
        data: { before: snapshot(before), after: snapshot(after), pending, pendingBookings: open.length, cancelledBookings: cancelled },
      });
      return { ...after, pendingBookings: open.length, cancelledBookings: cancelled.length };
    },
    { maxWait: 20_000, timeout: 60_000 },
  ));
}

/** What the customers of a suspended business's cancelled bookings are told. */
export const SUSPENSION_CANCEL_REASON = 'The business can no longer take this booking: it was suspended by the platform. Anything you paid is refunded in full.';

/** Lifts a suspension: published listings are back in the catalog and bookable. */
export async function reactivateVendor(db: Db, operator: OperatorActor, input: unknown) {
  assertOperator(operator);
  const { vendorId, reason } = parseInput(vendorReasonSchema, input);
  return afterCatalogWrite(db.$transaction(async (tx) => {
    const before = await lockVendor(tx, vendorId);
    if (before.status === 'ACTIVE') throw new PolicyViolation('This business is already active.');
    const after = await tx.vendor.update({ where: { id: vendorId }, data: { status: 'ACTIVE', suspendedAt: null, suspensionReason: null }, select: suspensionFields });
    await writeAudit(tx, operator, { action: 'vendor.reactivate', entityType: 'Vendor', entityId: vendorId, reason, data: { before: snapshot(before), after: snapshot(after) } });
    return after;
  }));
}

async function lockVendor(tx: Tx, vendorId: string) {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "Vendor" WHERE "id" = ${vendorId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw new NotFound('This business does not exist.');
  return tx.vendor.findUniqueOrThrow({ where: { id: vendorId }, select: suspensionFields });
}
