import 'server-only';
import type { Db, Tx } from '@/lib/db/prisma';
import type { Actor } from '@/lib/domain/actor';
import { assertMayPerform } from '@/lib/domain/booking-permissions';
import { nextStatus, type BookingAction, type ContextArgs } from '@/lib/domain/booking-status';
import { NotFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { assertBusinessActive } from './business-suspension';
import { lockBooking } from './inventory';
import { recordTransition } from './record-transition';
import { inBookingTransaction } from './transaction';
import { traced } from '@/lib/observability/tracing';

export type LockedBooking = NonNullable<Awaited<ReturnType<typeof lockBooking>>>;

type Step<A extends BookingAction> = {
  action: A;
  actor: Actor;
  reason?: string | null;
  /** A note for the business and operators only (see recordTransition). */
  internalNote?: string | null;
  /** Extra checks and field changes, decided under the lock from the current row. */
  prepare?: (booking: LockedBooking, tx: Tx) => Promise<{ patch?: Prisma.BookingUpdateInput; data?: Prisma.InputJsonObject } | void>;
  context?: (booking: LockedBooking) => ContextArgs<A>;
};

/**
 * One lifecycle step as one transaction: lock the booking row, check the actor's right and the
 * state machine on the current status, update, and write the event and the outbox message.
 * Two racing steps on one booking queue on the lock; the second sees the first's result.
 */
export async function transitionBooking<A extends BookingAction>(db: Db | Tx, bookingId: string, step: Step<A>) {
  const attributes = { 'bookwell.booking_id': bookingId, 'bookwell.actor': step.actor.kind };
  return traced(`booking.${step.action}`, attributes, () => inBookingTransaction(db, (tx) => transitionInTx(tx, bookingId, step)));
}

export async function transitionInTx<A extends BookingAction>(tx: Tx, bookingId: string, step: Step<A>) {
  const booking = await lockBooking(tx, bookingId);
  if (!booking) throw new NotFound('This booking does not exist.');
  assertMayPerform(step.actor, step.action, booking);
  await assertBusinessActive(tx, booking.vendorId, step.actor);
  const to = nextStatus(step.action, booking.status, ...((step.context?.(booking) ?? []) as ContextArgs<A>));
  const extra = (await step.prepare?.(booking, tx)) ?? {};
  const updated = await tx.booking.update({ where: { id: booking.id }, data: { status: to, ...extra.patch } });
  await recordTransition(tx, {
    bookingId: booking.id,
    reference: booking.reference,
    vendorId: booking.vendorId,
    from: booking.status,
    to,
    actor: step.actor,
    reason: step.reason,
    internalNote: step.internalNote,
    data: { action: step.action, ...extra.data },
  });
  return updated;
}
