'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '@/components/forms/server-errors';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { createApiKeyAction } from '@/lib/actions/business/api-keys';
import { createApiKeySchema, type CreateApiKeyInput, type CreateApiKeyValues } from '@/lib/business/api-key-schemas';

/** Owners create a key; its secret is shown here once and never again. */
export function ApiKeyForm() {
  const router = useRouter();
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<CreateApiKeyValues, unknown, CreateApiKeyInput>({
    resolver: zodResolver(createApiKeySchema),
    defaultValues: { name: '', scopes: ['read'] },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (data) => {
    setCreated(null);
    const result = await createApiKeyAction(data);
    applyServerErrors(result, setError);
    if (result.ok) {
      setCreated({ name: result.data.name, secret: result.data.secret });
      reset({ name: '', scopes: ['read'] });
      router.refresh();
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Create an API key" className="space-y-4">
      {errors.root?.server ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
      {created ? (
        <Alert tone="success">
          <span className="block">Copy the secret of “{created.name}” now: it is not shown again.</span>
          <code className="mt-2 block break-all rounded bg-white px-2 py-1 font-mono text-xs" aria-label="New API key secret">
            {created.secret}
          </code>
        </Alert>
      ) : null}
      <Field id="api-key-name" label="Name" hint="Where the key is used, e.g. “Channel manager”." error={errors.name?.message}>
        <Input id="api-key-name" autoComplete="off" aria-invalid={!!errors.name} aria-describedby={errors.name ? 'api-key-name-error' : 'api-key-name-hint'} {...register('name')} />
      </Field>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">Scopes</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" value="read" {...register('scopes')} /> Read (catalog, bookings)
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" value="write" {...register('scopes')} /> Write (book, approve, decline, cancel)
        </label>
        {errors.scopes?.message ? (
          <p className="text-sm text-red-700" role="alert">
            {errors.scopes.message}
          </p>
        ) : null}
      </fieldset>
      <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting}>
        {isSubmitting ? 'Creating…' : 'Create key'}
      </Button>
    </form>
  );
}
