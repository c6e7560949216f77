import type { Metadata } from 'next';
import Link from 'next/link';
import { FilterForm, Instant, JsonView, PageHeader, Pager, Table, cell, flatParams, FilterSelect } from '@/components/admin/list-parts';
import { EmptyState } from '@/components/ui/empty-state';
import { Field, Input } from '@/components/ui/field';
import { AUDITED_ENTITIES, listAuditLog, type AuditedEntity } from '@/lib/admin/audit';
import { operatorPage } from '@/lib/auth/current-actor';
import { prisma } from '@/lib/db/prisma';

export const metadata: Metadata = { title: 'Audit trail' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ENTITY_PAGES: Partial<Record<AuditedEntity, (id: string) => string>> = {
  Vendor: (id) => `/admin/vendors/${id}`,
  Booking: (id) => `/admin/bookings/${id}`,
};

export default async function AdminAuditPage({ searchParams }: Props) {
  const { actor: operator } = await operatorPage('/admin/audit');
  const params = await flatParams(searchParams);
  const list = await listAuditLog(prisma, operator, params);
  return (
    <div className="space-y-6">
      <PageHeader title="Audit trail" count={list.total} noun={['entry', 'entries']}>
        <p className="mt-1 text-sm text-slate-600">Every operator action, with its reason. Entries can never be changed or deleted.</p>
      </PageHeader>
      <FilterForm path="/admin/audit" label="Filter the audit trail">
        <FilterSelect id="a-entity" label="Entity" name="entityType" value={list.filters.entityType} any="Any entity" choices={AUDITED_ENTITIES.map((e) => ({ value: e, label: e }))} />
        <Field id="a-action" label="Action starts with">
          <Input id="a-action" name="action" type="search" defaultValue={list.filters.action} placeholder="vendor." />
        </Field>
        <FilterSelect id="a-actor" label="Operator" name="actor" value={list.filters.actor} any="Any operator" choices={list.operators.map((o) => ({ value: o.id, label: o.email }))} />
        {list.filters.entityId ? <input type="hidden" name="entityId" value={list.filters.entityId} /> : null}
      </FilterForm>
      {list.rows.length === 0 ? (
        <EmptyState title="No entries match">Operator actions show up here as they happen.</EmptyState>
      ) : (
        <Table caption="Audit entries, newest first" head={['When', 'Operator', 'Action', 'Entity', 'Reason', 'Change']}>
          {list.rows.map((row) => {
            const page = ENTITY_PAGES[row.entityType as AuditedEntity];
            return (
              <tr key={row.id}>
                <td className={cell}>
                  <Instant at={row.createdAt} />
                </td>
                <td className={cell}>{row.actorEmail ?? <span className="font-mono text-xs">{row.actorId}</span>}</td>
                <td className={`${cell} font-mono text-xs`}>{row.action}</td>
                <td className={`${cell} text-xs`}>
                  {row.entityType}
                  {page ? (
                    <Link href={page(row.entityId)} className="block break-all text-brand-700 underline" title={row.entityId}>
                      {row.entityLabel ?? <span className="font-mono">{row.entityId}</span>}
                    </Link>
                  ) : (
                    <span className="block break-all" title={row.entityId}>
                      {row.entityLabel ?? <span className="font-mono">{row.entityId}</span>}
                    </span>
                  )}
                </td>
                <td className={cell}>{row.reason}</td>
                <td className={cell}>
                  <JsonView value={row.data} summary="Before and after" />
                </td>
              </tr>
            );
          })}
        </Table>
      )}
      <Pager path="/admin/audit" params={params} page={list.page} pageCount={list.pageCount} />
    </div>
  );
}
