import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionButton } from '@/components/dashboard/action-button';
import { WebhookEndpointForm } from '@/components/dashboard/webhook-endpoint-form';
import { WebhookSecretButton } from '@/components/dashboard/webhook-secret-button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { deleteWebhookEndpointAction, redeliverWebhooksAction, sendWebhookTestAction, updateWebhookEndpointAction } from '@/lib/actions/business/webhooks';
import { memberPage } from '@/lib/auth/current-actor';
import { prisma } from '@/lib/db/prisma';
import { formatDateTime } from '@/lib/format/date-time';
import { listDeliveries } from '@/lib/webhooks/delivery-log';
import { getEndpoint, listEndpoints } from '@/lib/webhooks/endpoints';

export const metadata: Metadata = { title: 'Webhooks' };

const STATUS_STYLE = { SUCCEEDED: 'text-green-800', PENDING: 'text-amber-800', FAILED: 'text-red-800' } as const;

export default async function WebhooksPage({ searchParams }: { searchParams: Promise<{ endpoint?: string }> }) {
  const { actor, vendor } = await memberPage('/dashboard/settings/webhooks');
  if (actor.role !== 'OWNER') {
    return (
      <Card>
        <h1 className="text-2xl font-bold">Webhooks</h1>
        <p className="mt-2 text-sm text-slate-600">Only the owners of {vendor.name} can manage webhooks.</p>
      </Card>
    );
  }
  const [endpoints, { timeZone }] = await Promise.all([listEndpoints(prisma, actor), prisma.vendor.findUniqueOrThrow({ where: { id: actor.vendorId }, select: { timeZone: true } })]);
  const wanted = (await searchParams).endpoint;
  const selected = endpoints.find((e) => e.id === wanted) ?? null;
  const when = (at: Date | null) => (at ? formatDateTime(at, timeZone) : '—');
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Webhooks</h1>
        <p className="text-sm text-slate-600">
          Bookwell sends your systems a signed POST for each event you choose (bookings, payments, reviews, listings), retried for three days until they
          answer 2xx. See the{' '}
          <a href="/docs/api#/Webhooks" className="text-brand-700 underline">
            webhook guide
          </a>{' '}
          to verify signatures.
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card>
          <h2 className="font-semibold">Endpoints ({endpoints.length})</h2>
          {endpoints.length === 0 ? (
            <EmptyState title="No endpoints yet">Add one to receive events.</EmptyState>
          ) : (
            <ul className="mt-3 divide-y divide-slate-100">
              {endpoints.map((e) => (
                <li key={e.id} aria-label={e.url} className="py-3 text-sm">
                  <Link href={`/dashboard/settings/webhooks?endpoint=${e.id}`} className="break-all font-medium text-brand-700 underline">
                    {e.url}
                  </Link>
                  <p className="text-slate-600">
                    {e.enabled ? <span className="text-green-800">Enabled</span> : <span className="text-red-800">Disabled{e.disabledReason ? `: ${e.disabledReason}` : ''}</span>}
                    {e.description ? ` · ${e.description}` : ''} · {e.events.length} event {e.events.length === 1 ? 'type' : 'types'}
                    {e.failingSince ? ` · failing since ${when(e.failingSince)}` : ''}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card>
          <h2 className="font-semibold">Add an endpoint</h2>
          <div className="mt-3">
            <WebhookEndpointForm />
          </div>
        </Card>
      </div>
      {selected ? <EndpointDetail endpointId={selected.id} when={when} /> : null}
    </div>
  );

  async function EndpointDetail({ endpointId, when }: { endpointId: string; when: (at: Date | null) => string }) {
    const endpoint = await getEndpoint(prisma, actor, endpointId);
    const log = await listDeliveries(prisma, actor, endpointId, { limit: 50 });
    return (
      <Card>
        <section aria-label={`Endpoint ${endpoint.url}`} className="space-y-4">
          <div>
            <h2 className="break-all text-lg font-semibold">{endpoint.url}</h2>
            <p className="text-sm text-slate-600">
              Events: <span className="font-mono text-xs">{endpoint.events.join(', ')}</span>
              {endpoint.previousSecretExpiresAt ? ` · the previous secret signs too until ${when(endpoint.previousSecretExpiresAt)}` : ''}
            </p>
          </div>
          <div className="flex flex-wrap items-start gap-3">
            <ActionButton action={sendWebhookTestAction} input={{ endpointId }} variant="primary">
              Send test event
            </ActionButton>
            <ActionButton action={updateWebhookEndpointAction} input={{ endpointId, enabled: !endpoint.enabled }}>
              {endpoint.enabled ? 'Disable' : 'Enable'}
            </ActionButton>
            <ActionButton action={redeliverWebhooksAction} input={{ endpointId, days: 7 }}>
              Redeliver failed (last 7 days)
            </ActionButton>
            <WebhookSecretButton endpointId={endpointId} />
            <ActionButton action={deleteWebhookEndpointAction} input={{ endpointId }} variant="danger" confirm="Delete this endpoint and its delivery log?">
              Delete
            </ActionButton>
          </div>
          <h3 className="font-semibold">Delivery log</h3>
          {log.rows.length === 0 ? (
            <EmptyState title="Nothing sent yet">Send a test event, or wait for the next booking.</EmptyState>
          ) : (
            <table className="w-full text-left text-sm" aria-label="Delivery log">
              <thead className="text-xs text-slate-500">
                <tr>
                  <th className="py-1 pr-3">Created</th>
                  <th className="py-1 pr-3">Event</th>
                  <th className="py-1 pr-3">Status</th>
                  <th className="py-1 pr-3">Attempts</th>
                  <th className="py-1">Action</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 align-top">
                {log.rows.map((d) => (
                  <tr key={d.id}>
                    <td className="py-2 pr-3 whitespace-nowrap">{when(d.createdAt)}</td>
                    <td className="py-2 pr-3">
                      <span className="font-mono text-xs">{d.eventType}</span>
                      <span className="block font-mono text-[10px] text-slate-500">{d.eventId}</span>
                    </td>
                    <td className={`py-2 pr-3 ${STATUS_STYLE[d.status]}`}>
                      {d.status === 'SUCCEEDED' ? 'Delivered' : d.status === 'PENDING' ? `Retrying at ${when(d.nextAttemptAt)}` : 'Failed'}
                      {d.responseStatus ? ` · HTTP ${d.responseStatus}` : ''}
                      {d.lastError ? <span className="block text-xs">{d.lastError}</span> : null}
                    </td>
                    <td className="py-2 pr-3">
                      <details>
                        <summary className="cursor-pointer">{d.attempts}</summary>
                        <ol className="mt-1 space-y-1 text-xs">
                          {d.attemptLog.map((a) => (
                            <li key={a.id}>
                              #{a.attempt} {when(a.createdAt)} · {a.succeeded ? 'ok' : 'failed'} · {a.responseStatus ?? 'no answer'} · {a.latencyMs} ms
                              {a.error ? ` · ${a.error}` : ''}
                              {a.responseExcerpt ? <pre className="mt-1 max-h-24 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-1">{a.responseExcerpt}</pre> : null}
                            </li>
                          ))}
                        </ol>
                      </details>
                    </td>
                    <td className="py-2">
                      <ActionButton action={redeliverWebhooksAction} input={{ endpointId, eventId: d.eventId }} variant="ghost">
                        Redeliver<span className="sr-only"> {d.eventType}</span>
                      </ActionButton>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </Card>
    );
  }
}
