import type { Metadata } from 'next';
import { formatDateTime } from '@/lib/format/date-time';
import { ActionButton } from '@/components/dashboard/action-button';
import { ApiKeyForm } from '@/components/dashboard/api-key-form';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { revokeApiKeyAction } from '@/lib/actions/business/api-keys';
import { memberPage } from '@/lib/auth/current-actor';
import { listApiKeys } from '@/lib/business/api-keys';
import { prisma } from '@/lib/db/prisma';

export const metadata: Metadata = { title: 'API keys' };

export default async function ApiKeysPage() {
  const { actor, vendor } = await memberPage('/dashboard/settings/api-keys');
  if (actor.role !== 'OWNER') {
    return (
      <Card>
        <h1 className="text-2xl font-bold">API keys</h1>
        <p className="mt-2 text-sm text-slate-600">Only the owners of {vendor.name} can manage API keys.</p>
      </Card>
    );
  }
  const [keys, { timeZone }] = await Promise.all([
    listApiKeys(prisma, actor),
    prisma.vendor.findUniqueOrThrow({ where: { id: actor.vendorId }, select: { timeZone: true } }),
  ]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">API keys</h1>
        <p className="text-sm text-slate-600">
          Keys let your own apps and partners (channel managers, resellers) use the{' '}
          <a href="/docs/api" className="text-brand-700 underline">
            Bookwell API
          </a>{' '}
          as {vendor.name}. Send one as <code>Authorization: Bearer …</code>.
        </p>
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[3fr_2fr]">
        <Card>
          <h2 className="font-semibold">Keys ({keys.length})</h2>
          {keys.length === 0 ? (
            <EmptyState title="No API keys yet">Create one to connect another system.</EmptyState>
          ) : (
            <ul className="mt-3 divide-y divide-slate-100">
              {keys.map((key) => (
                <li key={key.id} aria-label={key.name} className="flex flex-wrap items-center justify-between gap-3 py-3">
                  <div className="text-sm">
                    <p className="font-medium">
                      {key.name} {key.revokedAt ? <span className="text-red-700">(revoked)</span> : null}
                    </p>
                    <p className="font-mono text-xs text-slate-600">{key.prefix}…</p>
                    <p className="text-slate-600">
                      Scopes: {key.scopes.join(', ')} · API version {key.apiVersion} · created {formatDateTime(key.createdAt, timeZone)} · last used{' '}
                      {key.lastUsedAt ? formatDateTime(key.lastUsedAt, timeZone) : 'never'}
                    </p>
                  </div>
                  {key.revokedAt ? null : (
                    <ActionButton action={revokeApiKeyAction} input={{ keyId: key.id }} variant="danger" confirm={`Revoke “${key.name}”? Systems using it stop working at once.`}>
                      Revoke<span className="sr-only"> {key.name}</span>
                    </ActionButton>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card>
          <h2 className="font-semibold">Create a key</h2>
          <div className="mt-3">
            <ApiKeyForm />
          </div>
        </Card>
      </div>
    </div>
  );
}
