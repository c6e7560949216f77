import 'server-only';
import type { Db } from '@/lib/db/prisma';
import { BLOCKING_STATUSES } from '@/lib/domain/booking-status';
import { addDays, localDateOf, startOfLocalDay } from '@/lib/domain/time';

const HOLD_SOON_MS = 2 * 3_600_000;

/** The figures at the top of the vendor dashboard, for the vendor's local today and month. */
export async function vendorOverview(db: Db, vendorId: string, now = new Date()) {
  const { timeZone } = await db.vendor.findUniqueOrThrow({ where: { id: vendorId }, select: { timeZone: true } });
  const today = localDateOf(now, timeZone);
  const dayStart = startOfLocalDay(today, timeZone);
  const dayEnd = startOfLocalDay(addDays(today, 1), timeZone);
  const monthStart = startOfLocalDay(`${today.slice(0, 7)}-01`, timeZone);
  const nextMonth = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  nextMonth.setUTCMonth(nextMonth.getUTCMonth() + 1);
  const monthEnd = startOfLocalDay(nextMonth.toISOString().slice(0, 10), timeZone);
  const liveHold = { gt: now };

  const [checkIns, checkOuts, pendingRequests, holdsEndingSoon, money] = await Promise.all([
    db.booking.count({ where: { vendorId, status: 'CONFIRMED', startAt: { gte: dayStart, lt: dayEnd } } }),
    db.booking.count({ where: { vendorId, status: 'CHECKED_IN', endAt: { gte: dayStart, lt: dayEnd } } }),
    db.booking.count({ where: { vendorId, status: 'REQUESTED', holdExpiresAt: liveHold } }),
    db.booking.count({ where: { vendorId, status: { in: ['REQUESTED', 'AWAITING_PAYMENT'] }, holdExpiresAt: { gt: now, lte: new Date(now.getTime() + HOLD_SOON_MS) } } }),
    db.payment.groupBy({
      by: ['currency', 'kind'],
      where: { status: 'SUCCEEDED', createdAt: { gte: monthStart, lt: monthEnd }, booking: { vendorId } },
      _sum: { amount: true },
    }),
  ]);
  // Money received this month net of refunds, per currency (usually just the vendor's).
  const revenue = new Map<string, number>();
  for (const row of money) {
    const sign = row.kind === 'REFUND' ? -1 : 1;
    revenue.set(row.currency, (revenue.get(row.currency) ?? 0) + sign * (row._sum.amount ?? 0));
  }
  return { timeZone, today, checkIns, checkOuts, pendingRequests, holdsEndingSoon, revenue: [...revenue].map(([currency, amount]) => ({ currency, amount })) };
}

/** The overview's lists: the next bookings still to happen, and the listings that are not archived. */
export async function overviewLists(db: Db, vendorId: string, now = new Date()) {
  const [upcoming, listings] = await Promise.all([
    db.booking.findMany({
      where: { vendorId, endAt: { gte: now }, status: { in: [...BLOCKING_STATUSES] } },
      orderBy: { startAt: 'asc' },
      take: 20,
      include: { listing: { select: { title: true } } },
    }),
    db.listing.findMany({ where: { vendorId, status: { not: 'ARCHIVED' } }, orderBy: { title: 'asc' }, select: { id: true, title: true, status: true, slug: true } }),
  ]);
  return { upcoming, listings };
}
