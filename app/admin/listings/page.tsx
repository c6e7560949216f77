import type { Metadata } from 'next';
import Link from 'next/link';
import { FilterForm, Instant, PageHeader, Pager, RowAction, Table, cell, flatParams } from '@/components/admin/list-parts';
import { ReasonActionForm } from '@/components/admin/reason-action-form';
import { VendorStatusBadge } from '@/components/admin/status-badges';
import { ListingStatusBadge } from '@/components/dashboard/listing-status-badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Field, Input, Select } from '@/components/ui/field';
import { listListings } from '@/lib/admin/listings';
import { operatorContext } from '@/lib/admin/operator-context';
import { prisma } from '@/lib/db/prisma';
import { formatMoney } from '@/lib/domain/money';
import { ListingKind, ListingStatus } from '@/lib/generated/prisma/enums';
import { unpublishListingAction } from './actions';

export const metadata: Metadata = { title: 'Listings' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminListingsPage({ searchParams }: Props) {
  const { operator } = await operatorContext({ page: '/admin/listings' });
  const params = await flatParams(searchParams);
  const list = await listListings(prisma, operator, params);
  return (
    <div className="space-y-6">
      <PageHeader title="Listings" count={list.total} noun={['listing', 'listings']} />
      <FilterForm path="/admin/listings" label="Filter listings">
        <Field id="l-q" label="Search">
          <Input id="l-q" name="q" type="search" defaultValue={list.filters.q} placeholder="Title, address or city" />
        </Field>
        <Field id="l-status" label="Status">
          <Select id="l-status" name="status" defaultValue={list.filters.status ?? ''}>
            <option value="">Any status</option>
            {Object.values(ListingStatus).map((s) => (
              <option key={s} value={s}>
                {s.toLowerCase()}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="l-kind" label="Kind">
          <Select id="l-kind" name="kind" defaultValue={list.filters.kind ?? ''}>
            <option value="">Any kind</option>
            {Object.values(ListingKind).map((k) => (
              <option key={k} value={k}>
                {k.toLowerCase()}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="l-vendor" label="Business">
          <Select id="l-vendor" name="vendor" defaultValue={list.filters.vendor ?? ''}>
            <option value="">All businesses</option>
            {list.vendors.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </Select>
        </Field>
      </FilterForm>
      {list.rows.length === 0 ? (
        <EmptyState title="No listings match">Change the search or clear the filters.</EmptyState>
      ) : (
        <Table caption="Listings" head={['Listing', 'Business', 'Kind', 'Price', 'Bookings', 'Status', 'Created', 'Action']}>
          {list.rows.map((l) => (
            <tr key={l.id}>
              <td className={cell}>
                {l.status === 'PUBLISHED' && l.vendor.status === 'ACTIVE' ? (
                  <Link href={`/v/${l.vendor.slug}/${l.slug}`} className="font-medium text-brand-700 underline">
                    {l.title}
                  </Link>
                ) : (
                  <span className="font-medium">{l.title}</span>
                )}
                {l.city ? <span className="block text-xs text-slate-500">{l.city}</span> : null}
              </td>
              <td className={cell}>
                <Link href={`/admin/vendors/${l.vendor.id}`} className="text-brand-700 underline">
                  {l.vendor.name}
                </Link>
                {l.vendor.status === 'SUSPENDED' ? (
                  <span className="mt-1 block">
                    <VendorStatusBadge status="SUSPENDED" />
                  </span>
                ) : null}
              </td>
              <td className={cell}>{l.kind.toLowerCase()}</td>
              <td className={`${cell} tabular-nums`}>
                {formatMoney(l.priceAmount, l.currency)} / {l.pricingUnit.toLowerCase()}
              </td>
              <td className={`${cell} tabular-nums`}>{l._count.bookings}</td>
              <td className={cell}>
                <ListingStatusBadge status={l.status} />
              </td>
              <td className={cell}>
                <Instant at={l.createdAt} />
              </td>
              <td className={cell}>
                {l.status === 'PUBLISHED' ? (
                  <RowAction summary="Unpublish…">
                    <ReasonActionForm
                      action={unpublishListingAction}
                      input={{ listingId: l.id }}
                      submitLabel="Unpublish"
                      reasonLabel={`Reason to unpublish ${l.title}`}
                      variant="danger"
                      done="Unpublished: the listing left the catalog."
                    />
                  </RowAction>
                ) : (
                  <span className="text-slate-400">—</span>
                )}
              </td>
            </tr>
          ))}
        </Table>
      )}
      <Pager path="/admin/listings" params={params} page={list.page} pageCount={list.pageCount} />
    </div>
  );
}
