'use client';

import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { acceptInvitationAction } from '@/lib/actions/invitation';

export function AcceptInvitationButton({ token, vendorName }: { token: string; vendorName: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button
        type="button"
        disabled={pending}
        aria-busy={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await acceptInvitationAction({ token });
            if (!result.ok) setError(result.message); // on success the action redirects to the dashboard
          })
        }
      >
        {pending ? 'Joining…' : `Join ${vendorName}`}
      </Button>
    </div>
  );
}
