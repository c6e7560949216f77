import 'server-only';
import type { Db } from '@/lib/db/prisma';

/** What the pay return pages show: the booking's true status (the webhook decides it, not the redirect). */
export async function bookingPaymentStatus(db: Db, bookingId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(bookingId)) return null;
  const booking = await db.booking.findUnique({
    where: { id: bookingId },
    select: {
      id: true, reference: true, status: true, currency: true, totalAmount: true, depositAmount: true, paidAmount: true, refundedAmount: true, holdExpiresAt: true,
      listing: { select: { title: true } },
      events: { where: { data: { path: ['kind'], equals: 'late_payment_rebooked' } }, select: { data: true }, take: 1 },
    },
  });
  if (!booking) return null;
  const rebooked = booking.events[0]?.data as { replacement?: string } | undefined;
  return { ...booking, replacementReference: rebooked?.replacement ?? null };
}

/** Payments and refunds of a booking for its page, oldest first; pending refunds show as in progress. */
export function bookingPayments(db: Db, bookingId: string) {
  return db.payment.findMany({
    where: { bookingId, status: { in: ['SUCCEEDED', 'PENDING'] } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, kind: true, provider: true, status: true, amount: true, currency: true, providerRef: true, reason: true, createdAt: true },
  });
}
