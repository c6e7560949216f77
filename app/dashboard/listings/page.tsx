import type { Metadata } from 'next';
import Link from 'next/link';
import { ListingStatusBadge } from '@/components/dashboard/listing-status-badge';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { prisma } from '@/lib/db/prisma';
import { formatMoney } from '@/lib/domain/money';
import { memberPage } from '@/lib/auth/current-actor';

export const metadata: Metadata = { title: 'Listings' };

export default async function ListingsPage({ searchParams }: { searchParams: Promise<{ archived?: string }> }) {
  const { actor } = await memberPage('/dashboard/listings');
  const showArchived = (await searchParams).archived === '1';
  const listings = await prisma.listing.findMany({
    where: { vendorId: actor.vendorId, status: showArchived ? 'ARCHIVED' : { not: 'ARCHIVED' } },
    orderBy: [{ status: 'asc' }, { title: 'asc' }],
    include: { category: { select: { name: true } }, _count: { select: { units: { where: { active: true } }, sessions: { where: { status: 'SCHEDULED', startAt: { gte: new Date() } } }, staff: true } } },
  });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Listings</h1>
          <p className="text-sm text-slate-600">
            <Link href="/dashboard" className="underline">Dashboard</Link> ·{' '}
            <Link href="/dashboard/listings/staff" className="underline">Staff</Link> ·{' '}
            <Link href={showArchived ? '/dashboard/listings' : '/dashboard/listings?archived=1'} className="underline">
              {showArchived ? 'Current listings' : 'Archived listings'}
            </Link>
          </p>
        </div>
        <ButtonLink href="/dashboard/listings/new">New listing</ButtonLink>
      </div>
      {listings.length === 0 ? (
        <EmptyState title={showArchived ? 'No archived listings' : 'No listings yet'}>Create a listing, add its inventory, then publish it.</EmptyState>
      ) : (
        <table className="stack-table w-full text-sm sm:overflow-hidden sm:rounded-2xl sm:border sm:border-slate-200 sm:bg-white">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th className="px-4 py-2">Listing</th>
              <th className="px-4 py-2">Kind</th>
              <th className="px-4 py-2">Price</th>
              <th className="px-4 py-2">Inventory</th>
              <th className="px-4 py-2">Status</th>
            </tr>
          </thead>
          <tbody>
            {listings.map((listing) => (
              <tr key={listing.id} className="sm:border-t sm:border-slate-100">
                <td data-label="Listing" className="px-4 py-2">
                  <Link href={`/dashboard/listings/${listing.id}`} className="font-medium text-brand-700 underline">
                    {listing.title}
                  </Link>
                  <span className="block text-xs text-slate-500">{listing.category.name}</span>
                </td>
                <td data-label="Kind" className="px-4 py-2">{listing.kind.toLowerCase()}</td>
                <td data-label="Price" className="px-4 py-2">
                  {formatMoney(listing.priceAmount, listing.currency)} / {listing.pricingUnit.toLowerCase()}
                </td>
                <td data-label="Inventory" className="px-4 py-2">
                  {listing.kind === 'RENTAL' ? `${listing._count.units} active units` : listing.kind === 'SESSION' ? `${listing._count.sessions} upcoming sessions` : `${listing._count.staff} staff`}
                </td>
                <td data-label="Status" className="px-4 py-2">
                  <ListingStatusBadge status={listing.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
