import 'server-only';
import type { Db, Tx } from '@/lib/db/prisma';
import type { Actor } from '@/lib/domain/actor';
import { CHECK_IN_EARLY_HOURS } from '@/lib/domain/booking-permissions';
import { PolicyViolation } from '@/lib/errors';
import { transitionBooking } from './transition';

/** The customer arrived or picked up: allowed from a day before the start until the end. */
export async function checkIn(db: Db | Tx, bookingId: string, actor: Actor, now = new Date()) {
  return transitionBooking(db, bookingId, {
    action: 'checkIn',
    actor,
    prepare: async (booking) => {
      if (now.getTime() < booking.startAt.getTime() - CHECK_IN_EARLY_HOURS * 3_600_000) throw new PolicyViolation('Check-in opens 24 hours before the start.');
      if (now.getTime() >= booking.endAt.getTime()) throw new PolicyViolation('This booking has already ended; complete it instead.');
      return { patch: { checkedInAt: now } };
    },
  });
}

/** The customer returned the unit or left: a checked-in booking is completed. */
export async function checkOut(db: Db | Tx, bookingId: string, actor: Actor, now = new Date()) {
  return transitionBooking(db, bookingId, {
    action: 'checkOut',
    actor,
    context: (b) => [{ now, endAt: b.endAt }],
    prepare: async (booking) => {
      if (booking.status !== 'CHECKED_IN') throw new PolicyViolation('Only a checked-in booking can be checked out.');
      return { patch: { checkedOutAt: now, completedAt: now } };
    },
  });
}

/** Marks a booking done: a checked-in one at any time, a confirmed one once it has ended. */
export async function completeBooking(db: Db | Tx, bookingId: string, actor: Actor, now = new Date()) {
  return transitionBooking(db, bookingId, {
    action: 'complete',
    actor,
    context: (b) => [{ now, endAt: b.endAt }],
    prepare: async () => ({ patch: { completedAt: now } }),
  });
}
