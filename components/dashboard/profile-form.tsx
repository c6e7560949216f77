'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { updateProfileAction } from '@/lib/actions/business/profile';
import { applyServerErrors } from '@/components/forms/server-errors';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, inputClass, Select } from '@/components/ui/field';
import { PAY_WINDOW_CHOICES, profileSchema, type ProfileFormValues, type ProfileInput } from '@/lib/business/profile-schema';

type Option = { value: string; label: string };

/** The owner's business profile form; the page passes the code lists so server and client agree. */
export function ProfileForm({
  values,
  timeZones,
  currencies,
  countries,
  canChangeCurrency,
}: {
  values: ProfileFormValues;
  timeZones: string[];
  currencies: Option[];
  countries: Option[];
  canChangeCurrency: boolean;
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, setError, reset, formState } = useForm<ProfileFormValues, unknown, ProfileInput>({
    resolver: zodResolver(profileSchema),
    defaultValues: values,
  });
  const { errors, isSubmitting, isDirty } = formState;
  const onSubmit = handleSubmit(async (data) => {
    setSaved(false);
    const result = await updateProfileAction(data);
    applyServerErrors(result, setError);
    if (result.ok) {
      reset(data as ProfileFormValues);
      setSaved(true);
      router.refresh();
    }
  });
  const invalid = (name: keyof ProfileFormValues) => ({ 'aria-invalid': !!errors[name], 'aria-describedby': errors[name] ? `${name}-error` : undefined });
  const currencyOptions = canChangeCurrency ? currencies : currencies.filter((c) => c.value === values.currency);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label="Business profile">
      {errors.root?.server ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
      {saved && !isDirty ? <Alert tone="success">Profile saved. The preview below shows your storefront as customers see it.</Alert> : null}
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-slate-900">Your business</legend>
        <Field id="name" label="Business name" error={errors.name?.message}>
          <Input id="name" autoComplete="organization" {...invalid('name')} {...register('name')} />
        </Field>
        <Field id="slug" label="Storefront address" hint="Your page is at /v/your-address. Changing it breaks links you already shared." error={errors.slug?.message}>
          <Input id="slug" autoCapitalize="none" spellCheck={false} {...invalid('slug')} {...register('slug')} />
        </Field>
        <Field id="description" label="Description" hint="What you offer, in a few sentences. Shown at the top of your storefront." error={errors.description?.message}>
          <textarea id="description" rows={5} className={inputClass} {...invalid('description')} {...register('description')} />
        </Field>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-slate-900">Contact</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="contactEmail" label="Contact email" hint="Customers see it and reply to it." error={errors.contactEmail?.message}>
            <Input id="contactEmail" type="email" autoComplete="email" {...invalid('contactEmail')} {...register('contactEmail')} />
          </Field>
          <Field id="contactPhone" label="Contact phone (optional)" error={errors.contactPhone?.message}>
            <Input id="contactPhone" type="tel" autoComplete="tel" {...invalid('contactPhone')} {...register('contactPhone')} />
          </Field>
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-slate-900">Address</legend>
        <Field id="address" label="Street address (optional)" error={errors.address?.message}>
          <Input id="address" autoComplete="street-address" {...invalid('address')} {...register('address')} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="city" label="City (optional)" error={errors.city?.message}>
            <Input id="city" autoComplete="address-level2" {...invalid('city')} {...register('city')} />
          </Field>
          <Field id="country" label="Country (optional)" error={errors.country?.message}>
            <Select id="country" autoComplete="country" {...invalid('country')} {...register('country')}>
              <option value="">Not set</option>
              {countries.map((country) => (
                <option key={country.value} value={country.value}>
                  {country.label}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-slate-900">Time and money</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="timeZone" label="Time zone" hint="Opening hours and booking times are in this zone." error={errors.timeZone?.message}>
            <Select id="timeZone" {...invalid('timeZone')} {...register('timeZone')}>
              {timeZones.map((zone) => (
                <option key={zone}>{zone}</option>
              ))}
            </Select>
          </Field>
          <Field
            id="currency"
            label="Currency"
            hint={
              canChangeCurrency
                ? 'New listings are priced in this currency.'
                : `Your listings are priced in ${values.currency}. Prices are never converted, so the currency can change only while you have no listings (archived ones aside).`
            }
            error={errors.currency?.message}
          >
            <Select id="currency" {...invalid('currency')} {...register('currency')}>
              {currencyOptions.map((currency) => (
                <option key={currency.value} value={currency.value}>
                  {currency.label}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Field
          id="payWindowHours"
          label="Time to pay after you approve a request"
          hint="For listings paid online or by transfer: once you approve, the guest has this long to pay before the time is released. It always ends at the start of the booking at the latest."
          error={errors.payWindowHours?.message}
        >
          <Select id="payWindowHours" {...invalid('payWindowHours')} {...register('payWindowHours', { valueAsNumber: true })}>
            {(PAY_WINDOW_CHOICES.includes(values.payWindowHours as (typeof PAY_WINDOW_CHOICES)[number]) ? PAY_WINDOW_CHOICES : [...PAY_WINDOW_CHOICES, values.payWindowHours as number]).map((hours) => (
              <option key={hours} value={hours}>
                {hours < 24 ? `${hours} hour${hours === 1 ? '' : 's'}` : hours % 24 === 0 ? `${hours / 24} day${hours === 24 ? '' : 's'}` : `${hours} hours`}
              </option>
            ))}
          </Select>
        </Field>
      </fieldset>
      <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting}>
        {isSubmitting ? 'Saving…' : 'Save profile'}
      </Button>
    </form>
  );
}
