'use client';

import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import type { ActionResult } from '@/lib/http/action-result';

type Run = (input: unknown) => Promise<ActionResult<unknown>>;

/** The desk takes the balance (cash or card), checking the customer in with the same click; an owner may let them leave owing it. */
export function BalanceForm({ bookingId, dueLabel, withCheckIn, record, override }: { bookingId: string; dueLabel: string; withCheckIn: boolean; record: Run | null; override: Run | null }) {
  const [pending, startTransition] = useTransition();
  const [method, setMethod] = useState<'CASH' | 'CARD'>('CASH');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const run = (action: Run, input: object) =>
    startTransition(async () => {
      setError(null);
      const result = await action({ bookingId, ...input });
      if (!result.ok) setError(result.fieldErrors?.reason?.[0] ?? result.message);
    });
  return (
    <div className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {record ? (
        <form
          className="space-y-3"
          aria-label="Record the balance payment"
          onSubmit={(event) => {
            event.preventDefault();
            run(record, { method, checkIn: withCheckIn });
          }}
        >
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">Paid at the desk by</legend>
            <div className="mt-1 flex gap-4 text-sm">
              {(['CASH', 'CARD'] as const).map((value) => (
                <label key={value} className="flex items-center gap-1.5">
                  <input type="radio" name="method" value={value} checked={method === value} onChange={() => setMethod(value)} /> {value === 'CASH' ? 'Cash' : 'Card'}
                </label>
              ))}
            </div>
          </fieldset>
          <Button type="submit" disabled={pending} aria-busy={pending}>
            {withCheckIn ? `Record ${dueLabel} paid and check in` : `Record ${dueLabel} paid`}
          </Button>
        </form>
      ) : null}
      {override ? (
        <form
          className="space-y-3 border-t border-slate-100 pt-3"
          aria-label="Check out with a balance due"
          onSubmit={(event) => {
            event.preventDefault();
            run(override, { reason });
          }}
        >
          <Field id={`override-${bookingId}`} label="Check out anyway (owners): why may the customer leave owing it?">
            <textarea id={`override-${bookingId}`} rows={2} className={inputClass} value={reason} onChange={(event) => setReason(event.target.value)} />
          </Field>
          <Button type="submit" variant="ghost" disabled={pending}>
            Check out with balance due
          </Button>
        </form>
      ) : null}
    </div>
  );
}
