import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { ListingCard } from '@/components/catalog/listing-card';
import { SearchFiltersForm } from '@/components/catalog/search-filters-form';
import { CollapsiblePanel } from '@/components/ui/collapsible-panel';
import { EmptyState } from '@/components/ui/empty-state';
import { catalogPrisma } from '@/lib/db/prisma';
import { searchListings } from '@/lib/catalog/search';
import { cachedSearchFacets } from '@/lib/catalog/cached-queries';
import { ATTRIBUTE_PARAM_PREFIX } from '@/lib/catalog/category-attributes';
import { searcherCurrency } from '@/lib/catalog/searcher-currency';

export const metadata: Metadata = { title: 'Search' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SearchPage({ searchParams }: Props) {
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, first(v)]));
  const defaultCurrency = searcherCurrency((await headers()).get('accept-language'));
  // The results (availability for the dates) are read live; the filters' choices come from the cache.
  const [result, { categories, currencies }] = await Promise.all([searchListings(catalogPrisma, raw, new Date(), { defaultCurrency }), cachedSearchFacets()]);
  const activeFilters = Object.entries(raw).filter(([key, value]) => !!value && key !== 'page').length;
  const pageHref = (page: number) => {
    const params = new URLSearchParams(Object.entries(raw).filter((e): e is [string, string] => !!e[1] && e[0] !== 'page'));
    params.set('page', String(page));
    return `/search?${params}`;
  };

  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-[18rem_1fr] lg:gap-8">
      {/* On phones the results come first: the filters fold behind one button above them. */}
      <aside aria-label="Filters">
        <CollapsiblePanel
          label={activeFilters > 0 ? `Filters (${activeFilters})` : 'Filters'}
          openFrom="lg"
          buttonClassName="w-full rounded-lg bg-white px-4 py-2 text-sm font-semibold text-slate-900 ring-1 ring-inset ring-slate-300 hover:bg-slate-50"
          panelClassName="mt-3 lg:mt-0"
        >
          <SearchFiltersForm
            filters={result.filters}
            attributeValues={Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => e[0].startsWith(ATTRIBUTE_PARAM_PREFIX) && typeof e[1] === 'string'))}
            categories={categories} currencies={currencies} defaultCurrency={defaultCurrency} />
        </CollapsiblePanel>
      </aside>
      <section aria-labelledby="results-title" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 id="results-title" className="text-2xl font-bold">
            {result.filters.q ? `Results for “${result.filters.q}”` : 'Find something to book'}
          </h1>
          <p className="text-sm text-slate-600" role="status" data-testid="result-count">
            {result.total} {result.total === 1 ? 'result' : 'results'}
          </p>
        </div>
        {result.dateNote ? (
          <p role="status" className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="date-note">
            {result.dateNote}
          </p>
        ) : null}
        {result.priceNote ? (
          <p className="text-sm text-slate-600" data-testid="price-note">
            {result.priceNote}
          </p>
        ) : null}
        {result.items.length === 0 ? (
          <EmptyState title="Nothing matches these filters">
            Try other dates, a wider area, or fewer filters.{' '}
            <Link href="/search" className="font-medium text-brand-700 underline">
              Clear all filters
            </Link>
          </EmptyState>
        ) : (
          <div className="grid gap-5 sm:grid-cols-2 xl:grid-cols-3">
            {result.items.map((item) => (
              <div key={item.id} className="space-y-1">
                <ListingCard headingLevel={2} listing={item} dates={{ from: result.filters.from, to: result.filters.to }} totalForDates={item.totalForDates} />
                <p className="px-1 text-xs text-slate-600">
                  {item.available != null ? `${item.available} ${item.kind === 'SESSION' ? 'seats' : item.kind === 'RENTAL' ? 'available' : 'staff free'} for your dates` : null}
                  {item.available != null && item.distanceKm != null ? ' · ' : null}
                  {item.distanceKm != null ? `${item.distanceKm.toFixed(1)} km away` : null}
                </p>
              </div>
            ))}
          </div>
        )}
        {result.pageCount > 1 ? (
          <nav aria-label="Pages" className="flex items-center justify-between pt-4 text-sm">
            {result.page > 1 ? (
              <Link href={pageHref(result.page - 1)} className="rounded-lg px-3 py-2 ring-1 ring-slate-300 hover:bg-white">
                Previous
              </Link>
            ) : (
              <span />
            )}
            <span>
              Page {result.page} of {result.pageCount}
            </span>
            {result.page < result.pageCount ? (
              <Link href={pageHref(result.page + 1)} className="rounded-lg px-3 py-2 ring-1 ring-slate-300 hover:bg-white">
                Next
              </Link>
            ) : (
              <span />
            )}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
