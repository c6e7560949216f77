import type { Metadata } from 'next';
import { PaymentNotShown } from '@/components/payments/payment-not-shown';
import { PaymentStatusCard } from '@/components/payments/payment-status-card';
import { Alert } from '@/components/ui/alert';
import { prisma } from '@/lib/db/prisma';
import { bookingPaymentStatus } from '@/lib/payments/payment-status';
import { currentPayViewer } from '@/lib/payments/pay-viewer';

export const metadata: Metadata = { title: 'Payment not completed', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<{ booking?: string; error?: string; failed?: string }> };

// Where Checkout sends the customer who went back, or whose payment failed; shows the true status
// to the booking's customer or the browser that started the payment.
export default async function PaymentCancelledPage({ searchParams }: Props) {
  const query = await searchParams;
  const booking = await bookingPaymentStatus(prisma, typeof query.booking === 'string' ? query.booking : '', await currentPayViewer());
  const problem = typeof query.error === 'string' ? query.error.slice(0, 300) : query.failed ? 'The payment failed. Nothing was charged.' : null;
  return (
    <div className="mx-auto max-w-xl space-y-4 py-8">
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      {booking ? <PaymentStatusCard booking={booking} returnPath={booking.returnPath} cameFrom="cancel" /> : problem ? null : <PaymentNotShown />}
    </div>
  );
}
