import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PaymentStatusCard } from '@/components/payments/payment-status-card';
import { prisma } from '@/lib/db/prisma';
import { bookingPaymentStatus } from '@/lib/payments/payment-status';
import { safeReturnPath } from '@/lib/payments/return-path';

export const metadata: Metadata = { title: 'Payment', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<{ booking?: string; return?: string }> };

// Where Checkout sends the customer after paying. The redirect proves nothing: the status shown is
// the booking's, which only the webhook changes; until it arrives the page refreshes itself.
export default async function PaymentSuccessPage({ searchParams }: Props) {
  const query = await searchParams;
  const booking = await bookingPaymentStatus(prisma, query.booking ?? '');
  if (!booking) notFound();
  return (
    <div className="mx-auto max-w-xl py-8">
      {booking.status === 'AWAITING_PAYMENT' ? <meta httpEquiv="refresh" content="2" /> : null}
      <PaymentStatusCard booking={booking} returnPath={safeReturnPath(query.return, booking.id)} cameFrom="success" />
    </div>
  );
}
