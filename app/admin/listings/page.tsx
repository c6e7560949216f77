import type { Metadata } from 'next';
import Link from 'next/link';
import { FilterForm, Instant, PageHeader, Pager, RowAction, Table, cell, flatParams, FilterSelect } from '@/components/admin/list-parts';
import { ReasonActionForm } from '@/components/admin/reason-action-form';
import { VendorStatusBadge } from '@/components/admin/status-badges';
import { ListingStatusBadge } from '@/components/dashboard/listing-status-badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Field, Input } from '@/components/ui/field';
import { listListings } from '@/lib/admin/listings';
import { operatorPage } from '@/lib/auth/current-actor';
import { prisma } from '@/lib/db/prisma';
import { formatMoney } from '@/lib/domain/money';
import { ListingKind, ListingStatus } from '@/lib/generated/prisma/enums';
import { unpublishListingAction } from '@/lib/actions/admin/listings';
import { isBookable } from '@/lib/domain/listing-rules';

export const metadata: Metadata = { title: 'Listings' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminListingsPage({ searchParams }: Props) {
  const { actor: operator } = await operatorPage('/admin/listings');
  const params = await flatParams(searchParams);
  const list = await listListings(prisma, operator, params);
  return (
    <div className="space-y-6">
      <PageHeader title="Listings" count={list.total} noun={['listing', 'listings']} />
      <FilterForm path="/admin/listings" label="Filter listings">
        <Field id="l-q" label="Search">
          <Input id="l-q" name="q" type="search" defaultValue={list.filters.q} placeholder="Title, address or city" />
        </Field>
        <FilterSelect id="l-status" label="Status" name="status" value={list.filters.status} any="Any status" choices={Object.values(ListingStatus)} />
        <FilterSelect id="l-kind" label="Kind" name="kind" value={list.filters.kind} any="Any kind" choices={Object.values(ListingKind)} />
        <FilterSelect id="l-vendor" label="Business" name="vendor" value={list.filters.vendor} any="All businesses" choices={list.vendors.map((v) => ({ value: v.id, label: v.name }))} />
      </FilterForm>
      {list.rows.length === 0 ? (
        <EmptyState title="No listings match">Change the search or clear the filters.</EmptyState>
      ) : (
        <Table caption="Listings" head={['Listing', 'Business', 'Kind', 'Price', 'Bookings', 'Status', 'Created', 'Action']}>
          {list.rows.map((l) => (
            <tr key={l.id}>
              <td className={cell}>
                {isBookable(l) ? (
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
