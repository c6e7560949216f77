import type { ReactNode } from 'react';
import { DashboardNav } from '@/components/dashboard/dashboard-nav';
import { Alert } from '@/components/ui/alert';
import { getCurrentUser } from '@/lib/auth/current-user';

const SECTIONS = [
  { href: '/dashboard', label: 'Overview' },
  { href: '/dashboard/bookings', label: 'Bookings' },
  { href: '/dashboard/check-in', label: 'Check in' },
  { href: '/dashboard/calendar', label: 'Calendar' },
  { href: '/dashboard/listings', label: 'Listings' },
  { href: '/dashboard/listings/staff', label: 'Staff' },
  { href: '/dashboard/team', label: 'Team' },
  { href: '/dashboard/profile', label: 'Business profile' },
  { href: '/dashboard/promo-codes', label: 'Promo codes' },
  { href: '/dashboard/settings/api-keys', label: 'API keys' },
  { href: '/dashboard/settings/webhooks', label: 'Webhooks' },
];

// Pages check access themselves (a layout does not re-run on every navigation); this only frames them.
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  const vendor = user?.memberships[0]?.vendor;
  return (
    <div className="space-y-6">
      {vendor ? <DashboardNav items={SECTIONS} label="Dashboard sections" /> : null}
      {vendor?.status === 'SUSPENDED' ? (
        <Alert tone="error">
          {vendor.name} is suspended by the platform{vendor.suspensionReason ? ` (${vendor.suspensionReason})` : ''}: its listings are hidden from
          customers and no new bookings can be made. Existing bookings stay yours to look after. Contact support to have it reactivated.
        </Alert>
      ) : null}
      {children}
    </div>
  );
}
