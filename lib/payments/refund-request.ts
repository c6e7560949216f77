import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/db/prisma';

// Refunds are decided inside a booking transaction and issued after commit by the outbox
// (lib/payments/refund-handler.ts): a provider is never called while a transaction is open.

export const REFUND_REQUESTED = 'payment.refund_requested';

export type RefundRequest = {
  bookingId: string;
  amount: number;
  /** The internal note of who decided it (shown to the business and operators only). */
  reason: string;
  /** What the customer is told about it (receipts, the refund email); none by default. */
  customerMessage?: string | null;
  /** Who asked for it (a vendor or operator); null for automatic refunds. */
  recordedById?: string | null;
  /** Tell the customer by email why the money comes back (late payment on a taken slot). */
  notify?: 'late_payment' | null;
  /** Give back this charge (its providerRef) rather than the latest one. */
  chargeRef?: string | null;
  /** The booking's refundedAmount already counts it (an unwanted payment, refunded as soon as it arrives). */
  counted?: boolean;
};

export async function requestRefund(tx: Tx, request: RefundRequest): Promise<void> {
  await tx.outboxMessage.create({
    data: { topic: REFUND_REQUESTED, bookingId: request.bookingId, payload: { ...request, customerMessage: request.customerMessage ?? null, recordedById: request.recordedById ?? null, notify: request.notify ?? null, chargeRef: request.chargeRef ?? null, counted: request.counted ?? false } satisfies Prisma.InputJsonObject },
  });
}
