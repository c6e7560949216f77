import { StatusBadge } from '@/components/bookings/status-badge';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { formatMoney } from '@/lib/domain/money';
import type { bookingPaymentStatus } from '@/lib/payments/payment-status';

type Status = NonNullable<Awaited<ReturnType<typeof bookingPaymentStatus>>>;

/** The booking's status after a checkout, in plain words, with the way back to the booking. */
export function PaymentStatusCard({ booking, returnPath, cameFrom }: { booking: Status; returnPath: string; cameFrom: 'success' | 'cancel' }) {
  const money = (amount: number) => formatMoney(amount, booking.currency);
  let message: string;
  switch (booking.status) {
    case 'CONFIRMED':
    case 'CHECKED_IN':
    case 'COMPLETED':
      message = `Payment received: your booking is confirmed. Paid ${money(booking.paidAmount - booking.refundedAmount)}.`;
      break;
    case 'AWAITING_PAYMENT':
      message =
        cameFrom === 'success'
          ? 'We are waiting for the payment provider to confirm your payment. This page updates by itself.'
          : 'No payment was taken. Your place is still held for a short while; you can try again from your booking.';
      break;
    case 'EXPIRED':
      message = booking.replacementReference
        ? `Your payment arrived after the hold expired; the time was still free, so it is booked as ${booking.replacementReference}. Check your email for the details.`
        : booking.paidAmount > 0
          ? 'Your payment arrived after the hold expired and the time was taken meanwhile; it is being refunded in full.'
          : 'The time to pay for this booking ran out. Nothing was charged.';
      break;
    default:
      message = booking.refundedAmount > 0 ? `This booking is ${booking.status.toLowerCase()}; ${money(booking.refundedAmount)} was refunded.` : `This booking is ${booking.status.toLowerCase()}.`;
  }
  return (
    <Card className="space-y-4">
      <p className="text-sm text-slate-500">Booking {booking.reference}</p>
      <h1 className="text-2xl font-bold tracking-tight">{booking.listing.title}</h1>
      <p className="flex items-center gap-2 text-sm">
        Status: <StatusBadge status={booking.status} />
      </p>
      <p role="status" data-testid="payment-status-message">
        {message}
      </p>
      <ButtonLink href={returnPath} variant="secondary">
        Back to your booking
      </ButtonLink>
    </Card>
  );
}
