import 'server-only';
import { cancellationTerms } from '@/lib/booking/cancel-booking';
import type { Db } from '@/lib/db/prisma';
import type { Actor } from '@/lib/domain/actor';
import { bookingDays, isMultiDay } from '@/lib/domain/booking-days';
import { mayPerform } from '@/lib/domain/booking-permissions';
import { isTerminal, nextStatus } from '@/lib/domain/booking-status';
import { describeCancellationPolicy } from '@/lib/domain/cancellation';
import { refundTiersSchema } from '@/lib/domain/listing-json';
import { InvalidTransition, NotFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { bookedByMember } from '@/lib/reviews/booked-by-member';
import { reviewEligibility } from '@/lib/reviews/eligibility';

// The read model behind a booking's self-service page (/account/bookings/[id] and /manage/[token]):
// the booking with what the viewer may do with it right now and why not. The rules come from the
// domain (permissions, state machine, cancellation policy); this only asks them.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const bookingDetailInclude = {
  listing: {
    select: {
      id: true,
      slug: true,
      title: true,
      kind: true,
      paymentMode: true,
      freeCancellationHours: true,
      refundTiers: true,
      maxAdvanceDays: true,
      address: true,
      city: true,
      vendor: { select: { slug: true, name: true, contactEmail: true, contactPhone: true, manualPaymentInstructions: true, manualPaymentReferenceFormat: true } },
    },
  },
  // The business's internal notes never reach a customer's page.
  events: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], omit: { internalNote: true } },
  review: true,
  allocations: { select: { sessionId: true, staffId: true, staff: { select: { name: true } } } },
  dayCheckIns: { select: { day: true }, orderBy: { day: 'asc' } },
} satisfies Prisma.BookingInclude;

export type BookingWithDetails = Prisma.BookingGetPayload<{ include: typeof bookingDetailInclude }> & { bookedByMember: boolean };

async function withMemberFlag(db: Db, booking: Prisma.BookingGetPayload<{ include: typeof bookingDetailInclude }> | null): Promise<BookingWithDetails | null> {
  return booking ? { ...booking, bookedByMember: await bookedByMember(db, booking) } : null;
}

/** Booking ids arrive from URLs and forms: anything but a UUID is simply not found. */
export function assertBookingId(bookingId: string): void {
  if (!UUID.test(bookingId)) throw new NotFound('This booking does not exist.');
}

/** The customer's own booking, or null for anyone else's (pages answer 404 either way). */
export async function findCustomerBooking(db: Db, bookingId: string, userId: string): Promise<BookingWithDetails | null> {
  if (!UUID.test(bookingId)) return null;
  return withMemberFlag(db, await db.booking.findFirst({ where: { id: bookingId, customerId: userId }, include: bookingDetailInclude }));
}

/** A booking by id, for holders of its magic link (the link was checked by the caller). */
export async function findBookingById(db: Db, bookingId: string): Promise<BookingWithDetails | null> {
  return withMemberFlag(db, await db.booking.findUnique({ where: { id: bookingId }, include: bookingDetailInclude }));
}

export type Capability = { allowed: true } | { allowed: false; reason: string };

function capability(action: 'cancel' | 'reschedule', booking: BookingWithDetails, actor: Actor, terms: ReturnType<typeof cancellationTerms>): Capability {
  if (!mayPerform(actor, action, booking)) return { allowed: false, reason: 'You are not allowed to change this booking.' };
  if (isTerminal(booking.status)) return { allowed: false, reason: `This booking is ${booking.status.toLowerCase()}; nothing about it can change any more.` };
  if (booking.status === 'CHECKED_IN') return { allowed: false, reason: `You are checked in, so changes go through ${booking.listing.vendor.name} directly.` };
  try {
    nextStatus(action, booking.status);
  } catch (error) {
    if (error instanceof InvalidTransition) return { allowed: false, reason: error.message };
    throw error;
  }
  if (!terms.allowed) {
    return { allowed: false, reason: action === 'cancel' ? (terms.reason ?? 'This booking can no longer be cancelled.') : 'Bookings cannot be changed after they have started.' };
  }
  return { allowed: true };
}

export function bookingView(booking: BookingWithDetails, actor: Actor, now: Date) {
  const refundTiers = refundTiersSchema.catch([]).parse(booking.listing.refundTiers);
  const terms = cancellationTerms(booking, actor, now);
  return {
    booking,
    policy: describeCancellationPolicy({ freeCancellationHours: booking.listing.freeCancellationHours, refundTiers }),
    /** What cancelling right now would refund (shown before the customer confirms). */
    terms,
    cancel: capability('cancel', booking, actor, terms),
    reschedule: capability('reschedule', booking, actor, terms),
    review: reviewEligibility({ ...booking, hasReview: booking.review !== null }, actor),
    staffName: booking.allocations.find((a) => a.staff)?.staff?.name ?? null,
    /** Multi-day rentals (a monthly desk): days used and remaining, with the days checked in. */
    days: isMultiDay(booking) ? bookingDays({ ...booking, now, checkIns: booking.dayCheckIns.map((c) => c.day.toISOString().slice(0, 10)) }) : null,
  };
}

export type BookingView = ReturnType<typeof bookingView>;
