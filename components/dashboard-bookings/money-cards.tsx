import type { ComponentProps } from 'react';
import { PriceBreakdown } from '@/components/account/price-breakdown';
import { RefundForm } from '@/components/dashboard-bookings/refund-form';
import { BookingPayments } from '@/components/payments/booking-payments';
import { Card } from '@/components/ui/card';
import { formatMoney } from '@/lib/domain/money';
import type { ActionResult } from '@/lib/http/action-result';

type MoneyBooking = { id: string; currency: string; timeZone: string; paidAmount: number; refundedAmount: number };

/**
 * Payments and receipts of a booking, with the manual refund form for whoever may give one
 * (`refund` null: the viewer may not, and is told who can).
 */
export function PaymentsCard({ booking, refund }: { booking: MoneyBooking; refund: ((input: unknown) => Promise<ActionResult<unknown>>) | null }) {
  const refundable = booking.paidAmount - booking.refundedAmount;
  return (
    <Card>
      <h2 className="font-semibold">Payments and refunds</h2>
      <div className="mt-3 space-y-4">
        <BookingPayments bookingId={booking.id} currency={booking.currency} timeZone={booking.timeZone} audience="business" />
        {refundable > 0 && refund ? <RefundForm bookingId={booking.id} maxLabel={formatMoney(refundable, booking.currency)} run={refund} /> : null}
        {refundable > 0 && !refund ? <p className="text-sm text-slate-600">Refunds by hand are given by an owner of the business.</p> : null}
      </div>
    </Card>
  );
}

export function PriceCard(props: ComponentProps<typeof PriceBreakdown>) {
  return (
    <Card>
      <h2 className="font-semibold">Price</h2>
      <div className="mt-2">
        <PriceBreakdown {...props} />
      </div>
    </Card>
  );
}
