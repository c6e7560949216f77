import type { Metadata } from 'next';
import Link from 'next/link';
import { FilterForm, Instant, JsonView, PageHeader, Pager, RowAction, Table, cell, flatParams, hrefWith, FilterSelect } from '@/components/admin/list-parts';
import { ReasonActionForm } from '@/components/admin/reason-action-form';
import { ProcessingBadge } from '@/components/admin/status-badges';
import { TestEmailForm } from '@/components/admin/test-email-form';
import { EmptyState } from '@/components/ui/empty-state';
import { Field, Input } from '@/components/ui/field';
import { operatorPage } from '@/lib/auth/current-actor';
import type { OperatorActor } from '@/lib/domain/actor';
import { listDeliveries, listOutbox, listOutboxDeliveries } from '@/lib/admin/outbox';
import { prisma } from '@/lib/db/prisma';
import { DeliveryStatus, OutboxDeliveryStatus, OutboxStatus } from '@/lib/generated/prisma/enums';
import { retryOutboxDeliveryAction, retryOutboxMessageAction, retryWebhookDeliveryAction, sendTestEmailAction } from '@/lib/actions/admin/outbox';

export const metadata: Metadata = { title: 'Outbox' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const VIEWS = [
  { view: 'messages', label: 'Outbox messages' },
  { view: 'sends', label: 'Emails, refunds and other deliveries' },
  { view: 'deliveries', label: 'Webhook deliveries' },
] as const;

export default async function AdminOutboxPage({ searchParams }: Props) {
  const { actor: operator } = await operatorPage('/admin/outbox');
  const params = await flatParams(searchParams);
  const view = params.view === 'deliveries' || params.view === 'sends' ? params.view : 'messages';
  return (
    <div className="space-y-6">
      <PageHeader title="Outbox and webhook deliveries">
        <p className="mt-1 text-sm text-slate-600">Side effects delivered after commit. A failed one can be retried once its cause is fixed.</p>
      </PageHeader>
      <nav aria-label="Outbox views" className="flex gap-2 text-sm">
        {VIEWS.map((v) => (
          <Link
            key={v.view}
            href={hrefWith('/admin/outbox', {}, { view: v.view === 'messages' ? undefined : v.view })}
            aria-current={view === v.view ? 'page' : undefined}
            className="rounded-full px-3 py-1 ring-1 ring-slate-300 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white aria-[current=page]:ring-brand-600"
          >
            {v.label}
          </Link>
        ))}
      </nav>
      {view === 'messages' ? <Messages operator={operator} params={params} /> : view === 'sends' ? <Sends operator={operator} params={params} /> : <Deliveries operator={operator} params={params} />}
    </div>
  );
}

type ViewProps = { operator: OperatorActor; params: Record<string, string | undefined> };

async function Messages({ operator, params }: ViewProps) {
  const list = await listOutbox(prisma, operator, params);
  return (
    <>
      <FilterForm path="/admin/outbox" label="Filter outbox messages">
        <Field id="o-topic" label="Topic starts with">
          <Input id="o-topic" name="topic" type="search" defaultValue={list.filters.topic} placeholder="booking." />
        </Field>
        <FilterSelect id="o-status" label="Status" name="status" value={list.filters.status} any="Any status" choices={Object.values(OutboxStatus)} />
      </FilterForm>
      <p className="text-sm text-slate-600" role="status">
        {list.total} {list.total === 1 ? 'message' : 'messages'}
      </p>
      {list.rows.length === 0 ? (
        <EmptyState title="No messages match">Change the filters.</EmptyState>
      ) : (
        <Table caption="Outbox messages, newest first" head={['Created', 'Topic', 'Status', 'Attempts', 'Last error', 'Payload', 'Action']}>
          {list.rows.map((m) => (
            <tr key={m.id}>
              <td className={cell}>
                <Instant at={m.createdAt} />
              </td>
              <td className={`${cell} font-mono text-xs`}>
                {m.topic}
                {m.bookingId ? (
                  <Link href={`/admin/bookings/${m.bookingId}`} className="block text-brand-700 underline">
                    booking
                  </Link>
                ) : null}
              </td>
              <td className={cell}>
                <ProcessingBadge status={m.status} />
                {m.status === 'PENDING' ? (
                  <span className="mt-1 block text-xs text-slate-500">
                    due <Instant at={m.availableAt} />
                  </span>
                ) : null}
              </td>
              <td className={`${cell} tabular-nums`}>{m.attempts}</td>
              <td className={`${cell} max-w-xs break-words text-xs text-red-800`}>{m.lastError}</td>
              <td className={cell}>
                <JsonView value={m.payload} />
              </td>
              <td className={cell}>
                {m.status === 'FAILED' ? (
                  <RowAction summary="Retry now…">
                    <ReasonActionForm action={retryOutboxMessageAction} input={{ messageId: m.id }} submitLabel="Retry now" reasonLabel="Reason to retry" done="Queued again." />
                  </RowAction>
                ) : (
                  <span className="text-slate-400">—</span>
                )}
              </td>
            </tr>
          ))}
        </Table>
      )}
      <Pager path="/admin/outbox" params={params} page={list.page} pageCount={list.pageCount} />
    </>
  );
}

async function Sends({ operator, params }: ViewProps) {
  const list = await listOutboxDeliveries(prisma, operator, params);
  return (
    <>
      <TestEmailForm action={sendTestEmailAction} />
      <FilterForm path="/admin/outbox" label="Filter deliveries">
        <input type="hidden" name="view" value="sends" />
        <Field id="s-handler" label="Handler starts with">
          <Input id="s-handler" name="handler" type="search" defaultValue={list.filters.handler} placeholder="booking-email" />
        </Field>
        <FilterSelect id="s-status" label="Status" name="status" value={list.filters.status} any="Any status" choices={Object.values(OutboxDeliveryStatus)} />
      </FilterForm>
      <p className="text-sm text-slate-600" role="status">
        {list.total} {list.total === 1 ? 'delivery' : 'deliveries'}
      </p>
      {list.rows.length === 0 ? (
        <EmptyState title="No deliveries match">Change the filters.</EmptyState>
      ) : (
        <Table caption="Deliveries of outbox messages, newest first" head={['Created', 'Message', 'Handler', 'Recipient', 'Status', 'Attempts', 'Last error', 'Next attempt', 'Action']}>
          {list.rows.map((d) => (
            <tr key={d.id}>
              <td className={cell}>
                <Instant at={d.createdAt} />
              </td>
              <td className={`${cell} font-mono text-xs`}>
                {d.message.topic}
                {d.message.bookingId ? (
                  <Link href={`/admin/bookings/${d.message.bookingId}`} className="block text-brand-700 underline">
                    booking
                  </Link>
                ) : null}
              </td>
              <td className={`${cell} font-mono text-xs`}>{d.handler}</td>
              <td className={`${cell} break-all text-xs`}>{d.recipient || '—'}</td>
              <td className={cell}>
                <ProcessingBadge status={d.status} />
              </td>
              <td className={`${cell} tabular-nums`}>{d.attempts}</td>
              <td className={`${cell} max-w-xs break-words text-xs text-red-800`}>{d.lastError}</td>
              <td className={cell}>{d.status === 'PENDING' ? <Instant at={d.nextAttemptAt} /> : d.deliveredAt ? <span className="text-xs text-slate-500">sent <Instant at={d.deliveredAt} /></span> : '—'}</td>
              <td className={cell}>
                {d.status === 'DEAD' ? (
                  <RowAction summary="Retry now…">
                    <ReasonActionForm action={retryOutboxDeliveryAction} input={{ deliveryId: d.id }} submitLabel="Retry now" reasonLabel="Reason to retry" done="Due again." />
                  </RowAction>
                ) : (
                  <span className="text-slate-400">—</span>
                )}
              </td>
            </tr>
          ))}
        </Table>
      )}
      <Pager path="/admin/outbox" params={params} page={list.page} pageCount={list.pageCount} />
    </>
  );
}

async function Deliveries({ operator, params }: ViewProps) {
  const list = await listDeliveries(prisma, operator, params);
  return (
    <>
      <FilterForm path="/admin/outbox" label="Filter webhook deliveries">
        <input type="hidden" name="view" value="deliveries" />
        <Field id="d-topic" label="Event type starts with">
          <Input id="d-topic" name="topic" type="search" defaultValue={list.filters.topic} placeholder="booking." />
        </Field>
        <FilterSelect id="d-status" label="Status" name="status" value={list.filters.status} any="Any status" choices={Object.values(DeliveryStatus)} />
      </FilterForm>
      <p className="text-sm text-slate-600" role="status">
        {list.total} {list.total === 1 ? 'delivery' : 'deliveries'}
      </p>
      {list.rows.length === 0 ? (
        <EmptyState title="No deliveries match">Change the filters, or none of the businesses has a webhook endpoint yet.</EmptyState>
      ) : (
        <Table caption="Webhook deliveries, newest first" head={['Created', 'Event', 'Endpoint', 'Status', 'Attempts', 'Last error', 'Payload', 'Action']}>
          {list.rows.map((d) => (
            <tr key={d.id}>
              <td className={cell}>
                <Instant at={d.createdAt} />
              </td>
              <td className={`${cell} font-mono text-xs`}>{d.eventType}</td>
              <td className={`${cell} text-xs`}>
                <span className="block break-all">{d.endpoint.url}</span>
                <Link href={`/admin/vendors/${d.endpoint.vendor.id}`} className="text-brand-700 underline">
                  {d.endpoint.vendor.name}
                </Link>
              </td>
              <td className={cell}>
                <ProcessingBadge status={d.status} />
                {d.responseStatus ? <span className="mt-1 block text-xs text-slate-500">HTTP {d.responseStatus}</span> : null}
              </td>
              <td className={`${cell} tabular-nums`}>{d.attempts}</td>
              <td className={`${cell} max-w-xs break-words text-xs text-red-800`}>{d.lastError}</td>
              <td className={cell}>
                <JsonView value={d.payload} />
              </td>
              <td className={cell}>
                {d.status === 'FAILED' ? (
                  <RowAction summary="Retry now…">
                    <ReasonActionForm action={retryWebhookDeliveryAction} input={{ deliveryId: d.id }} submitLabel="Retry now" reasonLabel="Reason to retry" done="Due again." />
                  </RowAction>
                ) : (
                  <span className="text-slate-400">—</span>
                )}
              </td>
            </tr>
          ))}
        </Table>
      )}
      <Pager path="/admin/outbox" params={params} page={list.page} pageCount={list.pageCount} />
    </>
  );
}
