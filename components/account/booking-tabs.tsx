import Link from 'next/link';
import type { BookingTab } from '@/lib/customer/my-bookings';

/** Upcoming / past as links (the choice lives in the URL, so it survives reloads and sharing). */
export function BookingTabs({ current, upcomingCount, pastCount }: { current: BookingTab; upcomingCount: number; pastCount: number }) {
  const tabs: Array<{ tab: BookingTab; label: string; count: number; href: string }> = [
    { tab: 'upcoming', label: 'Upcoming', count: upcomingCount, href: '/account' },
    { tab: 'past', label: 'Past', count: pastCount, href: '/account?show=past' },
  ];
  return (
    <nav aria-label="Bookings" className="flex gap-1 border-b border-slate-200">
      {tabs.map(({ tab, label, count, href }) => {
        const active = tab === current;
        return (
          <Link
            key={tab}
            href={href}
            aria-current={active ? 'page' : undefined}
            className={`-mb-px rounded-t-md border-b-2 px-4 py-2 text-sm font-medium ${active ? 'border-brand-600 text-brand-700' : 'border-transparent text-slate-600 hover:text-slate-900'}`}
          >
            {label} <span className="text-slate-500">({count})</span>
          </Link>
        );
      })}
    </nav>
  );
}
