import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { StatusBadge } from '@/components/bookings/status-badge';
import { OnboardingCard } from '@/components/dashboard/profile-onboarding-card';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { getCurrentUser } from '@/lib/auth/current-user';
import { prisma } from '@/lib/db/prisma';
import { onboardingChecklist } from '@/lib/business/onboarding';
import { overviewLists, vendorOverview } from '@/lib/business/overview';
import { formatMoney } from '@/lib/domain/money';
import { formatRange } from '@/lib/format/date-time';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ welcome?: string; joined?: string }> }) {
  const user = await getCurrentUser();
  if (!user) redirect('/signin?callbackUrl=/dashboard');
  const membership = user.memberships[0];
  if (!membership) {
    return (
      <EmptyState title="You are not part of a business yet">
        <Link href="/signup/vendor" className="font-medium text-brand-700 underline">
          Open a storefront
        </Link>
      </EmptyState>
    );
  }
  const { welcome, joined } = await searchParams;
  const vendorId = membership.vendor.id;
  const [vendor, overview, { listings, upcoming }, onboarding] = await Promise.all([
    prisma.vendor.findUniqueOrThrow({ where: { id: vendorId } }),
    vendorOverview(prisma, vendorId),
    overviewLists(prisma, vendorId),
    membership.role === 'OWNER' ? onboardingChecklist(prisma, vendorId) : null, // setting the business up is the owners' job
  ]);

  return (
    <div className="space-y-6">
      {welcome ? <Alert tone="success">Your storefront is ready at /v/{vendor.slug}. Add your first listing next.</Alert> : null}
      {joined ? <Alert tone="success">Welcome to the team of {vendor.name}.</Alert> : null}
      {onboarding && !onboarding.complete ? <OnboardingCard steps={onboarding.steps} doneCount={onboarding.doneCount} requiredCount={onboarding.requiredCount} /> : null}
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{vendor.name}</h1>
          <p className="text-sm text-slate-600">
            {membership.role === 'OWNER' ? 'Owner' : 'Staff'} · {vendor.timeZone} · {vendor.currency}
          </p>
        </div>
        <nav aria-label="Dashboard" className="flex flex-wrap gap-4 text-sm font-medium">
          <Link href="/dashboard/bookings" className="text-brand-700 underline">
            Bookings
          </Link>
          <Link href="/dashboard/bookings?status=REQUESTED" className="text-brand-700 underline">
            Requests to answer
          </Link>
          <Link href={`/v/${vendor.slug}`} className="text-brand-700 underline">
            View storefront
          </Link>
        </nav>
      </div>
      <section aria-label="Today" className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {[
          { label: 'Check-ins today', value: overview.checkIns, href: `/dashboard/bookings?status=CONFIRMED&from=${overview.today}&to=${overview.today}` },
          { label: 'Check-outs today', value: overview.checkOuts, href: '/dashboard/bookings?status=CHECKED_IN' },
          { label: 'Requests to answer', value: overview.pendingRequests, href: '/dashboard/bookings?status=REQUESTED' },
          { label: 'Holds ending within 2 h', value: overview.holdsEndingSoon, href: '/dashboard/bookings?status=AWAITING_PAYMENT' },
        ].map((stat) => (
          <Link key={stat.label} href={stat.href} className="rounded-xl border border-slate-200 bg-white p-4 hover:border-brand-500">
            <span className="block text-2xl font-bold tabular-nums">{stat.value}</span>
            <span className="text-sm text-slate-600">{stat.label}</span>
          </Link>
        ))}
        <div className="rounded-xl border border-slate-200 bg-white p-4">
          <span className="block text-2xl font-bold tabular-nums">
            {overview.revenue.length ? overview.revenue.map((r) => formatMoney(r.amount, r.currency)).join(' + ') : formatMoney(0, vendor.currency)}
          </span>
          <span className="text-sm text-slate-600">Received this month</span>
        </div>
      </section>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="font-semibold">Upcoming bookings</h2>
          {upcoming.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">No upcoming bookings.</p>
          ) : (
            <ul className="mt-3 space-y-3">
              {upcoming.map((booking) => (
                <li key={booking.id} className="flex items-start justify-between gap-3 text-sm">
                  <div>
                    <p className="font-medium">
                      <Link href={`/dashboard/bookings/${booking.id}`} className="text-brand-700 underline">
                        {booking.reference}
                      </Link>{' '}
                      · {booking.listing.title}
                    </p>
                    <p className="text-slate-600">
                      {booking.contactName} · {formatRange(booking.startAt, booking.endAt, booking.timeZone)}
                    </p>
                  </div>
                  <StatusBadge status={booking.status} />
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card>
          <h2 className="font-semibold">Listings</h2>
          <Link href="/dashboard/listings" className="text-sm font-medium text-brand-700 underline">Manage listings</Link>
          {listings.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">No listings yet.</p>
          ) : (
            <ul className="mt-3 space-y-2 text-sm">
              {listings.map((listing) => (
                <li key={listing.id} className="flex justify-between">
                  <span>{listing.title}</span>
                  <span className="text-slate-500">{listing.status.toLowerCase()}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </div>
  );
}
