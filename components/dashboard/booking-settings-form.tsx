'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '@/components/forms/server-errors';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, inputClass } from '@/components/ui/field';
import { updateBookingSettingsAction } from '@/lib/actions/business/profile';
import { bookingSettingsSchema, type BookingSettings, type BookingSettingsFormValues } from '@/lib/business/booking-settings-schema';

/** Bank-transfer instructions and hold, check-in and auto-completion (owners). */
export function BookingSettingsForm({ values }: { values: BookingSettings }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<BookingSettingsFormValues, unknown, BookingSettings>({
    resolver: zodResolver(bookingSettingsSchema),
    defaultValues: { ...values, manualPaymentInstructions: values.manualPaymentInstructions ?? '' },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (data) => {
    setSaved(false);
    const result = await updateBookingSettingsAction(data);
    applyServerErrors(result, setError);
    if (result.ok) {
      setSaved(true);
      router.refresh();
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Payments and check-in">
      {errors.root?.server ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
      {saved ? <Alert tone="success">Saved.</Alert> : null}
      <Field id="manualPaymentInstructions" label="Bank transfer instructions" hint="Shown to customers of listings paid by bank transfer: bank, account name, IBAN or account number." error={errors.manualPaymentInstructions?.message}>
        <textarea id="manualPaymentInstructions" rows={4} className={inputClass} aria-invalid={!!errors.manualPaymentInstructions} {...register('manualPaymentInstructions')} />
      </Field>
      <Field id="manualPaymentReferenceFormat" label="Payment reference" hint="{reference} is replaced by the booking reference, e.g. SALON-{reference}." error={errors.manualPaymentReferenceFormat?.message}>
        <Input id="manualPaymentReferenceFormat" aria-invalid={!!errors.manualPaymentReferenceFormat} {...register('manualPaymentReferenceFormat')} />
      </Field>
      <Field id="manualPaymentHoldMinutes" label="Time to pay by transfer (minutes)" hint="An unpaid booking is held this long; a listing can set its own." error={errors.manualPaymentHoldMinutes?.message}>
        <Input id="manualPaymentHoldMinutes" type="number" min={5} inputMode="numeric" aria-invalid={!!errors.manualPaymentHoldMinutes} {...register('manualPaymentHoldMinutes')} />
      </Field>
      <div className="flex items-start gap-2">
        <input id="requireCheckIn" type="checkbox" className="mt-1 size-4" aria-describedby="requireCheckIn-hint" {...register('requireCheckIn')} />
        <div>
          <label htmlFor="requireCheckIn" className="text-sm font-medium text-slate-800">
            We check customers in
          </label>
          <p id="requireCheckIn-hint" className="text-xs text-slate-500">
            A confirmed booking never checked in is marked a no-show when it completes.
          </p>
        </div>
      </div>
      <Field id="autoCompleteAfterMinutes" label="Complete bookings this long after they end (minutes)" hint="Ended bookings are completed on their own; the customer is then asked for a review." error={errors.autoCompleteAfterMinutes?.message}>
        <Input id="autoCompleteAfterMinutes" type="number" min={0} inputMode="numeric" aria-invalid={!!errors.autoCompleteAfterMinutes} {...register('autoCompleteAfterMinutes')} />
      </Field>
      <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting}>
        {isSubmitting ? 'Saving…' : 'Save payments and check-in'}
      </Button>
    </form>
  );
}
