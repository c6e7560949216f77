'use client';

import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import type { ActionResult } from '@/lib/http/action-result';

/**
 * A manual refund by the business: an amount up to what was paid and not yet refunded, with an
 * internal note (why, for the team and operators) and an optional message the customer sees.
 */
export function RefundForm({ bookingId, maxLabel, run }: { bookingId: string; maxLabel: string; run: (input: unknown) => Promise<ActionResult<unknown>> }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const target = event.currentTarget;
        startTransition(async () => {
          const result = await run({ bookingId, amount: form.get('amount'), reason: form.get('reason'), customerMessage: form.get('customerMessage') ?? undefined });
          if (result.ok) {
            setMessage({ tone: 'success', text: 'Refund recorded.' });
            target.reset();
          } else setMessage({ tone: 'error', text: result.message });
        });
      }}
    >
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="refund-amount" label="Amount" hint={`Up to ${maxLabel}`}>
          <Input id="refund-amount" name="amount" type="number" min="0.01" step="0.01" inputMode="decimal" required />
        </Field>
        <Field id="refund-reason" label="Internal note" hint="Why you refund: your team and the platform see it, the customer does not.">
          <Input id="refund-reason" name="reason" required minLength={3} />
        </Field>
      </div>
      <Field id="refund-message" label="Message to the customer (optional)" hint="Shown on their booking and in the refund email.">
        <Input id="refund-message" name="customerMessage" maxLength={500} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending} aria-busy={pending}>
        {pending ? 'Refunding…' : 'Issue refund'}
      </Button>
    </form>
  );
}
