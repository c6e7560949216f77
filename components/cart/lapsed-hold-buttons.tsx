'use client';

import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { dismissLapsedHoldAction, restoreLapsedHoldAction } from '@/lib/actions/cart';
import { focusCartHeading } from './focus';

/** Put a lapsed item back in the cart (checked again as when it was added), or dismiss it. */
export function LapsedHoldButtons({ bookingId, title }: { bookingId: string; title: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (action: typeof restoreLapsedHoldAction | typeof dismissLapsedHoldAction) =>
    startTransition(async () => {
      setError(null);
      const result = await action({ bookingId });
      if (result.ok) focusCartHeading();
      else setError(result.message);
    });
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" disabled={pending} aria-busy={pending} onClick={() => run(restoreLapsedHoldAction)} aria-label={`Put ${title} back in the cart`} className="px-3 py-1.5">
          Put back in cart
        </Button>
        <Button type="button" variant="ghost" disabled={pending} onClick={() => run(dismissLapsedHoldAction)} aria-label={`Dismiss ${title}`} className="px-3 py-1.5">
          Dismiss
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
