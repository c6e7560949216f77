'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export type DashboardNavItem = { href: string; label: string };

/** The dashboard's section tabs; the current section is marked for screen readers too. */
export function DashboardNav({ items, label }: { items: DashboardNavItem[]; label: string }) {
  const pathname = usePathname();
  // The longest matching href wins, so /dashboard/listings/staff marks Staff, not Listings.
  const matches = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
  const currentHref = items.map((item) => item.href).filter(matches).sort((a, b) => b.length - a.length)[0];
  const current = (href: string) => href === currentHref;
  return (
    <nav aria-label={label} className="-mx-4 overflow-x-auto border-b border-slate-200 px-4">
      <ul className="flex gap-1 text-sm font-medium">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current(item.href) ? 'page' : undefined}
              className="inline-block whitespace-nowrap border-b-2 border-transparent px-3 py-2 text-slate-600 hover:text-slate-900 aria-[current=page]:border-brand-600 aria-[current=page]:text-brand-700"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
