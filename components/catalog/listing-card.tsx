import Link from 'next/link';
import type { ListingCardData } from '@/lib/catalog/queries';
import { kindLabel, priceLabel } from '@/lib/catalog/labels';
import { formatMoney } from '@/lib/domain/money';
import { Photo } from '@/components/ui/photo';
import { Rating } from './rating';

type Props = {
  /** A card's data, as read or from the cache (where the rating is a string). */
  listing: Omit<ListingCardData, 'ratingAvg'> & { ratingAvg: ListingCardData['ratingAvg'] | string | number };
  /** h3 under a section's h2 (default); h2 where the cards sit right under the page's h1 (search). */
  headingLevel?: 2 | 3;
  /** The searched dates, carried into the listing's booking form through the link (a shared link keeps them). */
  dates?: { from?: string; to?: string };
  /** What the searched dates cost in all, when the listing is priced by the day. */
  totalForDates?: { amount: number; currency: string; days: number } | null;
};

export function ListingCard({ listing, dates, totalForDates, headingLevel = 3 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const image = listing.images[0];
  const query = new URLSearchParams(Object.entries(dates ?? {}).filter((e): e is [string, string] => !!e[1]));
  const href = `/v/${listing.vendor.slug}/${listing.slug}${query.size ? `?${query}` : ''}`;
  return (
    <article className="group overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm transition hover:shadow-md">
      <Link href={href} className="block focus-visible:outline-offset-[-2px]">
        <div className="relative aspect-[3/2] bg-slate-100">
          {image ? (
            <Photo src={image.url} alt={image.alt || listing.title} fill sizes="(max-width: 640px) 100vw, 25vw" className="object-cover" />
          ) : null}
        </div>
        <div className="space-y-1 p-4">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">
            {kindLabel[listing.kind]}
            {listing.city ? ` · ${listing.city}` : ''}
          </p>
          <Heading className="font-semibold text-slate-900 group-hover:text-brand-700">{listing.title}</Heading>
          <p className="text-sm text-slate-600">{listing.vendor.name}</p>
          <div className="flex items-center justify-between pt-1 text-sm">
            <span className="font-semibold">{priceLabel(listing.priceAmount, listing.currency, listing.pricingUnit)}</span>
            <Rating average={Number(listing.ratingAvg)} count={listing.ratingCount} />
          </div>
          {totalForDates ? (
            <p className="text-sm text-slate-700" data-testid="total-for-dates">
              <span className="font-semibold">{formatMoney(totalForDates.amount, totalForDates.currency)}</span> total for your {totalForDates.days === 1 ? 'day' : `${totalForDates.days} days`}
            </p>
          ) : null}
        </div>
      </Link>
    </article>
  );
}
