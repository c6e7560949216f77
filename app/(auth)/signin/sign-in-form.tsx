'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '@/components/forms/server-errors';
import { SubmitButton } from '@/components/forms/submit-button';
import { Alert } from '@/components/ui/alert';
import { Field, Input } from '@/components/ui/field';
import { signInSchema, type SignInInput } from '@/lib/auth/schemas';
import { signInAction } from '@/lib/actions/auth';

export function SignInForm({ redirectTo }: { redirectTo?: string }) {
  const { register, handleSubmit, setError, formState } = useForm<SignInInput>({ resolver: zodResolver(signInSchema) });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => applyServerErrors(await signInAction({ ...values, redirectTo }), setError));

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      {errors.root?.server ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
      <Field id="email" label="Email" error={errors.email?.message}>
        <Input id="email" type="email" autoComplete="email" aria-invalid={!!errors.email} aria-describedby={errors.email ? 'email-error' : undefined} {...register('email')} />
      </Field>
      <Field id="password" label="Password" error={errors.password?.message}>
        <Input id="password" type="password" autoComplete="current-password" aria-invalid={!!errors.password} aria-describedby={errors.password ? 'password-error' : undefined} {...register('password')} />
      </Field>
      <SubmitButton pending={isSubmitting} pendingText="Signing in…">
        Sign in
      </SubmitButton>
    </form>
  );
}
