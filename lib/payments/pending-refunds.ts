import 'server-only';
import type { Tx } from '@/lib/db/prisma';
import { idempotentId } from '@/lib/outbox/idempotent-id';
import { REFUND_REQUESTED } from './refund-request';

// Refunds decided but not yet given back: the booking's refundedAmount moves only when the provider
// has answered, so without these a second refund (by hand, or a cancellation's) would promise the
// same money again. See lib/payments/refund-handler.ts for how decided refunds are issued.

const ONLINE = ['STRIPE', 'TEST'] as const;
/** The outbox handler that issues refunds (lib/payments/refund-handler.ts). */
export const REFUND_HANDLER = 'payment-refunds';

export type RefundPosition = {
  /** Decided refunds whose money has not moved yet (already capped at what can go back online). */
  pending: number;
  /** Online money not yet promised back: what a new refund may still send through the provider. */
  onlineFree: number;
};

/** What is already promised back for this booking, besides its refundedAmount. Call under the booking's lock. */
export async function refundPosition(tx: Tx, bookingId: string): Promise<RefundPosition> {
  const [charges, refunds, messages] = await Promise.all([
    tx.payment.aggregate({ where: { bookingId, kind: 'CHARGE', status: 'SUCCEEDED', provider: { in: [...ONLINE] } }, _sum: { amount: true } }),
    tx.payment.findMany({ where: { bookingId, kind: 'REFUND', provider: { in: [...ONLINE] }, status: { in: ['PENDING', 'SUCCEEDED'] } }, select: { id: true, amount: true, status: true } }),
    // Every refund is issued by the refund handler for one outbox message; it is settled once that delivery is SENT.
    tx.outboxMessage.findMany({
      where: { bookingId, topic: { in: [REFUND_REQUESTED, 'booking.cancelled'] }, NOT: { deliveries: { some: { handler: REFUND_HANDLER, status: 'SENT' } } } },
      select: { id: true, topic: true, payload: true },
    }),
  ]);
  const onlineLeft = (charges._sum.amount ?? 0) - refunds.reduce((sum, r) => sum + r.amount, 0);
  const rows = new Map(refunds.map((r) => [r.id, r]));

  let unstarted = 0;
  let started = 0;
  for (const message of messages) {
    const decided = await decidedAmount(tx, message);
    const row = rows.get(idempotentId('refund', message.id));
    if (!row) unstarted += decided.amount;
    // Started: its PENDING row holds the real amount (a SUCCEEDED one is in refundedAmount already).
    else if (row.status === 'PENDING' && !decided.counted) started += row.amount;
  }
  // Unstarted refunds only ever go back online (cash is refunded by hand), so they claim at most what is left there.
  const claimed = Math.min(unstarted, Math.max(0, onlineLeft));
  return { pending: started + claimed, onlineFree: Math.max(0, onlineLeft - claimed) };
}

async function decidedAmount(tx: Tx, message: { topic: string; payload: unknown }): Promise<{ amount: number; counted: boolean }> {
  const payload = (message.payload ?? {}) as Record<string, unknown>;
  if (message.topic === REFUND_REQUESTED) {
    const counted = payload.counted === true;
    return { amount: counted || typeof payload.amount !== 'number' ? 0 : payload.amount, counted };
  }
  // A cancellation records the refund it decided on its event.
  if (typeof payload.eventId !== 'string') return { amount: 0, counted: false };
  const event = await tx.bookingEvent.findUnique({ where: { id: payload.eventId }, select: { data: true } });
  const refundAmount = (event?.data as { refundAmount?: unknown } | null)?.refundAmount;
  return { amount: typeof refundAmount === 'number' && refundAmount > 0 ? refundAmount : 0, counted: false };
}
