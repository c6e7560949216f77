import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingCard } from '@/components/catalog/listing-card';
import { Rating } from '@/components/catalog/rating';
import { EmptyState } from '@/components/ui/empty-state';
import { storefront } from '@/lib/catalog/queries';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const vendor = await storefront((await params).slug);
  return { title: vendor?.name ?? 'Not found' };
}

export default async function StorefrontPage({ params }: Props) {
  const vendor = await storefront((await params).slug);
  if (!vendor) notFound();
  return (
    <div className="space-y-8">
      <header className="rounded-2xl border border-slate-200 bg-white p-6">
        <h1 className="text-2xl font-bold">{vendor.name}</h1>
        <p className="mt-1 text-sm text-slate-500">
          {[vendor.address, vendor.city].filter(Boolean).join(', ')}
        </p>
        <div className="mt-2">
          <Rating average={Number(vendor.ratingAvg)} count={vendor.ratingCount} />
        </div>
        <p className="mt-4 max-w-3xl text-slate-700">{vendor.description}</p>
        <dl className="mt-4 flex flex-wrap gap-x-8 gap-y-2 text-sm">
          <div>
            <dt className="inline text-slate-500">Email: </dt>
            <dd className="inline">
              <a className="text-brand-700 underline" href={`mailto:${vendor.contactEmail}`}>
                {vendor.contactEmail}
              </a>
            </dd>
          </div>
          {vendor.contactPhone ? (
            <div>
              <dt className="inline text-slate-500">Phone: </dt>
              <dd className="inline">{vendor.contactPhone}</dd>
            </div>
          ) : null}
          <div>
            <dt className="inline text-slate-500">Time zone: </dt>
            <dd className="inline">{vendor.timeZone}</dd>
          </div>
        </dl>
      </header>
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
