import 'server-only';
import type { Db } from '@/lib/db/prisma';
import { visibleBookings, type PayViewer } from './pay-access';

/**
 * What the pay return pages show: the booking's true status (the webhook decides it, not the
 * redirect), with the page to go back to; null when the viewer may not see it (or it does not exist).
 */
export async function bookingPaymentStatus(db: Db, bookingId: string, viewer: PayViewer) {
  if (!/^[0-9a-f-]{36}$/i.test(bookingId)) return null;
  const booking = await db.booking.findUnique({
    where: { id: bookingId },
    select: {
      id: true, customerId: true, reference: true, status: true, currency: true, totalAmount: true, depositAmount: true, paidAmount: true, refundedAmount: true, holdExpiresAt: true,
      listing: { select: { title: true } },
      events: { where: { data: { path: ['kind'], equals: 'late_payment_rebooked' } }, select: { data: true }, take: 1 },
    },
  });
  if (!booking) return null;
  const returnPath = (await visibleBookings(db, viewer, [booking])).get(booking.id);
  if (!returnPath) return null;
  const rebooked = booking.events[0]?.data as { replacement?: string } | undefined;
  return { ...booking, returnPath, replacementReference: rebooked?.replacement ?? null };
}

/**
 * Payments and refunds of a booking for its page, oldest first; pending refunds show as in progress.
 * The recorder's internal note (`reason`) is read for the business only; customers get the message written for them.
 */
export async function bookingPayments(db: Db, bookingId: string, audience: 'customer' | 'business') {
  const rows = await db.payment.findMany({
    where: { bookingId, status: { in: ['SUCCEEDED', 'PENDING'] } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, kind: true, provider: true, status: true, amount: true, currency: true, providerRef: true, customerMessage: true, createdAt: true, ...(audience === 'business' ? { reason: true } : {}) },
  });
  return rows.map(({ reason, ...row }: (typeof rows)[number] & { reason?: string | null }) => ({ ...row, internalNote: reason ?? null }));
}

/**
 * What the pay return pages show after a checkout that paid several bookings (a cart): the latest
 * checkout that included `bookingId`, with the true status and amounts of each of its bookings the
 * viewer may see; null when they may see none.
 */
export async function groupPaymentStatus(db: Db, bookingId: string, viewer: PayViewer) {
  if (!/^[0-9a-f-]{36}$/i.test(bookingId)) return null;
  const session = await db.checkoutSession.findFirst({
    where: { items: { some: { bookingId } } },
    orderBy: { createdAt: 'desc' },
    select: {
      amount: true, currency: true, status: true,
      items: {
        orderBy: { booking: { startAt: 'asc' } },
        select: { amount: true, booking: { select: { id: true, customerId: true, reference: true, status: true, paidAmount: true, refundedAmount: true, currency: true, listing: { select: { title: true } } } } },
      },
    },
  });
  if (!session) return null;
  const visible = await visibleBookings(db, viewer, session.items.map((item) => item.booking));
  const bookings = session.items.filter((item) => visible.has(item.booking.id)).map((item) => ({ ...item.booking, part: item.amount }));
  if (bookings.length === 0) return null;
  const settled = bookings.every((b) => b.status !== 'AWAITING_PAYMENT');
  const kept = bookings.reduce((sum, b) => sum + b.paidAmount - b.refundedAmount, 0);
  // Back to the cart's done page (it lists them all while its receipt lasts).
  return { amount: bookings.reduce((sum, b) => sum + b.part, 0), currency: session.currency, bookings, settled, kept, returnPath: '/cart/done' };
}
