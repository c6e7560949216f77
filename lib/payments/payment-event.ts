import 'server-only';
import type { Tx } from '@/lib/db/prisma';
import type { Actor } from '@/lib/domain/actor';
import { actorRecord } from '@/lib/domain/actor';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { BookingStatus } from '@/lib/generated/prisma/enums';

/**
 * A money event that does not change the booking's status (a refund, a late payment), for its
 * history. No booking.* outbox message: those mean status changes to emails and notifications;
 * the payments outbox handler tells the customer itself where needed.
 */
export async function recordPaymentEvent(tx: Tx, event: { bookingId: string; status: BookingStatus; actor: Actor; reason?: string | null; internalNote?: string | null; data: Prisma.InputJsonObject }) {
  await tx.bookingEvent.create({
    data: { bookingId: event.bookingId, fromStatus: event.status, toStatus: event.status, ...actorRecord(event.actor), reason: event.reason ?? null, internalNote: event.internalNote ?? null, data: event.data },
  });
}
