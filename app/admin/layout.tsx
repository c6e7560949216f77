import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { DashboardNav } from '@/components/dashboard/dashboard-nav';
import { getCurrentUser } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: { default: 'Operator console', template: '%s · Operator console' } };

const SECTIONS = [
  { href: '/admin', label: 'Overview' },
  { href: '/admin/vendors', label: 'Vendors' },
  { href: '/admin/listings', label: 'Listings' },
  { href: '/admin/categories', label: 'Categories' },
  { href: '/admin/bookings', label: 'Bookings' },
  { href: '/admin/payments', label: 'Payments' },
  { href: '/admin/events', label: 'Provider events' },
  { href: '/admin/outbox', label: 'Outbox' },
  { href: '/admin/webhooks', label: 'Webhooks' },
  { href: '/admin/users', label: 'Users' },
  { href: '/admin/audit', label: 'Audit trail' },
];

// Pages check access themselves (a layout does not re-run on every navigation). Here, before any
// streaming starts, a signed-in non-operator gets a real 404: the console is never revealed.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (user && user.role !== 'OPERATOR') notFound();
  return (
    <div className="space-y-6">
      {user ? <DashboardNav items={SECTIONS} label="Console sections" /> : null}
      {children}
    </div>
  );
}
