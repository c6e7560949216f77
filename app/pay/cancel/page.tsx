import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PaymentStatusCard } from '@/components/payments/payment-status-card';
import { Alert } from '@/components/ui/alert';
import { prisma } from '@/lib/db/prisma';
import { bookingPaymentStatus } from '@/lib/payments/payment-status';
import { safeReturnPath } from '@/lib/payments/return-path';

export const metadata: Metadata = { title: 'Payment not completed', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<{ booking?: string; return?: string; error?: string; failed?: string }> };

// Where Checkout sends the customer who went back, or whose payment failed; shows the true status.
export default async function PaymentCancelledPage({ searchParams }: Props) {
  const query = await searchParams;
  const booking = await bookingPaymentStatus(prisma, query.booking ?? '');
  if (!booking) notFound();
  const problem = query.error ? query.error.slice(0, 300) : query.failed ? 'The payment failed. Nothing was charged.' : null;
  return (
    <div className="mx-auto max-w-xl space-y-4 py-8">
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <PaymentStatusCard booking={booking} returnPath={safeReturnPath(query.return, booking.id)} cameFrom="cancel" />
    </div>
  );
}
