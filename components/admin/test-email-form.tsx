'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '@/components/forms/server-errors';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { testEmailSchema, type TestEmailInput } from '@/lib/admin/schemas';
import type { ActionResult } from '@/lib/http/action-result';

type Props = { action: (input: unknown) => Promise<ActionResult<{ id: string; via: string }>> };

/** Sends one test email now and says whether the SMTP server (or the dev mailbox) took it. */
export function TestEmailForm({ action }: Props) {
  const id = useId();
  const [success, setSuccess] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<TestEmailInput>({ resolver: zodResolver(testEmailSchema), defaultValues: { to: '' } });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (input) => {
    setSuccess(null);
    const result = await action(input);
    applyServerErrors(result, setError);
    if (result.ok) setSuccess(`Sent through ${result.data.via}.`);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3" aria-label="Send a test email">
      <Field id={`${id}-to`} label="Send a test email to" error={errors.to?.message}>
        <Input id={`${id}-to`} type="email" autoComplete="email" aria-invalid={!!errors.to} aria-describedby={errors.to ? `${id}-to-error` : undefined} {...register('to')} />
      </Field>
      <Button type="submit" variant="secondary" disabled={isSubmitting} aria-busy={isSubmitting}>
        {isSubmitting ? 'Sending…' : 'Send test email'}
      </Button>
      <div className="basis-full" aria-live="polite">
        {errors.root?.server ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
        {success ? <Alert tone="success">{success}</Alert> : null}
      </div>
    </form>
  );
}
