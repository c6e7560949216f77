import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Rating } from '@/components/catalog/rating';
import { Card } from '@/components/ui/card';
import { kindLabel, priceLabel } from '@/lib/catalog/labels';
import { Photo } from '@/components/ui/photo';
import { cachedPublicListing } from '@/lib/catalog/cached-queries';
import { describeCancellationPolicy } from '@/lib/domain/cancellation';
import { refundTiersSchema } from '@/lib/domain/listing-json';
import { BookingPanel } from './booking-panel';
import { CategoryIcon } from '@/components/ui/category-icon';
import { listingTimeZone } from '@/lib/domain/listing-rules';

type Props = { params: Promise<{ slug: string; listing: string }>; searchParams: Promise<{ month?: string; date?: string; from?: string; to?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, listing } = await params;
  const row = await cachedPublicListing(slug, listing);
  return { title: row?.title ?? 'Not found', description: row?.summary };
}

const humanize = (key: string) => key.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());

export default async function ListingPage({ params, searchParams }: Props) {
  const { slug, listing: listingSlug } = await params;
  const { month, date, from, to } = await searchParams;
  const listing = await cachedPublicListing(slug, listingSlug); // everything but availability
  if (!listing) notFound();
  const attributes = Object.entries((listing.attributes ?? {}) as Record<string, unknown>);
  const policy = describeCancellationPolicy({
    freeCancellationHours: listing.freeCancellationHours,
    refundTiers: refundTiersSchema.catch([]).parse(listing.refundTiers),
  });
  const zone = listingTimeZone(listing);

  return (
    <div className="grid grid-cols-1 gap-8 pb-20 lg:grid-cols-[2fr_1fr] lg:pb-0">
      <div className="space-y-6">
        <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
          <Link href={`/v/${listing.vendor.slug}`} className="hover:underline">
            {listing.vendor.name}
          </Link>{' '}
          /{' '}
          <span className="inline-flex items-center gap-1">
            <CategoryIcon name={listing.category.icon} className="h-4 w-4" />
            {listing.category.name}
          </span>
        </nav>
        <h1 className="text-3xl font-bold tracking-tight">{listing.title}</h1>
        <div className="flex flex-wrap items-center gap-3 text-sm text-slate-600">
          <span>{kindLabel[listing.kind]}</span>
          <span aria-hidden="true">·</span>
          <Rating average={Number(listing.ratingAvg)} count={listing.ratingCount} />
          {listing.city ? (
            <>
              <span aria-hidden="true">·</span>
              <span>{listing.city}</span>
            </>
          ) : null}
        </div>
        <div className="grid gap-3 sm:grid-cols-2">
          {listing.images.map((image, index) => (
            <div key={image.id} className={`relative aspect-[3/2] overflow-hidden rounded-2xl bg-slate-100 ${index === 0 ? 'sm:col-span-2' : ''}`}>
              <Photo src={image.url} alt={image.alt || `${listing.title}, photo ${index + 1}`} fill priority={index === 0} sizes="(max-width: 1024px) 100vw, 66vw" className="object-cover" />
            </div>
          ))}
        </div>
        <section aria-labelledby="about">
          <h2 id="about" className="text-lg font-semibold">
            About
          </h2>
          <p className="mt-2 text-slate-700">{listing.summary}</p>
          <p className="mt-2 whitespace-pre-line text-slate-700">{listing.description}</p>
        </section>
        {attributes.length > 0 ? (
          <section aria-labelledby="details">
            <h2 id="details" className="text-lg font-semibold">
              Details
            </h2>
            <dl className="mt-2 grid grid-cols-2 gap-2 text-sm sm:grid-cols-3">
              {attributes.map(([key, value]) => (
                <div key={key} className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
                  <dt className="text-slate-500">{humanize(key)}</dt>
                  <dd className="font-medium">{typeof value === 'boolean' ? (value ? 'Yes' : 'No') : String(value)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ) : null}
        <section aria-labelledby="reviews">
          <h2 id="reviews" className="text-lg font-semibold">
            Reviews
          </h2>
          {listing.reviews.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">No reviews yet.</p>
          ) : (
            <ul className="mt-2 space-y-3">
              {listing.reviews.map((review) => (
                <li key={review.id} className="rounded-xl bg-white p-4 ring-1 ring-slate-200">
                  <p className="text-sm font-medium">
                    <span aria-label={`${review.rating} out of 5 stars`}>{'★'.repeat(review.rating)}</span> · {review.author?.name ?? 'Guest'}
                  </p>
                  <p className="mt-1 text-sm text-slate-700">{review.comment}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <aside className="space-y-4">
        <Card>
          <p className="text-2xl font-bold">{priceLabel(listing.priceAmount, listing.currency, listing.pricingUnit)}</p>
          <p className="mt-1 text-sm text-slate-600">
            {listing.bookingMode === 'INSTANT' ? 'Instant booking' : 'Request to book: the business confirms your request'}
          </p>
          <p className="mt-4 text-sm text-slate-600">Times are shown in {zone}.</p>
        </Card>
        <BookingPanel listing={listing} zone={zone} basePath={`/v/${slug}/${listingSlug}`} month={month} date={date} from={from} to={to} />
        <Card>
          <h2 className="font-semibold">Cancellation policy</h2>
          <p className="mt-1 text-sm text-slate-700">{policy}</p>
        </Card>
        <Card>
          <h2 className="font-semibold">{listing.vendor.name}</h2>
          <p className="mt-1 text-sm text-slate-600">{[listing.address, listing.city].filter(Boolean).join(', ')}</p>
          <Link href={`/v/${listing.vendor.slug}`} className="mt-3 inline-block text-sm font-medium text-brand-700 underline">
            More from this business
          </Link>
        </Card>
      </aside>
      {/* Phones: the price and the way to book stay in reach while reading (the page bottom is padded for it). */}
      <div data-testid="sticky-book-bar" className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-200 bg-white/95 px-4 py-3 shadow-[0_-2px_8px_rgba(15,23,42,0.08)] backdrop-blur lg:hidden">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-3">
          <p className="min-w-0 truncate font-semibold">{priceLabel(listing.priceAmount, listing.currency, listing.pricingUnit)}</p>
          <a href="#book" className="shrink-0 rounded-lg bg-brand-600 px-5 py-2 text-sm font-semibold text-white hover:bg-brand-700">
            {listing.bookingMode === 'INSTANT' ? 'Book' : 'Request to book'}
          </a>
        </div>
      </div>
    </div>
  );
}
