import Image from 'next/image';
import Link from 'next/link';
import type { ListingCardData } from '@/lib/catalog/queries';
import { kindLabel, priceLabel } from '@/lib/catalog/labels';
import { showAsIs } from '@/lib/uploads/image-url';
import { Rating } from './rating';

export function ListingCard({ listing }: { listing: ListingCardData }) {
  const image = listing.images[0];
  return (
    <article className="group overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm transition hover:shadow-md">
      <Link href={`/v/${listing.vendor.slug}/${listing.slug}`} className="block focus-visible:outline-offset-[-2px]">
        <div className="relative aspect-[3/2] bg-slate-100">
          {image ? (
            <Image src={image.url} alt={image.alt || listing.title} fill sizes="(max-width: 640px) 100vw, 25vw" className="object-cover" unoptimized={showAsIs(image.url)} />
          ) : null}
        </div>
        <div className="space-y-1 p-4">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">
            {kindLabel[listing.kind]}
            {listing.city ? ` · ${listing.city}` : ''}
          </p>
          <h3 className="font-semibold text-slate-900 group-hover:text-brand-700">{listing.title}</h3>
          <p className="text-sm text-slate-600">{listing.vendor.name}</p>
          <div className="flex items-center justify-between pt-1 text-sm">
            <span className="font-semibold">{priceLabel(listing.priceAmount, listing.currency, listing.pricingUnit)}</span>
            <Rating average={Number(listing.ratingAvg)} count={listing.ratingCount} />
          </div>
        </div>
      </Link>
    </article>
  );
}
