import type { Metadata } from 'next';
import Link from 'next/link';
import { FilterForm, PageHeader, Pager, Table, cell, flatParams, FilterSelect } from '@/components/admin/list-parts';
import { StatusBadge } from '@/components/bookings/status-badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Field, Input } from '@/components/ui/field';
import { listBookings } from '@/lib/admin/bookings';
import { operatorPage } from '@/lib/auth/current-actor';
import { prisma } from '@/lib/db/prisma';
import { formatMoney } from '@/lib/domain/money';
import { formatRange } from '@/lib/format/date-time';
import { BookingStatus } from '@/lib/generated/prisma/enums';

export const metadata: Metadata = { title: 'Bookings' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminBookingsPage({ searchParams }: Props) {
  const { actor: operator } = await operatorPage('/admin/bookings');
  const params = await flatParams(searchParams);
  const list = await listBookings(prisma, operator, params);
  return (
    <div className="space-y-6">
      <PageHeader title="Bookings" count={list.total} noun={['booking', 'bookings']} />
      <FilterForm path="/admin/bookings" label="Filter bookings">
        <Field id="b-q" label="Search">
          <Input id="b-q" name="q" type="search" defaultValue={list.filters.q} placeholder="Reference, name, email" />
        </Field>
        <FilterSelect id="b-status" label="Status" name="status" value={list.filters.status} any="Any status" choices={Object.values(BookingStatus)} />
        <FilterSelect id="b-vendor" label="Business" name="vendor" value={list.filters.vendor} any="All businesses" choices={list.vendors.map((v) => ({ value: v.id, label: v.name }))} />
        <Field id="b-from" label="Starts from (UTC)">
          <Input id="b-from" name="from" type="date" defaultValue={list.filters.from} />
        </Field>
        <Field id="b-to" label="Starts until (UTC)">
          <Input id="b-to" name="to" type="date" defaultValue={list.filters.to} />
        </Field>
      </FilterForm>
      {list.rows.length === 0 ? (
        <EmptyState title="No bookings match">Change the search or clear the filters.</EmptyState>
      ) : (
        <Table caption="Bookings, newest first" head={['Reference', 'Guest', 'Business and listing', 'Time (listing zone)', 'Total', 'Status']}>
          {list.rows.map((b) => (
            <tr key={b.id}>
              <td className={cell}>
                <Link href={`/admin/bookings/${b.id}`} className="font-medium text-brand-700 underline">
                  {b.reference}
                </Link>
              </td>
              <td className={cell}>
                {b.contactName}
                <span className="block text-xs text-slate-500">{b.contactEmail}</span>
              </td>
              <td className={cell}>
                {b.vendor.name}
                <span className="block text-xs text-slate-500">{b.listing.title}</span>
              </td>
              <td className={cell}>
                {formatRange(b.startAt, b.endAt, b.timeZone)}
                <span className="block text-xs text-slate-500">{b.timeZone}</span>
              </td>
              <td className={`${cell} tabular-nums`}>{formatMoney(b.totalAmount, b.currency)}</td>
              <td className={cell}>
                <StatusBadge status={b.status} />
              </td>
            </tr>
          ))}
        </Table>
      )}
      <Pager path="/admin/bookings" params={params} page={list.page} pageCount={list.pageCount} />
    </div>
  );
}
