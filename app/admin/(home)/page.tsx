import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/admin/list-parts';
import { operatorPage } from '@/lib/auth/current-actor';
import { consoleOverview } from '@/lib/admin/overview';
import { prisma } from '@/lib/db/prisma';

export const metadata: Metadata = { title: 'Overview' };

export default async function AdminHomePage() {
  const { actor: operator, user: { email } } = await operatorPage('/admin');
  const o = await consoleOverview(prisma, operator);
  const tiles = [
    { label: 'Businesses', value: o.vendors, href: '/admin/vendors' },
    { label: 'Suspended businesses', value: o.suspendedVendors, href: '/admin/vendors?status=SUSPENDED' },
    { label: 'Published listings', value: o.publishedListings, href: '/admin/listings?status=PUBLISHED' },
    { label: 'Requests awaiting an answer', value: o.openRequests, href: '/admin/bookings?status=REQUESTED' },
    { label: 'Failed outbox messages', value: o.failedOutbox, href: '/admin/outbox?status=FAILED' },
    { label: 'Failed webhook deliveries', value: o.failedDeliveries, href: '/admin/outbox?view=deliveries&status=FAILED' },
    { label: 'Provider events with errors', value: o.eventErrors, href: '/admin/events?state=error' },
    { label: 'Disabled accounts', value: o.disabledUsers, href: '/admin/users?state=disabled' },
  ];
  return (
    <div className="space-y-6">
      <PageHeader title="Operator console">
        <p className="mt-1 text-sm text-slate-600">Signed in as {email}. Every action here asks for a reason and is kept in the audit trail.</p>
      </PageHeader>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {tiles.map((tile) => (
          <li key={tile.label}>
            <Link href={tile.href} className="block rounded-2xl border border-slate-200 bg-white p-5 shadow-sm hover:border-brand-300 focus-visible:outline-2">
              <span className="block text-3xl font-bold tabular-nums">{tile.value}</span>
              <span className="mt-1 block text-sm text-slate-600">{tile.label}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
