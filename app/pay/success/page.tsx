import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GroupPaymentCard } from '@/components/payments/group-payment-card';
import { PaymentStatusCard } from '@/components/payments/payment-status-card';
import { prisma } from '@/lib/db/prisma';
import { bookingPaymentStatus, groupPaymentStatus } from '@/lib/payments/payment-status';
import { safeReturnPath } from '@/lib/payments/return-path';

export const metadata: Metadata = { title: 'Payment', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<{ booking?: string; return?: string; group?: string }> };

// Where Checkout sends the customer after paying. The redirect proves nothing: the status shown is
// the booking's, which only the webhook changes; until it arrives the page refreshes itself.
export default async function PaymentSuccessPage({ searchParams }: Props) {
  const query = await searchParams;
  if (query.group) {
    const group = await groupPaymentStatus(prisma, query.booking ?? '');
    if (!group) notFound();
    return (
      <div className="mx-auto max-w-xl py-8">
        {group.settled ? null : <meta httpEquiv="refresh" content="2" />}
        <GroupPaymentCard group={group} returnPath={safeReturnPath(query.return, group.bookings[0]!.id)} />
      </div>
    );
  }
  const booking = await bookingPaymentStatus(prisma, query.booking ?? '');
  if (!booking) notFound();
  return (
    <div className="mx-auto max-w-xl py-8">
      {booking.status === 'AWAITING_PAYMENT' ? <meta httpEquiv="refresh" content="2" /> : null}
      <PaymentStatusCard booking={booking} returnPath={safeReturnPath(query.return, booking.id)} cameFrom="success" />
    </div>
  );
}
