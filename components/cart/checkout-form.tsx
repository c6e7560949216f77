'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { checkoutCartAction } from '@/lib/actions/cart';
import { applyServerErrors } from '@/components/forms/server-errors';
import { SubmitButton } from '@/components/forms/submit-button';
import { Alert } from '@/components/ui/alert';
import { Field, Input } from '@/components/ui/field';
import { checkoutSchema, type CheckoutInput } from '@/lib/cart/schemas';

type Props = { count: number; defaults?: Partial<CheckoutInput>; signedIn: boolean };

/** Who the bookings are for, then one submit that books the whole cart (or nothing). */
export function CheckoutForm({ count, defaults, signedIn }: Props) {
  const { register, handleSubmit, setError, formState } = useForm<CheckoutInput>({
    resolver: zodResolver(checkoutSchema),
    defaultValues: { name: defaults?.name ?? '', email: defaults?.email ?? '', phone: defaults?.phone ?? '', promoCode: '' },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => applyServerErrors(await checkoutCartAction(values), setError));
  const invalid = (name: keyof CheckoutInput) => ({ 'aria-invalid': !!errors[name], 'aria-describedby': errors[name] ? `checkout-${name}-error` : undefined });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Check out">
      {errors.root?.server ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
      <p className="text-sm text-slate-600">
        {signedIn ? 'We filled in your profile details; change them for these bookings if you like.' : 'The businesses use these details only about your bookings.'}
      </p>
      <Field id="checkout-name" label="Full name" error={errors.name?.message}>
        <Input id="checkout-name" autoComplete="name" {...invalid('name')} {...register('name')} />
      </Field>
      <Field id="checkout-email" label="Email" error={errors.email?.message}>
        <Input id="checkout-email" type="email" autoComplete="email" {...invalid('email')} {...register('email')} />
      </Field>
      <Field id="checkout-phone" label="Phone" hint="Required: the businesses call you if plans change." error={errors.phone?.message}>
        <Input id="checkout-phone" type="tel" autoComplete="tel" aria-required="true" {...invalid('phone')} {...register('phone')} />
      </Field>
      <Field id="checkout-promoCode" label="Promo code (optional)" hint="Applies to the items of the business whose code it is." error={errors.promoCode?.message}>
        <Input id="checkout-promoCode" autoComplete="off" className="uppercase" {...invalid('promoCode')} {...register('promoCode')} />
      </Field>
      <SubmitButton pending={isSubmitting} pendingText="Booking…">
        {count === 1 ? 'Book 1 item' : `Book all ${count} items`}
      </SubmitButton>
      {count > 1 ? <p className="text-xs text-slate-500">All {count} bookings are made together, or none is if something was taken meanwhile.</p> : null}
    </form>
  );
}
