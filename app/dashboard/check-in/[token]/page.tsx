import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { memberPage } from '@/lib/auth/current-actor';
import { bookingForCheckInToken } from '@/lib/business/check-in-lookup';
import { prisma } from '@/lib/db/prisma';
import { DomainError } from '@/lib/errors';

export const metadata: Metadata = { title: 'Check in' };

/** Where a scanned QR code lands: members of the booking's business go straight to the booking. */
export default async function CheckInTokenPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { actor } = await memberPage(`/dashboard/check-in/${token}`);
  let problem = '';
  let bookingId: string | null = null;
  try {
    bookingId = await bookingForCheckInToken(prisma, actor, token);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    problem = error.message;
  }
  if (bookingId) redirect(`/dashboard/bookings/${bookingId}?checkin=1`);
  return (
    <Card>
      <h1 className="text-2xl font-bold">Check in</h1>
      <p role="alert" className="mt-2 text-sm text-red-700">
        {problem}
      </p>
      <p className="mt-3 text-sm">
        <Link href="/dashboard/check-in" className="text-brand-700 underline">
          Type the booking reference instead
        </Link>
      </p>
    </Card>
  );
}
