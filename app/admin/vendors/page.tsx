import type { Metadata } from 'next';
import Link from 'next/link';
import { FilterForm, Instant, PageHeader, Pager, Table, cell, flatParams, FilterSelect } from '@/components/admin/list-parts';
import { VendorStatusBadge } from '@/components/admin/status-badges';
import { EmptyState } from '@/components/ui/empty-state';
import { Field, Input } from '@/components/ui/field';
import { operatorPage } from '@/lib/auth/current-actor';
import { listVendors } from '@/lib/admin/vendors';
import { prisma } from '@/lib/db/prisma';

export const metadata: Metadata = { title: 'Vendors' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminVendorsPage({ searchParams }: Props) {
  const { actor: operator } = await operatorPage('/admin/vendors');
  const params = await flatParams(searchParams);
  const list = await listVendors(prisma, operator, params);
  return (
    <div className="space-y-6">
      <PageHeader title="Vendors" count={list.total} noun={['business', 'businesses']} />
      <FilterForm path="/admin/vendors" label="Filter vendors">
        <div className="sm:col-span-2">
          <Field id="v-q" label="Search">
            <Input id="v-q" name="q" type="search" defaultValue={list.filters.q} placeholder="Name, address (slug) or contact email" />
          </Field>
        </div>
        <FilterSelect
          id="v-status"
          label="Status"
          name="status"
          value={list.filters.status}
          any="Any status"
          choices={[
            { value: 'ACTIVE', label: 'Active' },
            { value: 'SUSPENDED', label: 'Suspended' },
          ]}
        />
      </FilterForm>
      {list.rows.length === 0 ? (
        <EmptyState title="No businesses match">Change the search or clear the filters.</EmptyState>
      ) : (
        <Table caption="Businesses" head={['Business', 'Contact', 'Listings', 'Bookings', 'Status', 'Joined']}>
          {list.rows.map((v) => (
            <tr key={v.id}>
              <td className={cell}>
                <Link href={`/admin/vendors/${v.id}`} className="font-medium text-brand-700 underline">
                  {v.name}
                </Link>
                <span className="block text-xs text-slate-500">/v/{v.slug}</span>
              </td>
              <td className={cell}>
                {v.contactEmail}
                {v.city ? <span className="block text-xs text-slate-500">{v.city}</span> : null}
              </td>
              <td className={`${cell} tabular-nums`}>{v._count.listings}</td>
              <td className={`${cell} tabular-nums`}>{v._count.bookings}</td>
              <td className={cell}>
                <VendorStatusBadge status={v.status} />
              </td>
              <td className={cell}>
                <Instant at={v.createdAt} />
              </td>
            </tr>
          ))}
        </Table>
      )}
      <Pager path="/admin/vendors" params={params} page={list.page} pageCount={list.pageCount} />
    </div>
  );
}
