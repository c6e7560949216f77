import type { Metadata } from 'next';
import { ListingForm } from '@/components/dashboard/listing-form';
import { ListingHeader } from '@/components/dashboard/listing-header';
import { ListingImages } from '@/components/dashboard/listing-images';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { prisma } from '@/lib/db/prisma';
import { dashboardListing } from '@/lib/business/dashboard-queries';
import { listingFormValues, listingZoneOptions } from '@/lib/business/listing-data';
import { listingFormCategories } from '@/lib/catalog/category-choices';

export const metadata: Metadata = { title: 'Edit listing' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function EditListingPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { actor, listing } = await dashboardListing(id, `/dashboard/listings/${id}`);
  const images = await prisma.listingImage.findMany({ where: { listingId: listing.id }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }], select: { id: true, url: true, alt: true, width: true, height: true } });
  const categories = await listingFormCategories(prisma, listing.categoryId);
  const next = listing.kind === 'RENTAL' ? 'add its units' : listing.kind === 'SESSION' ? 'add dated sessions' : 'assign the staff who give it';
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <ListingHeader listing={listing} vendorSlug={listing.vendor.slug} role={actor.role} current="details" />
      {(await searchParams).created ? <Alert tone="success">Listing created as a draft. Next, {next}, then publish it.</Alert> : null}
      {listing.status === 'ARCHIVED' ? (
        <Alert>This listing is archived. It stays here with its bookings but can no longer be changed.</Alert>
      ) : (
        <>
          <Card>
            <ListingForm categories={categories} currency={listing.currency} zones={listingZoneOptions(listing.vendor.timeZone, listing.timeZone)} listingId={listing.id} defaultValues={listingFormValues(listing)} />
          </Card>
          <Card>
            <ListingImages listingId={listing.id} images={images} />
          </Card>
        </>
      )}
    </div>
  );
}
