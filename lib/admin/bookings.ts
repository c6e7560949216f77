import 'server-only';
import { z } from 'zod';
import { id } from '@/lib/validation/fields';
import { approveBooking, declineBooking } from '@/lib/booking/approve-booking';
import { cancelBooking } from '@/lib/booking/cancel-booking';
import { parseInput } from '@/lib/booking/parse';
import { verifyManualPayment } from '@/lib/booking/payment-steps';
import { inBookingTransaction } from '@/lib/booking/transaction';
import { checkIn, checkOut, completeBooking } from '@/lib/booking/visit-steps';
import { bookingsMatching } from '@/lib/business/booking-inbox';
import type { Db, Tx } from '@/lib/db/prisma';
import { toMinorUnits } from '@/lib/domain/money';
import { NotFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { BookingStatus } from '@/lib/generated/prisma/enums';
import { issueManualRefund } from '@/lib/payments/refunds';
import { writeAudit } from './audit';
import { dateFilter, enumFilter, optional, pageFilter, paging, searchFilter } from './list-filters';
import type { OperatorActor } from '@/lib/domain/actor';
import { assertOperator } from './operator';
import { operatorBookingStepSchema, operatorRefundSchema, type OperatorBookingStep } from './schemas';

// Every booking on the platform. Operators take the same lifecycle steps as the business, through
// the same services (which check the state machine), always with a reason that the audit keeps.

export const bookingFiltersSchema = z.object({
  q: searchFilter,
  status: enumFilter(Object.values(BookingStatus)),
  vendor: optional(id()),
  from: dateFilter,
  to: dateFilter,
  page: pageFilter,
});

const utcDay = (date: string, days = 0) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000);

export async function listBookings(db: Db, operator: OperatorActor, raw: unknown) {
  assertOperator(operator);
  const filters = bookingFiltersSchema.parse(raw ?? {});
  const where: Prisma.BookingWhereInput = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.vendor ? { vendorId: filters.vendor } : {}),
    // Bookings span every zone: the console's date range is in UTC, "to" includes its whole day.
    ...(filters.from || filters.to
      ? { startAt: { ...(filters.from ? { gte: utcDay(filters.from) } : {}), ...(filters.to ? { lt: utcDay(filters.to, 1) } : {}) } }
      : {}),
    ...(filters.q ? bookingsMatching(filters.q) : {}),
  };
  const page = paging(filters.page);
  const [rows, total, vendors] = await Promise.all([
    db.booking.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: page.skip,
      take: page.take,
      include: { listing: { select: { title: true } }, vendor: { select: { id: true, name: true } } },
    }),
    db.booking.count({ where }),
    db.vendor.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
  ]);
  return { ...page.result(rows, total), filters, vendors };
}

/** One booking with its timeline, payments and allocations. */
export async function adminBooking(db: Db, operator: OperatorActor, bookingId: string) {
  assertOperator(operator);
  const booking = id().safeParse(bookingId).success
    ? await db.booking.findUnique({
        where: { id: bookingId },
        include: {
          listing: { select: { id: true, title: true, slug: true, paymentMode: true, kind: true } },
          vendor: { select: { id: true, name: true, slug: true, status: true } },
          events: { orderBy: { createdAt: 'asc' } },
          allocations: { include: { unit: { select: { code: true } }, staff: { select: { name: true } }, session: { select: { startAt: true } } } },
        },
      })
    : null;
  if (!booking) throw new NotFound('This booking does not exist.');
  return booking;
}

const STEPS: Record<OperatorBookingStep, (tx: Tx, bookingId: string, operator: OperatorActor, reason: string) => Promise<unknown>> = {
  approve: (tx, id, op) => approveBooking(tx, id, op),
  decline: (tx, id, op, reason) => declineBooking(tx, id, op, reason),
  verifyManualPayment: (tx, id, op, reason) => verifyManualPayment(tx, id, op, reason),
  checkIn: (tx, id, op) => checkIn(tx, id, op),
  checkOut: (tx, id, op) => checkOut(tx, id, op),
  complete: (tx, id, op) => completeBooking(tx, id, op),
  cancel: (tx, id, op, reason) => cancelBooking(tx, id, op, reason),
};

const bookingState = { status: true, paidAmount: true, refundedAmount: true } as const;

/** One lifecycle step by an operator: the booking service and the audit row in one transaction. */
export async function operatorBookingStep(db: Db, operator: OperatorActor, input: unknown) {
  assertOperator(operator);
  const { bookingId, action, reason } = parseInput(operatorBookingStepSchema, input);
  return inBookingTransaction(db, async (tx) => {
    const before = await tx.booking.findUnique({ where: { id: bookingId }, select: bookingState });
    if (!before) throw new NotFound('This booking does not exist.');
    await STEPS[action](tx, bookingId, operator, reason);
    const after = await tx.booking.findUniqueOrThrow({ where: { id: bookingId }, select: bookingState });
    await writeAudit(tx, operator, { action: `booking.${action}`, entityType: 'Booking', entityId: bookingId, reason, data: { before, after } });
    return after;
  });
}

/** A refund by hand (goodwill, a dispute): online money goes back through the provider after commit. */
export async function operatorRefund(db: Db, operator: OperatorActor, input: unknown) {
  assertOperator(operator);
  const { bookingId, amount, reason, customerMessage } = parseInput(operatorRefundSchema, input);
  return inBookingTransaction(db, async (tx) => {
    const before = await tx.booking.findUnique({ where: { id: bookingId }, select: { ...bookingState, currency: true } });
    if (!before) throw new NotFound('This booking does not exist.');
    const minor = toMinorUnits(amount, before.currency);
    const split = await issueManualRefund(tx, bookingId, operator, { amount: minor, reason, customerMessage });
    const after = await tx.booking.findUniqueOrThrow({ where: { id: bookingId }, select: bookingState });
    await writeAudit(tx, operator, {
      action: 'booking.refund',
      entityType: 'Booking',
      entityId: bookingId,
      reason,
      data: { amount: minor, currency: before.currency, online: split.online, manual: split.manual, before: { refundedAmount: before.refundedAmount }, after: { refundedAmount: after.refundedAmount } },
    });
    return split;
  });
}
