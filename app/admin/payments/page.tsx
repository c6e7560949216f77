import type { Metadata } from 'next';
import Link from 'next/link';
import { FilterForm, Instant, PageHeader, Pager, Table, cell, flatParams, FilterSelect } from '@/components/admin/list-parts';
import { ProcessingBadge } from '@/components/admin/status-badges';
import { EmptyState } from '@/components/ui/empty-state';
import { Field, Input } from '@/components/ui/field';
import { operatorPage } from '@/lib/auth/current-actor';
import { listPayments } from '@/lib/admin/payments';
import { prisma } from '@/lib/db/prisma';
import { formatMoney } from '@/lib/domain/money';
import { PaymentKind, PaymentProvider, PaymentStatus } from '@/lib/generated/prisma/enums';

export const metadata: Metadata = { title: 'Payments' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminPaymentsPage({ searchParams }: Props) {
  const { actor: operator } = await operatorPage('/admin/payments');
  const params = await flatParams(searchParams);
  const list = await listPayments(prisma, operator, params);
  return (
    <div className="space-y-6">
      <PageHeader title="Payments and refunds" count={list.total} noun={['record', 'records']}>
        <p className="mt-1 text-sm text-slate-600">Read-only. Refunds are issued from a booking&apos;s page.</p>
      </PageHeader>
      <FilterForm path="/admin/payments" label="Filter payments">
        <Field id="p-q" label="Booking reference">
          <Input id="p-q" name="q" type="search" defaultValue={list.filters.q} placeholder="BK-…" />
        </Field>
        <FilterSelect id="p-provider" label="Provider" name="provider" value={list.filters.provider} any="Any provider" choices={Object.values(PaymentProvider)} />
        <FilterSelect id="p-kind" label="Kind" name="kind" value={list.filters.kind} any="Charges and refunds" choices={Object.values(PaymentKind)} />
        <FilterSelect id="p-status" label="Status" name="status" value={list.filters.status} any="Any status" choices={Object.values(PaymentStatus)} />
      </FilterForm>
      {list.rows.length === 0 ? (
        <EmptyState title="No payments match">Change the filters.</EmptyState>
      ) : (
        <Table caption="Payments and refunds, newest first" head={['When', 'Booking', 'Kind', 'Provider', 'Amount', 'Status', 'Reference and reason']}>
          {list.rows.map((p) => (
            <tr key={p.id}>
              <td className={cell}>
                <Instant at={p.createdAt} />
              </td>
              <td className={cell}>
                <Link href={`/admin/bookings/${p.booking.id}`} className="font-medium text-brand-700 underline">
                  {p.booking.reference}
                </Link>
                <span className="block text-xs text-slate-500">{p.booking.vendor.name}</span>
              </td>
              <td className={cell}>{p.kind.toLowerCase()}</td>
              <td className={cell}>{p.provider.toLowerCase()}</td>
              <td className={`${cell} tabular-nums`}>{(p.kind === 'REFUND' ? '−' : '') + formatMoney(p.amount, p.currency)}</td>
              <td className={cell}>
                <ProcessingBadge status={p.status} />
              </td>
              <td className={`${cell} text-xs`}>
                {p.providerRef ? <span className="block break-all font-mono">{p.providerRef}</span> : null}
                {p.reason ? <span className="block text-slate-600">{p.reason}</span> : null}
                {p.recordedById ? <span className="block text-slate-500">recorded by {p.recordedById}</span> : null}
              </td>
            </tr>
          ))}
        </Table>
      )}
      <Pager path="/admin/payments" params={params} page={list.page} pageCount={list.pageCount} />
    </div>
  );
}
