import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { StatusBadge } from '@/components/bookings/status-badge';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { getCurrentUser } from '@/lib/auth/current-user';
import { prisma } from '@/lib/db/prisma';
import { formatMoney } from '@/lib/domain/money';
import { formatRange, zoneName } from '@/lib/format/date-time';

export const metadata: Metadata = { title: 'My account' };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  const user = await getCurrentUser();
  if (!user) redirect('/signin?callbackUrl=/account');
  const { welcome } = await searchParams;
  const bookings = await prisma.booking.findMany({
    where: { customerId: user.id },
    orderBy: { startAt: 'desc' },
    take: 50,
    include: { listing: { select: { title: true, slug: true, vendor: { select: { slug: true, name: true } } } } },
  });

  return (
    <div className="space-y-6">
      {welcome ? <Alert tone="success">Your account is ready. Welcome, {user.name}!</Alert> : null}
      <div>
        <h1 className="text-2xl font-bold">My bookings</h1>
        <p className="text-sm text-slate-600">
          Signed in as {user.name} ({user.email})
        </p>
      </div>
      {bookings.length === 0 ? (
        <EmptyState title="No bookings yet">
          <Link href="/" className="font-medium text-brand-700 underline">
            Find something to book
          </Link>
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white">
          {bookings.map((booking) => (
            <li key={booking.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between">
              <div>
                <p className="font-medium">{booking.listing.title}</p>
                <p className="text-sm text-slate-600">
                  {booking.listing.vendor.name} · {formatRange(booking.startAt, booking.endAt, booking.timeZone)} ({zoneName(booking.timeZone, booking.startAt)})
                </p>
                <p className="text-xs text-slate-500">
                  {booking.reference} · {formatMoney(booking.totalAmount, booking.currency)}
                </p>
              </div>
              <StatusBadge status={booking.status} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
