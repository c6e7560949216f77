'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '@/components/forms/server-errors';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { updateMessagingSettingsAction } from '@/lib/actions/business/profile';
import { messagingSettingsSchema, type MessagingSettings, type MessagingSettingsFormValues } from '@/lib/business/messaging-schema';

/** Reminder lead time and booking texts (owners). */
export function MessagingSettingsForm({ values }: { values: MessagingSettings }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<MessagingSettingsFormValues, unknown, MessagingSettings>({
    resolver: zodResolver(messagingSettingsSchema),
    defaultValues: values,
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (data) => {
    setSaved(false);
    const result = await updateMessagingSettingsAction(data);
    applyServerErrors(result, setError);
    if (result.ok) {
      setSaved(true);
      router.refresh();
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Customer messages">
      {errors.root?.server ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
      {saved ? <Alert tone="success">Saved.</Alert> : null}
      <Field id="reminderHours" label="Reminder email before a booking starts (hours)" hint="0 sends no reminders. Bookings made later than this get none." error={errors.reminderHours?.message}>
        <Input id="reminderHours" type="number" min={0} max={168} inputMode="numeric" aria-invalid={!!errors.reminderHours} aria-describedby={errors.reminderHours ? 'reminderHours-error' : 'reminderHours-hint'} {...register('reminderHours')} />
      </Field>
      <div className="flex items-start gap-2">
        <input id="smsEnabled" type="checkbox" className="mt-1 size-4" aria-describedby="smsEnabled-hint" {...register('smsEnabled')} />
        <div>
          <label htmlFor="smsEnabled" className="text-sm font-medium text-slate-800">
            Text customers their confirmation and reminder
          </label>
          <p id="smsEnabled-hint" className="text-xs text-slate-500">
            Only customers who turned texts on get them, at the phone number of their booking.
          </p>
        </div>
      </div>
      <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting}>
        {isSubmitting ? 'Saving…' : 'Save messages'}
      </Button>
    </form>
  );
}
