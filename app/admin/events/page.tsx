import type { Metadata } from 'next';
import { FilterForm, Instant, JsonView, PageHeader, Pager, Table, cell, flatParams, FilterSelect } from '@/components/admin/list-parts';
import { Badge } from '@/components/admin/status-badges';
import { EmptyState } from '@/components/ui/empty-state';
import { Field, Input } from '@/components/ui/field';
import { operatorPage } from '@/lib/auth/current-actor';
import { listProviderEvents } from '@/lib/admin/payments';
import { prisma } from '@/lib/db/prisma';
import { PaymentProvider } from '@/lib/generated/prisma/enums';

export const metadata: Metadata = { title: 'Provider events' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminProviderEventsPage({ searchParams }: Props) {
  const { actor: operator } = await operatorPage('/admin/events');
  const params = await flatParams(searchParams);
  const list = await listProviderEvents(prisma, operator, params);
  return (
    <div className="space-y-6">
      <PageHeader title="Payment provider events" count={list.total} noun={['event', 'events']}>
        <p className="mt-1 text-sm text-slate-600">Webhook events as received, stored once by event id. Read-only.</p>
      </PageHeader>
      <FilterForm path="/admin/events" label="Filter provider events">
        <Field id="e-type" label="Type">
          <Input id="e-type" name="type" type="search" defaultValue={list.filters.type} placeholder="checkout.session.completed" />
        </Field>
        <FilterSelect
          id="e-state"
          label="State"
          name="state"
          value={list.filters.state}
          any="Any state"
          choices={[
            { value: 'processed', label: 'Processed' },
            { value: 'unprocessed', label: 'Not processed' },
            { value: 'error', label: 'With an error' },
          ]}
        />
        <FilterSelect id="e-provider" label="Provider" name="provider" value={list.filters.provider} any="Any provider" choices={Object.values(PaymentProvider)} />
      </FilterForm>
      {list.rows.length === 0 ? (
        <EmptyState title="No events match">Change the filters.</EmptyState>
      ) : (
        <Table caption="Provider events, newest first" head={['Received', 'Type', 'Event id', 'State', 'Payload']}>
          {list.rows.map((e) => (
            <tr key={e.id}>
              <td className={cell}>
                <Instant at={e.receivedAt} />
              </td>
              <td className={`${cell} font-mono text-xs`}>{e.type}</td>
              <td className={`${cell} break-all font-mono text-xs`}>
                {e.provider.toLowerCase()} · {e.eventId}
              </td>
              <td className={cell}>
                {e.error ? (
                  <>
                    <Badge tone="bad">error</Badge>
                    <span className="mt-1 block max-w-xs text-xs text-red-800">{e.error}</span>
                  </>
                ) : e.processedAt ? (
                  <>
                    <Badge tone="good">processed</Badge>
                    <span className="mt-1 block text-xs text-slate-500">
                      <Instant at={e.processedAt} />
                    </span>
                  </>
                ) : (
                  <Badge tone="wait">not processed</Badge>
                )}
              </td>
              <td className={cell}>
                <JsonView value={e.payload} />
              </td>
            </tr>
          ))}
        </Table>
      )}
      <Pager path="/admin/events" params={params} page={list.page} pageCount={list.pageCount} />
    </div>
  );
}
