import { PRICE_UNITS, type SearchFilters } from '@/lib/catalog/search';
import { Suspense } from 'react';
import { Field, Input, Select } from '@/components/ui/field';
import type { AttributeDefinition } from '@/lib/catalog/category-attributes';
import { AttributeFilters } from './attribute-filters';
import { NearMeButton } from './near-me-button';

/** A plain GET form: filters end up in the URL, so results can be shared and bookmarked. */
export function SearchFiltersForm({
  filters,
  categories,
  currencies,
  defaultCurrency,
  attributeValues = {},
}: {
  filters: SearchFilters;
  categories: Array<{ slug: string; name: string; attributes?: AttributeDefinition[] }>;
  /** The "attr.<name>" parameters of the search, for the chosen category's attribute filters. */
  attributeValues?: Record<string, string>;
  currencies: string[];
  defaultCurrency: string;
}) {
  const currency = filters.currency ?? defaultCurrency;
  const currencyChoices = currencies.includes(currency) ? currencies : [currency, ...currencies];
  const chosen = categories.find((c) => c.slug === filters.category);
  return (
    <form action="/search" method="get" className="space-y-4 rounded-2xl border border-slate-200 bg-white p-5">
      <Field id="f-q" label="What">
        <Input id="f-q" name="q" defaultValue={filters.q} placeholder="kayak, haircut…" />
      </Field>
      <Field id="f-category" label="Category">
        <Select id="f-category" name="category" defaultValue={filters.category ?? ''}>
          <option value="">All categories</option>
          {categories.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      {chosen?.attributes?.length ? <AttributeFilters categoryName={chosen.name} definitions={chosen.attributes} values={attributeValues} /> : null}
      <Field id="f-kind" label="Type">
        <Select id="f-kind" name="kind" defaultValue={filters.kind ?? ''}>
          <option value="">Everything</option>
          <option value="RENTAL">Rentals</option>
          <option value="SESSION">Tours and classes</option>
          <option value="APPOINTMENT">Appointments</option>
        </Select>
      </Field>
      <Field id="f-city" label="City">
        <Input id="f-city" name="city" defaultValue={filters.city} />
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field id="f-from" label="From">
          <Input id="f-from" name="from" type="date" defaultValue={filters.from} />
        </Field>
        <Field id="f-to" label="To">
          <Input id="f-to" name="to" type="date" defaultValue={filters.to} />
        </Field>
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-900">Price as listed</legend>
        <p className="text-xs text-slate-600" id="f-price-hint">
          Compares each listing’s own price per its unit, in the currency chosen; listings in other currencies are left out (nothing is converted).
        </p>
        <div className="grid grid-cols-2 gap-3">
          <Field id="f-currency" label="Currency">
            <Select id="f-currency" name="currency" defaultValue={currency} aria-describedby="f-price-hint">
              {currencyChoices.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="f-per" label="Per">
            <Select id="f-per" name="per" defaultValue={filters.per ?? ''}>
              <option value="">Any unit</option>
              {PRICE_UNITS.map((unit) => (
                <option key={unit} value={unit}>
                  {unit === 'fixed' ? 'booking' : unit}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="f-min" label="Min price">
            <Input id="f-min" name="minPrice" type="number" min={0} inputMode="decimal" defaultValue={filters.minPrice} />
          </Field>
          <Field id="f-max" label="Max price">
            <Input id="f-max" name="maxPrice" type="number" min={0} inputMode="decimal" defaultValue={filters.maxPrice} />
          </Field>
        </div>
      </fieldset>
      <div className="grid grid-cols-2 gap-3">
        <Field id="f-transmission" label="Transmission">
          <Select id="f-transmission" name="transmission" defaultValue={filters.transmission ?? ''}>
            <option value="">Any</option>
            <option value="automatic">Automatic</option>
            <option value="manual">Manual</option>
          </Select>
        </Field>
        <Field id="f-seats" label="Seats (min)">
          <Input id="f-seats" name="seats" type="number" min={1} inputMode="numeric" defaultValue={filters.seats} />
        </Field>
      </div>
      {filters.lat != null && filters.lng != null ? (
        <>
          <input type="hidden" name="lat" value={filters.lat} />
          <input type="hidden" name="lng" value={filters.lng} />
          <Field id="f-radius" label="Within (km)">
            <Input id="f-radius" name="radius" type="number" min={1} defaultValue={filters.radius} />
          </Field>
        </>
      ) : null}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="instant" value="1" defaultChecked={filters.instant === true} /> Instant booking only
      </label>
      <Field id="f-sort" label="Sort by">
        <Select id="f-sort" name="sort" defaultValue={filters.sort ?? ''}>
          <option value="">Best match</option>
          <option value="price_asc">Price: low to high</option>
          <option value="price_desc">Price: high to low</option>
          <option value="rating">Rating</option>
          {filters.lat != null ? <option value="distance">Distance</option> : null}
          <option value="newest">Newest</option>
        </Select>
      </Field>
      <button type="submit" className="w-full rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
        Show results
      </button>
      <Suspense>
        <NearMeButton />
      </Suspense>
    </form>
  );
}
