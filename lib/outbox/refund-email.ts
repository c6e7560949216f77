import 'server-only';
import { z } from 'zod';
import { formatMoney } from '@/lib/domain/money';
import { absoluteUrl } from '@/lib/config/app-url';
import { renderEmail } from '@/lib/email/layout';
import { sendEmail } from '@/lib/email/send-email';
import { customerBookingPath } from '@/lib/notifications/booking-notification';
import { REFUND_REQUESTED } from '@/lib/payments/refund-request';
import type { OutboxHandler } from './handlers';
import { idempotentId } from './idempotent-id';

// Tells the customer when money went back to them (a refund a business or an operator issued).
// It is its own delivery: it waits for the refund delivery of the same message (retrying until the
// refund succeeded) and never holds the refund back. Late-payment refunds have their own email
// (lib/payments/refund-handler.ts); a cancellation's refund is in the cancellation email.

const payloadSchema = z.object({ bookingId: z.string(), notify: z.string().nullable().optional() });

export class RefundNotIssuedYet extends Error {
  override name = 'RefundNotIssuedYet';
}

export const refundEmailHandler: OutboxHandler = {
  name: 'refund-email',
  topics: [REFUND_REQUESTED],
  async recipients(db, message) {
    const { bookingId, notify } = payloadSchema.parse(message.payload);
    if (notify) return [];
    const booking = await db.booking.findUnique({ where: { id: bookingId }, select: { contactEmail: true } });
    return booking ? [booking.contactEmail.toLowerCase()] : [];
  },
  async handle(db, message, { recipient }) {
    const { bookingId } = payloadSchema.parse(message.payload);
    const refund = await db.payment.findUnique({ where: { id: idempotentId('refund', message.id) } });
    if (!refund || refund.status !== 'SUCCEEDED') {
      const issuing = await db.outboxDelivery.findFirst({ where: { messageId: message.id, handler: 'payment-refunds' }, select: { status: true } });
      if (issuing?.status === 'SENT' && !refund) return; // nothing was refundable: nothing to tell
      throw new RefundNotIssuedYet('The refund has not been issued yet; the email follows it.');
    }
    const booking = await db.booking.findUniqueOrThrow({ where: { id: bookingId }, include: { listing: { select: { title: true } }, vendor: { select: { name: true, logoUrl: true, contactEmail: true } } } });
    const amount = formatMoney(refund.amount, refund.currency);
    const link = booking.customerId ? absoluteUrl(customerBookingPath(booking.id)) : null;
    const content = renderEmail({
      brand: { name: booking.vendor.name, logoUrl: booking.vendor.logoUrl },
      greeting: `Hello ${booking.contactName},`,
      heading: `${amount} refunded`,
      paragraphs: [
        `${booking.vendor.name} refunded ${amount} for your booking ${booking.reference}.`,
        // Only the message written for the customer: the refund's reason is the business's internal note.
        ...(refund.customerMessage ? [`${booking.vendor.name} says: ${refund.customerMessage}`] : []),
        refund.provider === 'MANUAL' ? `${booking.vendor.name} pays it back to you directly.` : 'It can take a few days to show on your statement.',
      ],
      details: [['Booking', booking.reference], ['What', booking.listing.title], ['Refunded', amount]],
      ...(link ? { action: { label: 'View your booking', url: link } } : {}),
      footer: [`Questions? Contact ${booking.vendor.name}: ${booking.vendor.contactEmail}`],
    });
    await sendEmail(db, { id: idempotentId(message.id, 'email', 'refunded'), to: recipient || booking.contactEmail, subject: `Refunded ${amount}: ${booking.listing.title} (${booking.reference})`, ...content, bookingId: booking.id });
  },
};
