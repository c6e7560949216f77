'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { applyServerErrors } from '@/components/forms/server-errors';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { createPromoCodeAction } from '@/lib/actions/business/promo-codes';
import { createPromoCodeSchema, type CreatePromoCodeInput, type CreatePromoCodeValues } from '@/lib/business/promo-code-schemas';

const EMPTY: CreatePromoCodeValues = { code: '', kind: 'PERCENT', value: '', validFrom: '', validUntil: '', maxUses: '' };

/** Owners create a code: percent or amount off, optional first and last day, optional cap on uses. */
export function PromoCodeForm({ currency }: { currency: string }) {
  const router = useRouter();
  const [created, setCreated] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState, control } = useForm<CreatePromoCodeValues, unknown, CreatePromoCodeInput>({
    resolver: zodResolver(createPromoCodeSchema),
    defaultValues: EMPTY,
  });
  const kind = useWatch({ control, name: 'kind' });
  const { errors, isSubmitting } = formState;
  const aria = (name: keyof CreatePromoCodeValues) => ({ 'aria-invalid': !!errors[name], 'aria-describedby': errors[name] ? `promo-${name}-error` : undefined });
  const onSubmit = handleSubmit(async (data) => {
    setCreated(null);
    const result = await createPromoCodeAction(data);
    applyServerErrors(result, setError);
    if (result.ok) {
      setCreated(result.data.code);
      reset(EMPTY);
      router.refresh();
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Create a promo code" className="space-y-4">
      {errors.root?.server ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
      {created ? <Alert tone="success">Code {created} created.</Alert> : null}
      <Field id="promo-code" label="Code" hint="3 to 32 letters, digits or dashes; customers may type it in any case." error={errors.code?.message}>
        <Input id="promo-code" autoComplete="off" className="uppercase" {...aria('code')} {...register('code')} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="promo-kind" label="Discount">
          <Select id="promo-kind" {...register('kind')}>
            <option value="PERCENT">Percent off</option>
            <option value="AMOUNT">Amount off ({currency})</option>
          </Select>
        </Field>
        <Field id="promo-value" label={kind === 'AMOUNT' ? `Amount (${currency})` : 'Percent'} error={errors.value?.message}>
          <Input id="promo-value" type="number" inputMode="decimal" step={kind === 'AMOUNT' ? '0.01' : '1'} {...aria('value')} {...register('value')} />
        </Field>
        <Field id="promo-validFrom" label="First day (optional)" error={errors.validFrom?.message}>
          <Input id="promo-validFrom" type="date" {...aria('validFrom')} {...register('validFrom')} />
        </Field>
        <Field id="promo-validUntil" label="Last day (optional)" error={errors.validUntil?.message}>
          <Input id="promo-validUntil" type="date" {...aria('validUntil')} {...register('validUntil')} />
        </Field>
        <Field id="promo-maxUses" label="Maximum uses (optional)" hint="Bookings that lapse unpaid or are declined give their use back." error={errors.maxUses?.message}>
          <Input id="promo-maxUses" type="number" inputMode="numeric" min={1} {...aria('maxUses')} {...register('maxUses')} />
        </Field>
      </div>
      <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting}>
        {isSubmitting ? 'Creating…' : 'Create code'}
      </Button>
    </form>
  );
}
