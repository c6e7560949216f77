'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/http/action-result';

/** A button that runs one server action and shows its error; used for publish, archive, cancel... */
export function ActionButton({
  action,
  input,
  children,
  variant = 'secondary',
  confirm,
}: {
  action: (input: unknown) => Promise<ActionResult<unknown>>;
  input: unknown;
  children: React.ReactNode;
  variant?: 'primary' | 'secondary' | 'ghost' | 'danger';
  confirm?: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col gap-1">
      <Button
        type="button"
        variant={variant}
        disabled={pending}
        aria-busy={pending}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          startTransition(async () => {
            const result = await action(input);
            setError(result.ok ? null : result.message);
            if (result.ok) router.refresh();
          });
        }}
      >
        {children}
      </Button>
      {error ? (
        <span role="alert" className="max-w-md text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
