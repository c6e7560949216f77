'use client';

import { useState, useTransition } from 'react';
import { removeCartItemAction } from '@/lib/actions/cart';
import { Button } from '@/components/ui/button';
import { focusCartHeading } from './focus';

/** Removes one item; afterwards focus goes to the cart heading, which announces the new count. */
export function RemoveItemButton({ itemId, title }: { itemId: string; title: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const remove = () =>
    startTransition(async () => {
      const result = await removeCartItemAction({ itemId });
      if (result.ok) focusCartHeading();
      else setError(result.message);
    });

  return (
    <div className="text-right">
      <Button type="button" variant="ghost" onClick={remove} disabled={pending} aria-busy={pending} aria-label={`Remove ${title}`} className="px-3 py-1.5">
        {pending ? 'Removing…' : 'Remove'}
      </Button>
      {error ? (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
