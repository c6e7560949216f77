import { z } from 'zod';
import { sendEmail } from '@/lib/email/send-email';
import { formatMoney } from '@/lib/domain/money';
import type { OutboxHandler } from '@/lib/outbox/handlers';
import { idempotentId } from '@/lib/outbox/idempotent-id';
import { issueRefund } from './refunds';
import { REFUND_HANDLER } from './pending-refunds';
import { REFUND_REQUESTED } from './refund-request';

// Outbox handlers that give money back after commit: refunds requested by payment services, and
// the refund a cancellation decided (cancelBooking records refundAmount on its event).

const requestSchema = z.object({
  bookingId: z.string(),
  amount: z.number().int(),
  reason: z.string(),
  customerMessage: z.string().nullable().optional(),
  recordedById: z.string().nullable(),
  notify: z.enum(['late_payment']).nullable(),
  chargeRef: z.string().nullable().optional(),
  counted: z.boolean().optional(),
});
const cancelledSchema = z.object({ bookingId: z.string(), eventId: z.string().optional() });

export const refundHandler: OutboxHandler = {
  name: REFUND_HANDLER,
  topics: [REFUND_REQUESTED, 'booking.cancelled'],
  async handle(db, message) {
    if (message.topic === REFUND_REQUESTED) {
      const request = requestSchema.parse(message.payload);
      const issued = await issueRefund(db, message.id, request);
      if (issued && request.notify === 'late_payment') await tellCustomerOfLateRefund(db, message.id, request.bookingId, issued.amount);
      return;
    }
    const { bookingId, eventId } = cancelledSchema.parse(message.payload);
    const event = eventId ? await db.bookingEvent.findUnique({ where: { id: eventId } }) : null;
    const refundAmount = (event?.data as { refundAmount?: unknown } | null)?.refundAmount;
    if (typeof refundAmount !== 'number' || refundAmount <= 0) return;
    // Only online money goes back automatically; cash and transfers are refunded by the vendor by hand.
    // A cancellation's reason was written for the customer (they were told it when it was cancelled).
    const told = event?.reason ? `Cancelled: ${event.reason}` : 'Cancelled';
    await issueRefund(db, message.id, { bookingId, amount: refundAmount, reason: told, customerMessage: told });
  },
};

async function tellCustomerOfLateRefund(db: Parameters<OutboxHandler['handle']>[0], messageId: string, bookingId: string, amount: number) {
  const booking = await db.booking.findUniqueOrThrow({ where: { id: bookingId }, include: { listing: { select: { title: true } } } });
  await sendEmail(db, {
    id: idempotentId(messageId, 'email', 'late-payment-refund'),
    to: booking.contactEmail,
    bookingId,
    subject: `Your payment for ${booking.reference} was refunded`,
    text: [
      `Hello ${booking.contactName},`,
      '',
      `Your payment for ${booking.listing.title} (${booking.reference}) arrived after your hold had expired, and the time was booked by someone else meanwhile.`,
      `We have refunded ${formatMoney(amount, booking.currency)} in full; it can take a few days to show on your statement.`,
      '',
      'We are sorry. You are welcome to book another time.',
    ].join('\n'),
  });
}
