import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ListingHeader } from '@/components/dashboard/listing-header';
import { AddUnitForm, UnitRow } from '@/components/dashboard/unit-forms';
import { Card } from '@/components/ui/card';
import { prisma } from '@/lib/db/prisma';
import { dashboardListing } from '@/lib/business/dashboard-queries';

export const metadata: Metadata = { title: 'Units' };

export default async function UnitsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor, listing } = await dashboardListing(id, `/dashboard/listings/${id}/units`);
  if (listing.kind !== 'RENTAL') notFound();
  const units = await prisma.rentalUnit.findMany({ where: { listingId: listing.id }, orderBy: { code: 'asc' } });
  const archived = listing.status === 'ARCHIVED';
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <ListingHeader listing={listing} vendorSlug={listing.vendor.slug} role={actor.role} current="units" />
      <Card className="space-y-4">
        <h2 className="font-semibold">Units ({units.filter((u) => u.active).length} active)</h2>
        <p className="text-sm text-slate-600">Each unit is one physical thing customers can book at a time. An inactive unit keeps its bookings but takes no new ones.</p>
        {units.length === 0 ? <p className="text-sm text-slate-600">No units yet.</p> : null}
        <div className="divide-y divide-slate-100">{archived ? units.map((u) => <p key={u.id} className="py-2 text-sm">{u.code}</p>) : units.map((unit) => (
                <div key={unit.id} className="flex flex-wrap items-center justify-between gap-2">
                  <UnitRow unit={unit} />
                  <Link href={`/dashboard/listings/${listing.id}/units/${unit.id}`} className="text-sm text-brand-700 underline" aria-label={`Calendars of ${unit.code}`}>
                    Calendars
                  </Link>
                </div>
              ))}</div>
        {archived ? null : <AddUnitForm listingId={listing.id} />}
      </Card>
    </div>
  );
}
