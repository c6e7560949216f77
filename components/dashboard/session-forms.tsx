'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState, type ComponentProps } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { createRecurringSessionsAction, createSessionAction } from '@/lib/actions/business/inventory';
import { applyServerErrors } from '@/components/forms/server-errors';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { createSessionSchema, recurringSessionsSchema } from '@/lib/business/inventory-schemas';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export type HostOption = { id: string; name: string };

/** Who runs the session: their 1:1 slots give way to it, and it is refused over their appointments. */
function HostSelect({ id, hosts, error, ...field }: { id: string; hosts: HostOption[]; error?: string } & ComponentProps<'select'>) {
  if (hosts.length === 0) return null;
  return (
    <Field id={id} label="Host" hint="Blocks their 1:1 appointments at that time" error={error}>
      <Select id={id} {...field}>
        <option value="">Nobody in particular</option>
        {hosts.map((host) => (
          <option key={host.id} value={host.id}>
            {host.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** One dated session at a local time. */
export function OneOffSessionForm({ listingId, zone, hosts = [] }: { listingId: string; zone: string; hosts?: HostOption[] }) {
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<z.input<typeof createSessionSchema>, unknown, z.output<typeof createSessionSchema>>({
    resolver: zodResolver(createSessionSchema),
    defaultValues: { listingId, date: '', time: '10:00', durationMinutes: '120', capacity: '10', hostStaffId: '' },
  });
  const { errors, isSubmitting } = formState;
  const [done, setDone] = useState(false);
  const onSubmit = handleSubmit(async (values) => {
    const result = await createSessionAction(values);
    applyServerErrors(result, setError);
    setDone(result.ok);
    if (result.ok) router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Add one session">
      {errors.root?.server ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
      {done ? <Alert tone="success">Session added.</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-4">
        <Field id="one-date" label="Date" error={errors.date?.message}>
          <Input id="one-date" type="date" {...register('date')} />
        </Field>
        <Field id="one-time" label={`Start (${zone})`} error={errors.time?.message}>
          <Input id="one-time" type="time" {...register('time')} />
        </Field>
        <Field id="one-duration" label="Minutes" error={errors.durationMinutes?.message}>
          <Input id="one-duration" type="number" {...register('durationMinutes')} />
        </Field>
        <Field id="one-capacity" label="Seats" error={errors.capacity?.message}>
          <Input id="one-capacity" type="number" {...register('capacity')} />
        </Field>
      </div>
      <HostSelect id="one-host" hosts={hosts} error={errors.hostStaffId?.message} {...register('hostStaffId')} />
      <Button type="submit" disabled={isSubmitting}>
        Add session
      </Button>
    </form>
  );
}

/** A weekly series: chosen weekdays at one local time for N weeks; existing sessions are skipped. */
export function RecurringSessionsForm({ listingId, zone, today, hosts = [] }: { listingId: string; zone: string; today: string; hosts?: HostOption[] }) {
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<z.input<typeof recurringSessionsSchema>, unknown, z.output<typeof recurringSessionsSchema>>({
    resolver: zodResolver(recurringSessionsSchema),
    defaultValues: { listingId, startDate: today, weekdays: [], time: '10:00', durationMinutes: '120', capacity: '10', weeks: '8', hostStaffId: '' },
  });
  const { errors, isSubmitting } = formState;
  const [message, setMessage] = useState<string | null>(null);
  const onSubmit = handleSubmit(async (values) => {
    const result = await createRecurringSessionsAction(values);
    applyServerErrors(result, setError);
    setMessage(result.ok ? `${result.data.created} sessions created${result.data.skipped ? `, ${result.data.skipped} skipped (already there, past, not on the clock${result.data.hostBusy ? `, or ${result.data.hostBusy} when the host is busy` : ''})` : ''}.` : null);
    if (result.ok) router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Add recurring sessions">
      {errors.root?.server ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
      {message ? <Alert tone="success">{message}</Alert> : null}
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Every</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {WEEKDAYS.map((day, index) => (
            <label key={day} className="flex items-center gap-1 text-sm">
              <input type="checkbox" value={String(index + 1)} {...register('weekdays')} /> {day}
            </label>
          ))}
        </div>
        {errors.weekdays ? <p role="alert" className="text-sm text-red-700">{errors.weekdays.message}</p> : null}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-5">
        <Field id="rec-start" label="From" error={errors.startDate?.message}>
          <Input id="rec-start" type="date" {...register('startDate')} />
        </Field>
        <Field id="rec-time" label={`At (${zone})`} error={errors.time?.message}>
          <Input id="rec-time" type="time" {...register('time')} />
        </Field>
        <Field id="rec-duration" label="Minutes" error={errors.durationMinutes?.message}>
          <Input id="rec-duration" type="number" {...register('durationMinutes')} />
        </Field>
        <Field id="rec-capacity" label="Seats each" error={errors.capacity?.message}>
          <Input id="rec-capacity" type="number" {...register('capacity')} />
        </Field>
        <Field id="rec-weeks" label="Weeks" error={errors.weeks?.message}>
          <Input id="rec-weeks" type="number" {...register('weeks')} />
        </Field>
      </div>
      <HostSelect id="rec-host" hosts={hosts} error={errors.hostStaffId?.message} {...register('hostStaffId')} />
      <Button type="submit" disabled={isSubmitting}>
        Create sessions
      </Button>
    </form>
  );
}
