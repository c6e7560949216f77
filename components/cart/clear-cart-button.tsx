'use client';

import { useState, useTransition } from 'react';
import { clearCartAction } from '@/lib/actions/cart';
import { Button } from '@/components/ui/button';
import { focusCartHeading } from './focus';

/** Empties the cart after a second, explicit confirmation. */
export function ClearCartButton({ count }: { count: number }) {
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const clear = () =>
    startTransition(async () => {
      const result = await clearCartAction();
      if (result.ok) focusCartHeading();
      else setError(result.message);
    });

  return (
    <div className="flex flex-wrap items-center gap-2">
      {confirming ? (
        <>
          <p className="text-sm text-slate-700" id="clear-cart-question">
            Remove all {count} {count === 1 ? 'item' : 'items'} from your cart?
          </p>
          <Button type="button" variant="danger" onClick={clear} disabled={pending} aria-busy={pending} aria-describedby="clear-cart-question" autoFocus>
            {pending ? 'Clearing…' : 'Yes, clear cart'}
          </Button>
          <Button type="button" variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>
            Keep items
          </Button>
        </>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
          Clear cart
        </Button>
      )}
      {error ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
