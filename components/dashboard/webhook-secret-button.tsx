'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { rotateWebhookSecretAction } from '@/lib/actions/business/webhooks';

/** Rotates an endpoint's secret and shows the new one once; the old one keeps signing for 24 hours. */
export function WebhookSecretButton({ endpointId }: { endpointId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        aria-busy={pending}
        onClick={() => {
          if (!window.confirm('Make a new signing secret? The current one keeps working for 24 hours.')) return;
          startTransition(async () => {
            const result = await rotateWebhookSecretAction({ endpointId });
            setError(result.ok ? null : result.message);
            setSecret(result.ok ? result.data.secret : null);
            if (result.ok) router.refresh();
          });
        }}
      >
        Rotate secret
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {secret ? (
        <Alert tone="success">
          <span className="block">The new secret (shown once). Deliveries carry a signature with each secret until the old one expires.</span>
          <code className="mt-2 block break-all rounded bg-white px-2 py-1 font-mono text-xs" aria-label="New signing secret">
            {secret}
          </code>
        </Alert>
      ) : null}
    </div>
  );
}
