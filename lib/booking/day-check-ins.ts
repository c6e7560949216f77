import 'server-only';
import type { Db } from '@/lib/db/prisma';
import type { MemberActor } from '@/lib/domain/actor';
import { bookingDays } from '@/lib/domain/booking-days';
import { type LocalDate } from '@/lib/domain/time';
import { NotFound, PolicyViolation } from '@/lib/errors';

// Daily check-ins of a multi-day booking (a monthly desk): a member records that the customer came
// in today. At most one per booking and local day (a unique key), so a double scan records once.

/** The local dates the booking was checked in on, oldest first. */
export async function dayCheckIns(db: Db, bookingId: string): Promise<LocalDate[]> {
  const rows = await db.bookingDayCheckIn.findMany({ where: { bookingId }, orderBy: { day: 'asc' }, select: { day: true } });
  return rows.map((row) => row.day.toISOString().slice(0, 10));
}

/** Records today's check-in (in the listing's zone) of one of the business's confirmed or checked-in bookings. */
export async function recordDayCheckIn(db: Db, actor: MemberActor, bookingId: string, now = new Date()): Promise<{ day: LocalDate; alreadyRecorded: boolean }> {
  const booking = await db.booking.findFirst({ where: { id: bookingId, vendorId: actor.vendorId } });
  if (!booking) throw new NotFound('This booking does not exist.');
  if (booking.status !== 'CONFIRMED' && booking.status !== 'CHECKED_IN') throw new PolicyViolation('Only a confirmed or checked-in booking takes daily check-ins.');
  const { today } = bookingDays({ startAt: booking.startAt, endAt: booking.endAt, timeZone: booking.timeZone, now });
  if (!today) throw new PolicyViolation(now < booking.startAt ? 'This booking has not started yet.' : 'This booking has ended.');
  const { count } = await db.bookingDayCheckIn.createMany({
    data: [{ bookingId, day: new Date(`${today}T00:00:00Z`), checkedInAt: now, byUserId: actor.userId ?? null }],
    skipDuplicates: true,
  });
  return { day: today, alreadyRecorded: count === 0 };
}
