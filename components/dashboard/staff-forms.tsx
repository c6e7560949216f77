'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import type { z } from 'zod';
import {
  addExceptionAction,
  addExternalCalendarAction,
  addTimeOffAction,
  createStaffAction,
  setStaffServicesAction,
  setWeeklyRulesAction,
  syncExternalCalendarAction,
  updateStaffAction,
} from '@/lib/actions/business/staff';
import { applyServerErrors } from '@/components/forms/server-errors';
import { addUnitExternalCalendarAction } from '@/lib/actions/business/unit-calendars';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Select, inputClass } from '@/components/ui/field';
import type { ActionResult } from '@/lib/http/action-result';
import { exceptionSchema, externalCalendarSchema, staffSchema, staffServicesSchema, timeOffSchema, weeklyRulesSchema } from '@/lib/business/staff-schemas';

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function useSaved() {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  return {
    message,
    after: (result: ActionResult<unknown>, text: string) => {
      setMessage(result.ok ? text : null);
      if (result.ok) router.refresh();
    },
  };
}

/** Name, email, bio and whether the staff member takes bookings. Without staffId it creates one. */
export function StaffProfileForm({ staffId, defaultValues }: { staffId?: string; defaultValues?: z.input<typeof staffSchema> }) {
  const { register, handleSubmit, setError, formState } = useForm<z.input<typeof staffSchema>, unknown, z.output<typeof staffSchema>>({
    resolver: zodResolver(staffSchema),
    defaultValues: defaultValues ?? { name: '', email: '', bio: '', active: true },
  });
  const { errors, isSubmitting } = formState;
  const saved = useSaved();
  const onSubmit = handleSubmit(async (values) => {
    const result = staffId ? await updateStaffAction({ ...values, staffId }) : await createStaffAction(values);
    applyServerErrors(result, setError);
    saved.after(result, 'Saved.');
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={staffId ? 'Profile' : 'Add a staff member'}>
      {errors.root?.server ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
      {saved.message ? <Alert tone="success">{saved.message}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="staff-name" label="Name" error={errors.name?.message}>
          <Input id="staff-name" aria-invalid={!!errors.name} {...register('name')} />
        </Field>
        <Field id="staff-email" label="Email (optional)" error={errors.email?.message}>
          <Input id="staff-email" type="email" aria-invalid={!!errors.email} {...register('email')} />
        </Field>
      </div>
      <Field id="staff-bio" label="Bio" error={errors.bio?.message}>
        <textarea id="staff-bio" rows={2} className={inputClass} {...register('bio')} />
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register('active')} /> Takes bookings
      </label>
      <Button type="submit" disabled={isSubmitting}>
        {staffId ? 'Save profile' : 'Add staff member'}
      </Button>
    </form>
  );
}

/** Which appointment services this person gives. */
export function StaffServicesForm({ staffId, services, selected }: { staffId: string; services: { id: string; title: string }[]; selected: string[] }) {
  const { register, handleSubmit, setError, formState } = useForm<z.input<typeof staffServicesSchema>, unknown, z.output<typeof staffServicesSchema>>({
    resolver: zodResolver(staffServicesSchema),
    defaultValues: { staffId, listingIds: selected },
  });
  const saved = useSaved();
  const onSubmit = handleSubmit(async (values) => {
    const result = await setStaffServicesAction({ ...values, listingIds: values.listingIds || [] });
    applyServerErrors(result, setError);
    saved.after(result, 'Services saved.');
  });
  if (services.length === 0) return <p className="text-sm text-slate-600">Create an appointment listing first.</p>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Services">
      {formState.errors.root?.server ? <Alert tone="error">{formState.errors.root.server.message}</Alert> : null}
      {saved.message ? <Alert tone="success">{saved.message}</Alert> : null}
      {services.map((service) => (
        <label key={service.id} className="flex items-center gap-2 text-sm">
          <input type="checkbox" value={service.id} {...register('listingIds')} /> {service.title}
        </label>
      ))}
      <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
        Save services
      </Button>
    </form>
  );
}

/** Weekly working hours, several intervals a day allowed, in the vendor's zone. */
export function WeeklyRulesForm({ staffId, zone, rules }: { staffId: string; zone: string; rules: { weekday: number; start: string; end: string }[] }) {
  const { register, control, handleSubmit, setError, formState } = useForm<z.input<typeof weeklyRulesSchema>, unknown, z.output<typeof weeklyRulesSchema>>({
    resolver: zodResolver(weeklyRulesSchema),
    defaultValues: { staffId, rules },
  });
  const fields = useFieldArray({ control, name: 'rules' });
  const saved = useSaved();
  const { errors } = formState;
  const onSubmit = handleSubmit(async (values) => {
    const result = await setWeeklyRulesAction(values);
    applyServerErrors(result, setError);
    saved.after(result, 'Working hours saved.');
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Weekly hours">
      {errors.root?.server ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
      {saved.message ? <Alert tone="success">{saved.message}</Alert> : null}
      <p className="text-sm text-slate-600">Times are in {zone}.</p>
      {fields.fields.map((field, index) => (
        <div key={field.id} className="flex flex-wrap items-center gap-2">
          <Select aria-label="Day" className="w-40" {...register(`rules.${index}.weekday`)}>
            {WEEKDAY_NAMES.map((name, day) => (
              <option key={name} value={day + 1}>
                {name}
              </option>
            ))}
          </Select>
          <Input aria-label="From" type="time" className="w-32" {...register(`rules.${index}.start`)} />
          <Input aria-label="To" type="time" className="w-32" {...register(`rules.${index}.end`)} />
          <Button type="button" variant="ghost" onClick={() => fields.remove(index)}>
            Remove
          </Button>
          {errors.rules?.[index] ? (
            <p role="alert" className="w-full text-sm text-red-700">
              {errors.rules[index]?.end?.message ?? errors.rules[index]?.start?.message ?? 'Check this row'}
            </p>
          ) : null}
        </div>
      ))}
      <div className="flex gap-2">
        <Button type="button" variant="secondary" onClick={() => fields.append({ weekday: '1', start: '09:00', end: '17:00' })}>
          Add hours
        </Button>
        <Button type="submit" disabled={formState.isSubmitting}>
          Save hours
        </Button>
      </div>
    </form>
  );
}

/** A dated change: closed all day, closed some hours, or extra hours. */
export function ExceptionForm({ staffId }: { staffId: string }) {
  const { register, handleSubmit, setError, reset, formState } = useForm<z.input<typeof exceptionSchema>, unknown, z.output<typeof exceptionSchema>>({
    resolver: zodResolver(exceptionSchema),
    defaultValues: { staffId, date: '', available: false, start: '', end: '', reason: '' },
  });
  const { errors } = formState;
  const saved = useSaved();
  const onSubmit = handleSubmit(async (values) => {
    const result = await addExceptionAction(values);
    applyServerErrors(result, setError);
    saved.after(result, 'Exception added.');
    if (result.ok) reset();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Add an exception">
      {errors.root?.server ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
      {saved.message ? <Alert tone="success">{saved.message}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-4">
        <Field id="exc-date" label="Date" error={errors.date?.message}>
          <Input id="exc-date" type="date" {...register('date')} />
        </Field>
        <Field id="exc-start" label="From (optional)" error={errors.start?.message}>
          <Input id="exc-start" type="time" {...register('start')} />
        </Field>
        <Field id="exc-end" label="To (optional)" error={errors.end?.message}>
          <Input id="exc-end" type="time" {...register('end')} />
        </Field>
        <Field id="exc-reason" label="Reason" error={errors.reason?.message}>
          <Input id="exc-reason" {...register('reason')} />
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register('available')} /> Extra working hours (unchecked: not working)
      </label>
      <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
        Add exception
      </Button>
    </form>
  );
}

/** Whole days off (holidays, sick leave). */
export function TimeOffForm({ staffId }: { staffId: string }) {
  const { register, handleSubmit, setError, reset, formState } = useForm<z.input<typeof timeOffSchema>, unknown, z.output<typeof timeOffSchema>>({
    resolver: zodResolver(timeOffSchema),
    defaultValues: { staffId, startDate: '', endDate: '', reason: '' },
  });
  const { errors } = formState;
  const saved = useSaved();
  const onSubmit = handleSubmit(async (values) => {
    const result = await addTimeOffAction(values);
    applyServerErrors(result, setError);
    saved.after(result, 'Time off added.');
    if (result.ok) reset();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Add time off">
      {errors.root?.server ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
      {saved.message ? <Alert tone="success">{saved.message}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="off-start" label="First day" error={errors.startDate?.message}>
          <Input id="off-start" type="date" {...register('startDate')} />
        </Field>
        <Field id="off-end" label="Last day" error={errors.endDate?.message}>
          <Input id="off-end" type="date" {...register('endDate')} />
        </Field>
        <Field id="off-reason" label="Reason" error={errors.reason?.message}>
          <Input id="off-reason" {...register('reason')} />
        </Field>
      </div>
      <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
        Add time off
      </Button>
    </form>
  );
}

/** An external calendar's secret iCal address (Google, Outlook, Apple): its busy times block bookings. */
const calendarFieldsSchema = externalCalendarSchema.omit({ staffId: true });

/** Adds an iCal "secret address" whose busy times block a staff member or a rental unit. */
export function ExternalCalendarForm({ owner }: { owner: { staffId: string } | { unitId: string } }) {
  const { register, handleSubmit, setError, reset, formState } = useForm<z.input<typeof calendarFieldsSchema>, unknown, z.output<typeof calendarFieldsSchema>>({
    resolver: zodResolver(calendarFieldsSchema),
    defaultValues: { name: '', url: '' },
  });
  const { errors } = formState;
  const saved = useSaved();
  const onSubmit = handleSubmit(async (values) => {
    const result = 'staffId' in owner ? await addExternalCalendarAction({ ...values, staffId: owner.staffId }) : await addUnitExternalCalendarAction({ ...values, unitId: owner.unitId });
    applyServerErrors(result, setError);
    saved.after(result, 'Calendar added.');
    if (result.ok) reset();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Add an external calendar">
      {errors.root?.server ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
      {saved.message ? <Alert tone="success">{saved.message}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-[1fr_2fr]">
        <Field id="cal-name" label="Calendar name" error={errors.name?.message}>
          <Input id="cal-name" placeholder="Work Google calendar" aria-invalid={!!errors.name} aria-describedby={errors.name ? 'cal-name-error' : undefined} {...register('name')} />
        </Field>
        <Field id="cal-url" label="Secret iCal address" hint="Starts with https:// or webcal://. Keep it private: anyone with it can read the calendar." error={errors.url?.message}>
          <Input
            id="cal-url"
            type="url"
            inputMode="url"
            autoComplete="off"
            placeholder="https://calendar.google.com/calendar/ical/…/basic.ics"
            aria-invalid={!!errors.url}
            aria-describedby={errors.url ? 'cal-url-error' : 'cal-url-hint'}
            {...register('url')}
          />
        </Field>
      </div>
      <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
        Add calendar
      </Button>
    </form>
  );
}

/** "Sync now" for one external calendar: fetches it at once and says how it went. */
export function SyncCalendarButton({ calendarId, calendarName }: { calendarId: string; calendarName: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <span className="inline-flex flex-col gap-1">
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        aria-busy={pending}
        aria-label={`${pending ? 'Syncing…' : 'Sync now'}: ${calendarName}`}
        onClick={() => {
          setOutcome(null);
          startTransition(async () => {
            const result = await syncExternalCalendarAction({ calendarId });
            if (!result.ok) setOutcome({ ok: false, text: result.message });
            else if (result.data.ok) setOutcome({ ok: true, text: `Synced: ${result.data.busyTimes} busy time${result.data.busyTimes === 1 ? '' : 's'}.` });
            else setOutcome({ ok: false, text: `Sync failed: ${result.data.error}` });
            router.refresh();
          });
        }}
      >
        {pending ? 'Syncing…' : 'Sync now'}
      </Button>
      <span role="status" aria-live="polite" className={`max-w-xs text-xs ${outcome?.ok === false ? 'text-red-700' : 'text-slate-700'}`}>
        {outcome?.text ?? ''}
      </span>
    </span>
  );
}
