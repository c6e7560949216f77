import type { Metadata } from 'next';
import Link from 'next/link';
import { ListingForm } from '@/components/dashboard/listing-form';
import { Card } from '@/components/ui/card';
import { prisma } from '@/lib/db/prisma';
import { memberPage } from '@/lib/auth/current-actor';
import { listingZoneOptions } from '@/lib/business/listing-data';
import { listingFormCategories } from '@/lib/catalog/category-choices';

export const metadata: Metadata = { title: 'New listing' };

export default async function NewListingPage() {
  const { actor } = await memberPage('/dashboard/listings/new');
  const [vendor, categories] = await Promise.all([
    prisma.vendor.findUniqueOrThrow({ where: { id: actor.vendorId }, select: { currency: true, timeZone: true } }),
    listingFormCategories(prisma),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link href="/dashboard/listings" className="text-sm text-brand-700 underline">
        ← Listings
      </Link>
      <Card>
        <h1 className="mb-6 text-2xl font-bold">New listing</h1>
        <ListingForm categories={categories} currency={vendor.currency} zones={listingZoneOptions(vendor.timeZone)} />
      </Card>
    </div>
  );
}
