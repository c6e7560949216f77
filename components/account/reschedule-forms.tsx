'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type BaseSyntheticEvent, type ReactNode } from 'react';
import { useForm, type FieldValues, type UseFormRegisterReturn, type UseFormSetError } from 'react-hook-form';
import type { z } from 'zod';
import { appointmentRescheduleSchema, rentalRescheduleSchema, sessionRescheduleSchema } from '@/lib/customer/schemas';
import { applyServerErrors } from '@/components/forms/server-errors';
import { SubmitButton } from '@/components/forms/submit-button';
import { Alert } from '@/components/ui/alert';
import { Field, Input } from '@/components/ui/field';
import type { BookingFormAction } from './action-types';

type Choice = { value: string; label: string };

const MOVED = 'Your booking was moved to the new time. We will email you the details.';

/** Submits a reschedule choice; remembers success to say so, or shows the server's errors. */
function useMove<T extends FieldValues>(action: BookingFormAction, setError: UseFormSetError<T>) {
  const [moved, setMoved] = useState(false);
  const submit = async (values: T) => {
    setMoved(false);
    const result = await action(values);
    if (result.ok) setMoved(true);
    else applyServerErrors(result, setError);
  };
  return { moved, submit };
}

function Feedback({ moved, error }: { moved: boolean; error?: string }) {
  if (error) return <Alert tone="error">{error}</Alert>;
  return moved ? <Alert tone="success">{MOVED}</Alert> : null;
}

/** Rentals: a new start and end, typed as local times at the venue. */
export function RentalRescheduleForm({ action, startLocal, endLocal, zoneLabel }: { action: BookingFormAction; startLocal: string; endLocal: string; zoneLabel: string }) {
  const form = useForm<z.input<typeof rentalRescheduleSchema>>({ resolver: zodResolver(rentalRescheduleSchema), defaultValues: { kind: 'RENTAL', startLocal, endLocal } });
  const { moved, submit } = useMove(action, form.setError);
  const onSubmit = form.handleSubmit(submit);
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <Feedback moved={moved} error={errors.root?.server?.message} />
      <input type="hidden" {...form.register('kind')} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="reschedule-start" label="New start" hint={`Local time (${zoneLabel})`} error={errors.startLocal?.message}>
          <Input id="reschedule-start" type="datetime-local" aria-invalid={!!errors.startLocal} {...form.register('startLocal')} />
        </Field>
        <Field id="reschedule-end" label="New end" hint={`Local time (${zoneLabel})`} error={errors.endLocal?.message}>
          <Input id="reschedule-end" type="datetime-local" aria-invalid={!!errors.endLocal} {...form.register('endLocal')} />
        </Field>
      </div>
      <SubmitButton pending={isSubmitting} pendingText="Moving your booking…">
        Move booking
      </SubmitButton>
    </form>
  );
}

type ChoiceListProps = { legend: string; hint?: string; name: string; choices: Choice[]; error?: string; registration: UseFormRegisterReturn; compact?: boolean };

function ChoiceList({ legend, hint, name, choices, error, registration, compact = false }: ChoiceListProps) {
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset aria-describedby={describedBy}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint ? (
        <p id={`${name}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <div className={`mt-2 grid max-h-72 gap-2 overflow-y-auto p-0.5 ${compact ? 'grid-cols-3' : 'sm:grid-cols-2'}`}>
        {choices.map((choice) => (
          <label
            key={choice.value}
            className="flex cursor-pointer items-start gap-2 rounded-lg border border-slate-300 bg-white p-2 text-sm has-checked:border-brand-600 has-checked:bg-brand-50 has-focus-visible:ring-2 has-focus-visible:ring-brand-500/40"
          >
            <input type="radio" value={choice.value} className="mt-0.5" {...registration} />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${name}-error`} role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Sessions: another upcoming session with enough seats. */
export function SessionRescheduleForm({ action, choices }: { action: BookingFormAction; choices: Choice[] }) {
  const form = useForm<z.input<typeof sessionRescheduleSchema>>({ resolver: zodResolver(sessionRescheduleSchema), defaultValues: { kind: 'SESSION' } });
  const { moved, submit } = useMove(action, form.setError);
  const onSubmit = form.handleSubmit(submit);
  const { errors, isSubmitting } = form.formState;
  return (
    <RadioForm onSubmit={onSubmit} feedback={<Feedback moved={moved} error={errors.root?.server?.message} />} pending={isSubmitting}>
      <input type="hidden" {...form.register('kind')} />
      <ChoiceList legend="New session" name="sessionId" choices={choices} error={errors.sessionId?.message} registration={form.register('sessionId')} />
    </RadioForm>
  );
}

/** Appointments: one of the free times on the chosen day. */
export function AppointmentRescheduleForm({ action, choices, staff, dayLabel, hint }: { action: BookingFormAction; choices: Choice[]; staff: 'same' | 'any'; dayLabel: string; hint: string }) {
  const form = useForm<z.input<typeof appointmentRescheduleSchema>>({ resolver: zodResolver(appointmentRescheduleSchema), defaultValues: { kind: 'APPOINTMENT', staff } });
  const { moved, submit } = useMove(action, form.setError);
  const onSubmit = form.handleSubmit(submit);
  const { errors, isSubmitting } = form.formState;
  return (
    <RadioForm onSubmit={onSubmit} feedback={<Feedback moved={moved} error={errors.root?.server?.message} />} pending={isSubmitting}>
      <input type="hidden" {...form.register('kind')} />
      <input type="hidden" {...form.register('staff')} />
      <ChoiceList legend={`Free times on ${dayLabel}`} hint={hint} name="startAt" choices={choices} error={errors.startAt?.message} registration={form.register('startAt')} compact />
    </RadioForm>
  );
}

function RadioForm({ onSubmit, feedback, pending, children }: { onSubmit: (event?: BaseSyntheticEvent) => Promise<void>; feedback: ReactNode; pending: boolean; children: ReactNode }) {
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      {feedback}
      {children}
      <SubmitButton pending={pending} pendingText="Moving your booking…">
        Move booking
      </SubmitButton>
    </form>
  );
}
