import type { Metadata } from 'next';
import Link from 'next/link';
import { Instant, PageHeader, Table, cell } from '@/components/admin/list-parts';
import { EmptyState } from '@/components/ui/empty-state';
import { operatorPage } from '@/lib/auth/current-actor';
import { prisma } from '@/lib/db/prisma';
import { listAllEndpoints } from '@/lib/webhooks/endpoints';

export const metadata: Metadata = { title: 'Webhook endpoints' };

/** Every business's webhook endpoints (never their secrets); deliveries are in the outbox view. */
export default async function AdminWebhooksPage() {
  const { actor } = await operatorPage('/admin/webhooks');
  const endpoints = await listAllEndpoints(prisma, actor);
  return (
    <div className="space-y-6">
      <PageHeader title="Webhook endpoints" count={endpoints.length} noun={['endpoint', 'endpoints']}>
        <p className="mt-1 text-sm text-slate-600">
          The businesses’ endpoints. An endpoint failing for 5 days is disabled and its owners emailed; failed deliveries can be retried in{' '}
          <Link href="/admin/outbox?view=deliveries" className="text-brand-700 underline">
            the outbox
          </Link>
          .
        </p>
      </PageHeader>
      {endpoints.length === 0 ? (
        <EmptyState title="No webhook endpoints">No business has registered one yet.</EmptyState>
      ) : (
        <Table caption="Webhook endpoints, newest first" head={['Created', 'Business', 'URL', 'Events', 'State', 'Failed deliveries']}>
          {endpoints.map((e) => (
            <tr key={e.id}>
              <td className={cell}>
                <Instant at={e.createdAt} />
              </td>
              <td className={cell}>
                <Link href={`/admin/vendors/${e.vendor.id}`} className="text-brand-700 underline">
                  {e.vendor.name}
                </Link>
              </td>
              <td className={`${cell} break-all text-xs`}>{e.url}</td>
              <td className={`${cell} font-mono text-xs`}>{e.events.join(', ')}</td>
              <td className={cell}>
                {e.enabled ? 'Enabled' : `Disabled${e.disabledReason ? `: ${e.disabledReason}` : ''}`}
                {e.failingSince ? (
                  <span className="block text-xs text-red-800">
                    Failing since <Instant at={e.failingSince} />
                  </span>
                ) : null}
              </td>
              <td className={`${cell} tabular-nums`}>{e.failedDeliveries}</td>
            </tr>
          ))}
        </Table>
      )}
    </div>
  );
}
