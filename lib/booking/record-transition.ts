import 'server-only';
import type { Actor } from '@/lib/domain/actor';
import { actorRecord } from '@/lib/domain/actor';
import type { BookingStatus } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/db/prisma';
import { emitBookingEvents } from '@/lib/webhooks/record-event';

type Change = {
  bookingId: string;
  reference: string;
  vendorId: string;
  from: BookingStatus | null;
  to: BookingStatus;
  actor: Actor;
  /** What the customer is told (it travels in the outbox message to emails and notifications). */
  reason?: string | null;
  /** The business's or operator's own note: kept on the event only, never sent to the customer. */
  internalNote?: string | null;
  data?: Prisma.InputJsonObject;
};

/**
 * The audit event, the outbox message and the webhook events of a booking change, written in the
 * caller's transaction: the side effects (emails, notifications, webhooks) are delivered after commit.
 */
export async function recordTransition(tx: Tx, change: Change): Promise<void> {
  const actor = actorRecord(change.actor);
  const event = await tx.bookingEvent.create({
    data: {
      bookingId: change.bookingId,
      fromStatus: change.from,
      toStatus: change.to,
      ...actor,
      reason: change.reason ?? null,
      internalNote: change.internalNote ?? null,
      data: change.data ?? {},
    },
  });
  const topic = change.from === change.to ? `booking.${change.data?.kind ?? 'updated'}` : `booking.${change.to.toLowerCase()}`;
  await tx.outboxMessage.create({
    data: {
      topic,
      bookingId: change.bookingId,
      payload: {
        eventId: event.id,
        bookingId: change.bookingId,
        reference: change.reference,
        vendorId: change.vendorId,
        from: change.from,
        to: change.to,
        actorType: actor.actorType,
        reason: change.reason ?? null,
      },
    },
  });
  await emitBookingEvents(tx, { bookingId: change.bookingId, vendorId: change.vendorId, from: change.from, to: change.to, data: change.data });
}
