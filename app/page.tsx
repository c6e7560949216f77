import Link from 'next/link';
import { ListingCard } from '@/components/catalog/listing-card';
import { Rating } from '@/components/catalog/rating';
import { CategoryIcon } from '@/components/ui/category-icon';
import { EmptyState } from '@/components/ui/empty-state';
import { cachedHomeSections } from '@/lib/catalog/cached-queries';

export default async function HomePage() {
  const { categories, listings, vendors } = await cachedHomeSections();
  return (
    <div className="space-y-14">
      <section className="rounded-3xl bg-gradient-to-br from-brand-700 to-brand-500 px-6 py-12 text-white sm:px-10">
        <h1 className="max-w-2xl text-3xl font-bold tracking-tight sm:text-4xl">Boats, cars, tours, stylists and desks — book them in one place.</h1>
        <p className="mt-3 max-w-xl text-brand-50">Real availability from local businesses. Pay online or on site, and manage your bookings anytime.</p>
        <form action="/search" method="get" role="search" className="mt-8 grid gap-3 rounded-2xl bg-white p-3 text-slate-900 sm:grid-cols-[2fr_1.4fr_1fr_auto]">
          <label className="sr-only" htmlFor="q">
            What
          </label>
          <input id="q" name="q" placeholder="What? e.g. kayak, haircut" className="rounded-lg border border-slate-200 px-3 py-2 text-sm" />
          <label className="sr-only" htmlFor="city">
            Where
          </label>
          <input id="city" name="city" placeholder="Where? e.g. Phuket" className="rounded-lg border border-slate-200 px-3 py-2 text-sm" />
          <label className="sr-only" htmlFor="date">
            When
          </label>
          <input id="date" name="from" type="date" className="rounded-lg border border-slate-200 px-3 py-2 text-sm" />
          <button type="submit" className="rounded-lg bg-brand-600 px-5 py-2 text-sm font-semibold text-white hover:bg-brand-700">
            Search
          </button>
        </form>
      </section>

      <section id="categories" aria-labelledby="categories-title">
        <h2 id="categories-title" className="text-xl font-bold">
          Browse by category
        </h2>
        <ul className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {categories.map((category) => (
            <li key={category.id}>
              <Link
                href={`/search?category=${category.slug}`}
                className="flex h-full flex-col rounded-xl border border-slate-200 bg-white p-4 hover:border-brand-500 hover:shadow-sm"
              >
                <span className="text-brand-700">
                  <CategoryIcon name={category.icon} className="h-7 w-7" />
                </span>
                <span className="mt-2 font-medium">{category.name}</span>
                <span className="text-xs text-slate-500">
                  {category._count.listings} {category._count.listings === 1 ? 'listing' : 'listings'}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="featured-title">
        <h2 id="featured-title" className="text-xl font-bold">
          Popular right now
        </h2>
        {listings.length === 0 ? (
          <div className="mt-4">
            <EmptyState title="Nothing to book yet">Businesses appear here as soon as they publish a listing.</EmptyState>
          </div>
        ) : (
          <div className="mt-4 grid gap-5 sm:grid-cols-2 lg:grid-cols-4">
            {listings.map((listing) => (
              <ListingCard key={listing.id} listing={listing} />
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="vendors-title">
        <h2 id="vendors-title" className="text-xl font-bold">
          Businesses on Bookwell
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {vendors.map((vendor) => (
            <li key={vendor.id}>
              <Link href={`/v/${vendor.slug}`} className="block h-full rounded-xl border border-slate-200 bg-white p-5 hover:border-brand-500">
                <p className="font-semibold">{vendor.name}</p>
                <p className="text-sm text-slate-500">
                  {vendor.city} · {vendor._count.listings} {vendor._count.listings === 1 ? 'listing' : 'listings'}
                </p>
                <p className="mt-2 line-clamp-2 text-sm text-slate-600">{vendor.description}</p>
                <div className="mt-2">
                  <Rating average={Number(vendor.ratingAvg)} count={vendor.ratingCount} />
                </div>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
