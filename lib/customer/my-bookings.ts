import 'server-only';
import type { Db } from '@/lib/db/prisma';
import { BLOCKING_STATUSES } from '@/lib/domain/booking-status';
import type { Prisma } from '@/lib/generated/prisma/client';

// "My bookings": upcoming ones (still active and not over yet), soonest first; the rest (over,
// cancelled, declined, expired) as past, newest first.

export type BookingTab = 'upcoming' | 'past';

const PAGE = 50;

export async function myBookings(db: Db, userId: string, tab: BookingTab, now: Date) {
  const upcoming: Prisma.BookingWhereInput = { customerId: userId, status: { in: [...BLOCKING_STATUSES] }, endAt: { gt: now } };
  const past: Prisma.BookingWhereInput = { customerId: userId, OR: [{ status: { notIn: [...BLOCKING_STATUSES] } }, { endAt: { lte: now } }] };
  const [upcomingCount, pastCount, bookings] = await Promise.all([
    db.booking.count({ where: upcoming }),
    db.booking.count({ where: past }),
    db.booking.findMany({
      where: tab === 'upcoming' ? upcoming : past,
      orderBy: [{ startAt: tab === 'upcoming' ? 'asc' : 'desc' }, { id: 'asc' }],
      take: PAGE,
      include: { listing: { select: { title: true, slug: true, vendor: { select: { slug: true, name: true } } } } },
    }),
  ]);
  return { upcomingCount, pastCount, bookings, more: (tab === 'upcoming' ? upcomingCount : pastCount) > bookings.length };
}

export type MyBooking = Awaited<ReturnType<typeof myBookings>>['bookings'][number];
