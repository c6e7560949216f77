'use client';

import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import type { ActionResult } from '@/lib/http/action-result';

type Step = { action: 'approve' | 'decline' | 'verifyManualPayment' | 'checkIn' | 'checkOut' | 'complete' | 'cancel'; label: string; needsReason?: boolean; danger?: boolean };

// Declines and cancellations tell the customer why; other reasons (an operator's) stay in the audit trail.
const customerFacing = (step: Step) => step.action === 'decline' || step.action === 'cancel';

/** The lifecycle steps the vendor may take now; declining and cancelling ask for a reason first. */
export function BookingStepButtons({ bookingId, steps, run, focus }: { bookingId: string; steps: Step[]; run: (input: unknown) => Promise<ActionResult<unknown>>; focus?: Step['action'] }) {
  const [pending, startTransition] = useTransition();
  const [asking, setAsking] = useState<Step | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const perform = (step: Step) =>
    startTransition(async () => {
      setError(null);
      const result = await run({ bookingId, action: step.action, reason: reason || undefined });
      if (result.ok) {
        setAsking(null);
        setReason('');
      } else setError(result.fieldErrors?.reason?.[0] ?? result.message);
    });

  if (steps.length === 0) return <p className="text-sm text-slate-600">No actions are possible in this state.</p>;
  return (
    <div className="space-y-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {asking ? (
        <form
          className="space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            perform(asking);
          }}
        >
          <Field id="step-reason" label={`Reason to ${asking.label.toLowerCase()}`} hint={customerFacing(asking) ? 'The customer sees it.' : 'Kept in the audit trail; the customer does not see it.'}>
            <Input id="step-reason" value={reason} onChange={(e) => setReason(e.target.value)} autoFocus required minLength={3} />
          </Field>
          <div className="flex gap-2">
            <Button type="submit" variant={asking.danger ? 'danger' : 'primary'} disabled={pending} aria-busy={pending}>
              {pending ? 'Saving…' : asking.label}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setAsking(null)}>
              Back
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          {steps.map((step) => (
            <Button
              key={step.action}
              type="button"
              variant={step.danger ? 'danger' : step.action === 'approve' ? 'primary' : 'secondary'}
              disabled={pending}
              aria-busy={pending}
              // Opened from a scanned check-in code: the check-in button is ready under the thumb.
              autoFocus={step.action === focus}
              onClick={() => (step.needsReason ? setAsking(step) : perform(step))}
            >
              {step.label}
            </Button>
          ))}
        </div>
      )}
    </div>
  );
}
