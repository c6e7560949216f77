import type { Metadata } from 'next';
import { GroupPaymentCard } from '@/components/payments/group-payment-card';
import { PaymentNotShown } from '@/components/payments/payment-not-shown';
import { PaymentStatusCard } from '@/components/payments/payment-status-card';
import { prisma } from '@/lib/db/prisma';
import { bookingPaymentStatus, groupPaymentStatus } from '@/lib/payments/payment-status';
import { currentPayViewer } from '@/lib/payments/pay-viewer';

export const metadata: Metadata = { title: 'Payment', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<{ booking?: string; group?: string }> };

// Where Checkout sends the customer after paying. The redirect proves nothing: the status shown is
// the booking's, which only the webhook changes; until it arrives the page refreshes itself.
// The URL names only the booking: its customer or the browser that started the payment sees it.
export default async function PaymentSuccessPage({ searchParams }: Props) {
  const query = await searchParams;
  const viewer = await currentPayViewer();
  const bookingId = typeof query.booking === 'string' ? query.booking : '';
  if (query.group) {
    const group = await groupPaymentStatus(prisma, bookingId, viewer);
    return (
      <div className="mx-auto max-w-xl py-8">
        {group && !group.settled ? <meta httpEquiv="refresh" content="2" /> : null}
        {group ? <GroupPaymentCard group={group} returnPath={group.returnPath} /> : <PaymentNotShown />}
      </div>
    );
  }
  const booking = await bookingPaymentStatus(prisma, bookingId, viewer);
  return (
    <div className="mx-auto max-w-xl py-8">
      {booking?.status === 'AWAITING_PAYMENT' ? <meta httpEquiv="refresh" content="2" /> : null}
      {booking ? <PaymentStatusCard booking={booking} returnPath={booking.returnPath} cameFrom="success" /> : <PaymentNotShown />}
    </div>
  );
}
