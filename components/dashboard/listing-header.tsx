import Link from 'next/link';
import { setListingStatusAction } from '@/lib/actions/business/listings';
import type { Listing, VendorRole } from '@/lib/generated/prisma/client';
import { ActionButton } from './action-button';
import { ListingStatusBadge } from './listing-status-badge';

type Tab = 'details' | 'units' | 'sessions';

/** Title, status actions and tabs shared by a listing's dashboard pages. */
export function ListingHeader({ listing, vendorSlug, role, current }: { listing: Listing; vendorSlug: string; role: VendorRole; current: Tab }) {
  const tabs: { tab: Tab; label: string; href: string }[] = [{ tab: 'details', label: 'Details', href: `/dashboard/listings/${listing.id}` }];
  if (listing.kind === 'RENTAL') tabs.push({ tab: 'units', label: 'Units', href: `/dashboard/listings/${listing.id}/units` });
  if (listing.kind === 'SESSION') tabs.push({ tab: 'sessions', label: 'Sessions', href: `/dashboard/listings/${listing.id}/sessions` });
  const archived = listing.status === 'ARCHIVED';
  return (
    <div className="space-y-4">
      <Link href="/dashboard/listings" className="text-sm text-brand-700 underline">
        ← Listings
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{listing.title}</h1>
          <p className="mt-1 flex items-center gap-2 text-sm text-slate-600">
            <ListingStatusBadge status={listing.status} />
            {listing.status === 'PUBLISHED' ? (
              <Link href={`/v/${vendorSlug}/${listing.slug}`} className="underline">
                View on storefront
              </Link>
            ) : null}
          </p>
        </div>
        {archived ? null : (
          <div className="flex flex-wrap items-start gap-2">
            {listing.status === 'PUBLISHED' ? (
              <ActionButton action={setListingStatusAction} input={{ listingId: listing.id, status: 'UNPUBLISHED' }}>
                Unpublish
              </ActionButton>
            ) : (
              <ActionButton action={setListingStatusAction} input={{ listingId: listing.id, status: 'PUBLISHED' }} variant="primary">
                Publish
              </ActionButton>
            )}
            {role === 'OWNER' ? (
              <ActionButton
                action={setListingStatusAction}
                input={{ listingId: listing.id, status: 'ARCHIVED' }}
                variant="danger"
                confirm="Archive this listing? It disappears from your storefront for good; its bookings are kept."
              >
                Archive
              </ActionButton>
            ) : null}
          </div>
        )}
      </div>
      <nav aria-label="Listing sections" className="flex gap-4 border-b border-slate-200 text-sm">
        {tabs.map((tab) => (
          <Link
            key={tab.tab}
            href={tab.href}
            aria-current={tab.tab === current ? 'page' : undefined}
            className={`-mb-px border-b-2 px-1 py-2 ${tab.tab === current ? 'border-brand-600 font-semibold text-slate-900' : 'border-transparent text-slate-600'}`}
          >
            {tab.label}
          </Link>
        ))}
      </nav>
    </div>
  );
}
