import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingCard } from '@/components/catalog/listing-card';
import { StorefrontHeader } from '@/components/catalog/storefront-header';
import { EmptyState } from '@/components/ui/empty-state';
import { cachedStorefront } from '@/lib/catalog/cached-queries';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const vendor = await cachedStorefront((await params).slug);
  return { title: vendor?.name ?? 'Not found' };
}

export default async function StorefrontPage({ params }: Props) {
  const vendor = await cachedStorefront((await params).slug);
  if (!vendor) notFound();
  return (
    <div className="space-y-8">
      <StorefrontHeader vendor={vendor} />
      <section aria-labelledby="listings-title">
        <h2 id="listings-title" className="text-xl font-bold">
          What you can book
        </h2>
        {vendor.listings.length === 0 ? (
          <div className="mt-4">
            <EmptyState title="No listings published yet" />
          </div>
        ) : (
          <div className="mt-4 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
            {vendor.listings.map((listing) => (
              <ListingCard key={listing.id} listing={listing} />
            ))}
          </div>
        )}
      </section>
    </div>
  );
}
