import 'server-only';
import { z } from 'zod';
import { id, localDate } from '@/lib/validation/fields';
import type { Db } from '@/lib/db/prisma';
import { BookingStatus } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';
import { NotFound } from '@/lib/errors';
import { addDays, startOfLocalDay } from '@/lib/domain/time';

// The vendor's booking inbox: only ever this vendor's bookings, filtered from the URL.

const blank = (v: unknown) => (v === '' || v === null ? undefined : v);
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional().catch(undefined));

export const inboxFiltersSchema = z.object({
  status: opt(z.enum(Object.values(BookingStatus) as [BookingStatus, ...BookingStatus[]])),
  listing: opt(id()),
  from: opt(localDate()),
  to: opt(localDate()),
  q: opt(z.string().trim().max(100)),
  page: opt(z.coerce.number().int().min(1).max(1000)),
});

export type InboxFilters = z.output<typeof inboxFiltersSchema>;
const PAGE_SIZE = 25;

/** Bookings whose reference, guest name or email contains `q` (references and emails are stored in one case). */
export function bookingsMatching(q: string): Prisma.BookingWhereInput {
  return {
    OR: [{ reference: { contains: q.toUpperCase() } }, { contactName: { contains: q, mode: 'insensitive' } }, { contactEmail: { contains: q.toLowerCase() } }],
  };
}

/**
 * Requests still waiting for an answer (their hold has not lapsed), the one that lapses first on
 * top: the inbox shows them above everything else, with Approve and Decline on each.
 */
export function openRequests(db: Db, vendorId: string, now = new Date()) {
  return db.booking.findMany({
    where: { vendorId, status: 'REQUESTED', holdExpiresAt: { gt: now } },
    orderBy: [{ holdExpiresAt: 'asc' }, { id: 'asc' }],
    take: 50,
    include: { listing: { select: { title: true, paymentMode: true } } },
  });
}

export async function bookingInbox(db: Db, vendorId: string, rawFilters: unknown) {
  const filters = inboxFiltersSchema.parse(rawFilters ?? {});
  const page = filters.page ?? 1;
  const { timeZone } = await db.vendor.findUniqueOrThrow({ where: { id: vendorId }, select: { timeZone: true } });
  const where: Prisma.BookingWhereInput = {
    vendorId,
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.listing ? { listingId: filters.listing } : {}),
    // From and to are local dates in the vendor's zone; "to" includes its whole day.
    ...(filters.from || filters.to
      ? {
          startAt: {
            ...(filters.from ? { gte: startOfLocalDay(filters.from, timeZone) } : {}),
            ...(filters.to ? { lt: startOfLocalDay(addDays(filters.to, 1), timeZone) } : {}),
          },
        }
      : {}),
    ...(filters.q ? bookingsMatching(filters.q) : {}),
  };
  const [bookings, total, listings] = await Promise.all([
    db.booking.findMany({
      where,
      orderBy: [{ startAt: 'asc' }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      include: { listing: { select: { title: true } } },
    }),
    db.booking.count({ where }),
    db.listing.findMany({ where: { vendorId }, orderBy: { title: 'asc' }, select: { id: true, title: true } }),
  ]);
  return { bookings, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), filters, listings, timeZone };
}

/** One booking of this vendor with what the detail page shows; another vendor's booking is not found. */
export async function vendorBooking(db: Db, vendorId: string, bookingId: string) {
  // An id from the URL that is not a UUID names no booking (the database would refuse to compare it).
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(bookingId)) throw new NotFound('This booking was not found.');
  const booking = await db.booking.findFirst({
    where: { id: bookingId, vendorId },
    include: {
      listing: { select: { title: true, slug: true, paymentMode: true, kind: true } },
      vendor: { select: { name: true, slug: true } },
      events: { orderBy: { createdAt: 'asc' } },
      payments: { orderBy: { createdAt: 'asc' } },
      allocations: { include: { unit: { select: { code: true } }, staff: { select: { name: true } }, session: { select: { startAt: true } } } },
      dayCheckIns: { select: { day: true }, orderBy: { day: 'asc' } },
    },
  });
  if (!booking) throw new NotFound('This booking does not exist.');
  return booking;
}
