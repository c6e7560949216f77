import 'server-only';
import type { Db, Tx } from '@/lib/db/prisma';
import type { StaffSchedule } from '@/lib/domain/availability/appointments';
import { isBlocking } from '@/lib/domain/booking-status';
import { hostBusyRange } from '@/lib/domain/session-host';

/**
 * Staff working rules, exceptions, time off and busy times (external calendar blocks and blocking
 * allocations, which include buffers) around [from, to), ready for appointmentSlots().
 */
export async function loadStaffSchedules(
  db: Db | Tx,
  staffIds: string[],
  from: Date,
  to: Date,
  timeZone: string,
  now: Date,
  excludeBookingId?: string,
): Promise<StaffSchedule[]> {
  if (staffIds.length === 0) return [];
  // Wide by a day each side: buffers and local days can reach past the UTC range.
  const wideFrom = new Date(from.getTime() - 86_400_000);
  const wideTo = new Date(to.getTime() + 86_400_000);
  const staff = await db.staffMember.findMany({
    where: { id: { in: staffIds }, active: true },
    orderBy: { id: 'asc' },
    select: {
      id: true,
      rules: { select: { weekday: true, startMinute: true, endMinute: true } },
      exceptions: { where: { date: { gte: wideFrom, lte: wideTo } }, select: { date: true, available: true, startMinute: true, endMinute: true } },
      timeOff: { where: { startAt: { lt: wideTo }, endAt: { gt: wideFrom } }, select: { startAt: true, endAt: true } },
      busyBlocks: { where: { startAt: { lt: wideTo }, endAt: { gt: wideFrom } }, select: { startAt: true, endAt: true } },
      allocations: {
        where: { blocking: true, startAt: { lt: wideTo }, endAt: { gt: wideFrom }, ...(excludeBookingId ? { bookingId: { not: excludeBookingId } } : {}) },
        select: { startAt: true, endAt: true, booking: { select: { status: true, holdExpiresAt: true } } },
      },
      // Group sessions they host take their time (and the listing's buffers) from their 1:1 slots.
      hostedSessions: {
        where: { status: 'SCHEDULED', startAt: { lt: wideTo }, endAt: { gt: wideFrom } },
        select: { startAt: true, endAt: true, listing: { select: { bufferBeforeMinutes: true, bufferAfterMinutes: true } } },
      },
    },
  });
  return staff.map((member) => ({
    id: member.id,
    rules: member.rules,
    // Exception dates are stored as DATE (UTC midnight): their calendar date is the local date.
    exceptions: member.exceptions.map((e) => ({ ...e, date: e.date.toISOString().slice(0, 10) })),
    timeOff: member.timeOff,
    busy: [
      ...member.busyBlocks,
      ...member.allocations.filter((a) => isBlocking(a.booking.status, a.booking.holdExpiresAt, now)).map(({ startAt, endAt }) => ({ startAt, endAt })),
      ...member.hostedSessions.map((session) => hostBusyRange(session, session.listing)),
    ],
  }));
}

