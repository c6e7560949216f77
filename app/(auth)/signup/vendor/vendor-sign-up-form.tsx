'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { applyServerErrors } from '@/components/forms/server-errors';
import { SubmitButton } from '@/components/forms/submit-button';
import { Alert } from '@/components/ui/alert';
import { Field, Input, Select } from '@/components/ui/field';
import { slugify, vendorSignUpSchema } from '@/lib/auth/schemas';
import { signUpVendorAction } from '@/lib/actions/auth';

type Values = z.input<typeof vendorSignUpSchema>;

export function VendorSignUpForm({ timeZones, currencies }: { timeZones: string[]; currencies: string[] }) {
  const { register, handleSubmit, setError, setValue, getFieldState, formState } = useForm<Values>({
    resolver: zodResolver(vendorSignUpSchema),
    defaultValues: { timeZone: 'Europe/London', currency: 'EUR' },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => applyServerErrors(await signUpVendorAction(values), setError));
  const invalid = (name: keyof Values) => ({ 'aria-invalid': !!errors[name], 'aria-describedby': errors[name] ? `${name}-error` : undefined });
  const businessName = register('businessName', {
    // Suggest a storefront address from the name until the owner edits it.
    onChange: (event) => {
      if (!getFieldState('slug').isDirty) setValue('slug', slugify(event.target.value));
    },
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      {errors.root?.server ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-slate-900">Your business</legend>
        <Field id="businessName" label="Business name" error={errors.businessName?.message}>
          <Input id="businessName" autoComplete="organization" {...invalid('businessName')} {...businessName} />
        </Field>
        <Field id="slug" label="Storefront address" hint="Your page will be at /v/your-address." error={errors.slug?.message}>
          <Input id="slug" {...invalid('slug')} {...register('slug')} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="timeZone" label="Time zone" error={errors.timeZone?.message}>
            <Select id="timeZone" {...invalid('timeZone')} {...register('timeZone')}>
              {timeZones.map((zone) => (
                <option key={zone}>{zone}</option>
              ))}
            </Select>
          </Field>
          <Field id="currency" label="Currency" error={errors.currency?.message}>
            <Select id="currency" {...invalid('currency')} {...register('currency')}>
              {currencies.map((currency) => (
                <option key={currency}>{currency}</option>
              ))}
            </Select>
          </Field>
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-slate-900">Your account</legend>
        <Field id="name" label="Your name" error={errors.name?.message}>
          <Input id="name" autoComplete="name" {...invalid('name')} {...register('name')} />
        </Field>
        <Field id="email" label="Email" error={errors.email?.message}>
          <Input id="email" type="email" autoComplete="email" {...invalid('email')} {...register('email')} />
        </Field>
        <Field id="phone" label="Phone (optional)" error={errors.phone?.message}>
          <Input id="phone" type="tel" autoComplete="tel" {...invalid('phone')} {...register('phone')} />
        </Field>
        <Field id="password" label="Password" hint="At least 8 characters." error={errors.password?.message}>
          <Input id="password" type="password" autoComplete="new-password" {...invalid('password')} {...register('password')} />
        </Field>
      </fieldset>
      <SubmitButton pending={isSubmitting} pendingText="Creating your storefront…">
        Create storefront
      </SubmitButton>
    </form>
  );
}
