'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { applyServerErrors } from '@/components/forms/server-errors';
import { SubmitButton } from '@/components/forms/submit-button';
import { Alert } from '@/components/ui/alert';
import { Field, Input } from '@/components/ui/field';
import { customerSignUpSchema } from '@/lib/auth/schemas';
import { signUpCustomerAction } from '@/lib/actions/auth';

type Values = z.input<typeof customerSignUpSchema>;

export function SignUpForm({ redirectTo }: { redirectTo?: string }) {
  const { register, handleSubmit, setError, formState } = useForm<Values>({ resolver: zodResolver(customerSignUpSchema) });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => applyServerErrors(await signUpCustomerAction({ ...values, redirectTo }), setError));
  const invalid = (name: keyof Values) => ({ 'aria-invalid': !!errors[name], 'aria-describedby': errors[name] ? `${name}-error` : undefined });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      {errors.root?.server ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
      <Field id="name" label="Full name" error={errors.name?.message}>
        <Input id="name" autoComplete="name" {...invalid('name')} {...register('name')} />
      </Field>
      <Field id="email" label="Email" error={errors.email?.message}>
        <Input id="email" type="email" autoComplete="email" {...invalid('email')} {...register('email')} />
      </Field>
      <Field id="phone" label="Phone (optional)" hint="Businesses use it only about your bookings." error={errors.phone?.message}>
        <Input id="phone" type="tel" autoComplete="tel" {...invalid('phone')} {...register('phone')} />
      </Field>
      <Field id="password" label="Password" hint="At least 8 characters." error={errors.password?.message}>
        <Input id="password" type="password" autoComplete="new-password" {...invalid('password')} {...register('password')} />
      </Field>
      <SubmitButton pending={isSubmitting} pendingText="Creating your account…">
        Create account
      </SubmitButton>
    </form>
  );
}
