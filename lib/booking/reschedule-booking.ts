import 'server-only';
import type { Db, Tx } from '@/lib/db/prisma';
import type { Actor } from '@/lib/domain/actor';
import { assertMayPerform } from '@/lib/domain/booking-permissions';
import { nextStatus } from '@/lib/domain/booking-status';
import { NotFound, PolicyViolation, SlotUnavailable } from '@/lib/errors';
import { assertBusinessActive } from './business-suspension';
import { cancellationTerms } from './cancel-booking';
import { allocateUnits, lockBooking } from './inventory';
import { parseInput } from './parse';
import { placeBooking, type Placement } from './place';
import { recordTransition } from './record-transition';
import { quoteListing } from './listing-terms';
import { rescheduleSchema, type RescheduleInput } from './schemas';
import { inBookingTransaction, SLOT_TAKEN_MESSAGE } from './transaction';
import { traced } from '@/lib/observability/tracing';

/**
 * Moves a booking to another time in one transaction: the old allocations are released and the
 * new ones taken, or nothing changes. The price snapshot stays; a move that would change the
 * price (another length, a differently priced session) is refused: cancel and book again.
 */
export async function rescheduleBooking(db: Db, bookingId: string, rawInput: RescheduleInput, actor: Actor, now = new Date()) {
  const input = parseInput(rescheduleSchema, rawInput);
  const attributes = { 'bookwell.booking_id': bookingId, 'bookwell.actor': actor.kind };
  return traced('booking.reschedule', attributes, () => inBookingTransaction(db, async (tx) => {
    const booking = await lockBooking(tx, bookingId);
    if (!booking) throw new NotFound('This booking does not exist.');
    assertMayPerform(actor, 'reschedule', booking);
    await assertBusinessActive(tx, booking.vendorId, actor);
    nextStatus('reschedule', booking.status);
    if (!cancellationTerms(booking, actor, now).allowed) throw new PolicyViolation('Bookings cannot be changed after they have started.');

    const previousStaffId = booking.allocations.find((a) => a.staffId)?.staffId ?? undefined;
    await tx.bookingAllocation.deleteMany({ where: { bookingId } });
    const request = { ...input, quantity: booking.quantity, endAt: booking.kind === 'RENTAL' ? input.endAt : undefined };
    const placement = await placeKeepingStaff(tx, booking.listing, request, { staffId: previousStaffId, anyStaff: input.anyStaff === true }, booking.timeZone, now);

    const quote = quoteListing(booking.listing, booking.timeZone, placement.range, booking.quantity, placement.unitPrice);
    if (quote.total !== booking.totalAmount) {
      throw new PolicyViolation('The new time has a different price. Cancel this booking and make a new one instead.');
    }
    await tx.bookingAllocation.createMany({ data: placement.allocations.map((a) => ({ ...a, bookingId })) });
    if (placement.units) await allocateUnits(tx, bookingId, placement.units, SLOT_TAKEN_MESSAGE);
    const updated = await tx.booking.update({ where: { id: bookingId }, data: { startAt: placement.range.startAt, endAt: placement.range.endAt } });
    await recordTransition(tx, {
      bookingId,
      reference: booking.reference,
      vendorId: booking.vendorId,
      from: booking.status,
      to: booking.status,
      actor,
      data: {
        kind: 'rescheduled',
        previous: { startAt: booking.startAt.toISOString(), endAt: booking.endAt.toISOString(), ...(previousStaffId ? { staffId: previousStaffId } : {}) },
        next: { startAt: updated.startAt.toISOString(), endAt: updated.endAt.toISOString(), ...staffOf(placement) },
      },
    });
    return updated;
  }));
}

const staffOf = (placement: Placement) => {
  const staffId = placement.allocations.find((a) => a.staffId)?.staffId;
  return staffId ? { staffId } : {};
};

/**
 * Appointments stay with the staff member booked: a time they are not free at is refused, never
 * silently given to someone else. Only when the customer accepts anyone does another staff member
 * take it (the one booked still first when free).
 */
async function placeKeepingStaff(
  tx: Tx,
  listing: Parameters<typeof placeBooking>[1],
  request: Parameters<typeof placeBooking>[2],
  { staffId, anyStaff }: { staffId: string | undefined; anyStaff: boolean },
  timeZone: string,
  now: Date,
): Promise<Placement> {
  if (listing.kind !== 'APPOINTMENT' || !staffId) return placeBooking(tx, listing, request, timeZone, now);
  try {
    return await placeBooking(tx, listing, { ...request, staffId }, timeZone, now);
  } catch (error) {
    if (!(error instanceof SlotUnavailable)) throw error;
    if (anyStaff) return placeBooking(tx, listing, { ...request, staffId: undefined }, timeZone, now);
    const staff = await tx.staffMember.findUnique({ where: { id: staffId }, select: { name: true } });
    throw new SlotUnavailable(`${staff?.name ?? 'Your staff member'} is not free at that time. Pick another of their times, or choose anyone available.`);
  }
}
