'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { cancelFormSchema, type CancelFormInput } from '@/lib/customer/schemas';
import { applyServerErrors } from '@/components/forms/server-errors';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import type { BookingFormAction } from './action-types';

/** Cancel in two steps: the button opens a confirmation that repeats the refund. */
export function CancelBookingForm({ action, refundSummary }: { action: BookingFormAction; refundSummary: string }) {
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const { register, handleSubmit, setError, formState } = useForm<CancelFormInput>({ resolver: zodResolver(cancelFormSchema) });
  const { errors, isSubmitting } = formState;

  useEffect(() => {
    if (confirming) heading.current?.focus();
  }, [confirming]);

  const close = () => {
    setConfirming(false);
    requestAnimationFrame(() => opener.current?.focus());
  };
  const onSubmit = handleSubmit(async (values) => {
    const result = await action(values);
    applyServerErrors(result, setError);
  });

  if (!confirming) {
    return (
      <Button ref={opener} type="button" variant="secondary" onClick={() => setConfirming(true)} className="w-full sm:w-auto">
        Cancel booking
      </Button>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-xl border border-red-200 bg-red-50 p-4" aria-labelledby="cancel-confirm-heading">
      <h3 id="cancel-confirm-heading" ref={heading} tabIndex={-1} className="font-semibold text-red-900 focus:outline-none">
        Cancel this booking?
      </h3>
      <p className="text-sm text-red-900">{refundSummary} This cannot be undone.</p>
      {errors.root?.server ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
      <Field id="cancel-reason" label="Reason (optional)" error={errors.reason?.message}>
        <textarea id="cancel-reason" rows={2} className={inputClass} aria-invalid={!!errors.reason} {...register('reason')} />
      </Field>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Button type="submit" variant="danger" disabled={isSubmitting} aria-busy={isSubmitting}>
          {isSubmitting ? 'Cancelling…' : 'Yes, cancel booking'}
        </Button>
        <Button type="button" variant="secondary" onClick={close} disabled={isSubmitting}>
          Keep booking
        </Button>
      </div>
    </form>
  );
}
