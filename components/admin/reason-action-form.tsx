'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '@/components/forms/server-errors';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { reasonFormSchema, type ReasonFormInput } from '@/lib/admin/schemas';
import type { ActionResult } from '@/lib/http/action-result';

type Props = {
  /** The server action; it gets `input` plus the reason. */
  action: (input: unknown) => Promise<ActionResult<unknown>>;
  input: Record<string, unknown>;
  submitLabel: string;
  reasonLabel?: string;
  hint?: string;
  variant?: 'primary' | 'secondary' | 'danger';
  done?: string;
  /** An extra choice sent with the reason (radio buttons; the first option is the default). */
  choice?: { name: string; legend: string; options: Array<{ value: string; label: string; hint?: string }> };
};

/** One operator action that needs a reason (kept in the audit trail): a labelled reason and a button. */
export function ReasonActionForm({ action, input, submitLabel, reasonLabel = 'Reason', hint = 'Kept in the audit trail.', variant = 'primary', done, choice }: Props) {
  const router = useRouter();
  const id = useId();
  const [success, setSuccess] = useState<string | null>(null);
  const [chosen, setChosen] = useState(choice?.options[0]?.value ?? '');
  const { register, handleSubmit, setError, reset, formState } = useForm<ReasonFormInput>({ resolver: zodResolver(reasonFormSchema), defaultValues: { reason: '' } });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async ({ reason }) => {
    setSuccess(null);
    const result = await action({ ...input, ...(choice ? { [choice.name]: chosen } : {}), reason });
    applyServerErrors(result, setError);
    if (result.ok) {
      reset();
      setSuccess(done ?? 'Done.');
      router.refresh();
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      {errors.root?.server ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
      {success ? <Alert tone="success">{success}</Alert> : null}
      <Field id={`${id}-reason`} label={reasonLabel} hint={hint} error={errors.reason?.message}>
        <Input
          id={`${id}-reason`}
          aria-invalid={!!errors.reason}
          aria-describedby={errors.reason ? `${id}-reason-error` : `${id}-reason-hint`}
          autoComplete="off"
          {...register('reason')}
        />
      </Field>
      {choice ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-900">{choice.legend}</legend>
          {choice.options.map((option) => (
            <label key={option.value} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name={`${id}-${choice.name}`}
                value={option.value}
                checked={chosen === option.value}
                onChange={() => setChosen(option.value)}
                className="mt-1"
              />
              <span>
                {option.label}
                {option.hint ? <span className="block text-slate-600">{option.hint}</span> : null}
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <Button type="submit" variant={variant} disabled={isSubmitting} aria-busy={isSubmitting}>
        {isSubmitting ? 'Saving…' : submitLabel}
      </Button>
    </form>
  );
}
