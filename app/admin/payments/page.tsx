import type { Metadata } from 'next';
import Link from 'next/link';
import { FilterForm, Instant, PageHeader, Pager, Table, cell, flatParams } from '@/components/admin/list-parts';
import { ProcessingBadge } from '@/components/admin/status-badges';
import { EmptyState } from '@/components/ui/empty-state';
import { Field, Input, Select } from '@/components/ui/field';
import { operatorContext } from '@/lib/admin/operator-context';
import { listPayments } from '@/lib/admin/payments';
import { prisma } from '@/lib/db/prisma';
import { formatMoney } from '@/lib/domain/money';
import { PaymentKind, PaymentProvider, PaymentStatus } from '@/lib/generated/prisma/enums';

export const metadata: Metadata = { title: 'Payments' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminPaymentsPage({ searchParams }: Props) {
  const { operator } = await operatorContext({ page: '/admin/payments' });
  const params = await flatParams(searchParams);
  const list = await listPayments(prisma, operator, params);
  const options = (values: string[]) =>
    values.map((v) => (
      <option key={v} value={v}>
        {v.toLowerCase()}
      </option>
    ));
  return (
    <div className="space-y-6">
      <PageHeader title="Payments and refunds" count={list.total} noun={['record', 'records']}>
        <p className="mt-1 text-sm text-slate-600">Read-only. Refunds are issued from a booking&apos;s page.</p>
      </PageHeader>
      <FilterForm path="/admin/payments" label="Filter payments">
        <Field id="p-q" label="Booking reference">
          <Input id="p-q" name="q" type="search" defaultValue={list.filters.q} placeholder="BK-…" />
        </Field>
        <Field id="p-provider" label="Provider">
          <Select id="p-provider" name="provider" defaultValue={list.filters.provider ?? ''}>
            <option value="">Any provider</option>
            {options(Object.values(PaymentProvider))}
          </Select>
        </Field>
        <Field id="p-kind" label="Kind">
          <Select id="p-kind" name="kind" defaultValue={list.filters.kind ?? ''}>
            <option value="">Charges and refunds</option>
            {options(Object.values(PaymentKind))}
          </Select>
        </Field>
        <Field id="p-status" label="Status">
          <Select id="p-status" name="status" defaultValue={list.filters.status ?? ''}>
            <option value="">Any status</option>
            {options(Object.values(PaymentStatus))}
          </Select>
        </Field>
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
