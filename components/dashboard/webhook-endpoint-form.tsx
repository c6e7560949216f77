'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { applyServerErrors } from '@/components/forms/server-errors';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { createWebhookEndpointAction } from '@/lib/actions/business/webhooks';
import { createEndpointSchema, type CreateEndpointValues } from '@/lib/webhooks/endpoint-schemas';
import { WEBHOOK_EVENT_TYPES } from '@/lib/webhooks/event-types';

/** Owners add an endpoint and choose its event types; the signing secret is shown here once. */
export function WebhookEndpointForm() {
  const router = useRouter();
  const [created, setCreated] = useState<{ id: string; url: string; secret: string } | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<CreateEndpointValues, unknown, z.output<typeof createEndpointSchema>>({
    resolver: zodResolver(createEndpointSchema),
    defaultValues: { url: '', description: '', events: ['booking.confirmed', 'booking.cancelled'] },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (data) => {
    setCreated(null);
    const result = await createWebhookEndpointAction(data);
    applyServerErrors(result, setError);
    if (result.ok) {
      setCreated(result.data);
      reset();
      router.refresh();
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add a webhook endpoint" className="space-y-4">
      {errors.root?.server ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
      {created ? (
        <Alert tone="success">
          <span className="block">Endpoint added. Copy its signing secret now: it is not shown again (rotate it to get a new one).</span>
          <code className="mt-2 block break-all rounded bg-white px-2 py-1 font-mono text-xs" aria-label="Signing secret">
            {created.secret}
          </code>
          <a href={`/dashboard/settings/webhooks?endpoint=${created.id}`} className="mt-2 inline-block text-brand-700 underline">
            Open {created.url}
          </a>
        </Alert>
      ) : null}
      <Field id="webhook-url" label="Endpoint URL" hint="An https address of your system that accepts POST requests." error={errors.url?.message}>
        <Input id="webhook-url" type="url" inputMode="url" autoComplete="off" placeholder="https://example.com/bookwell/webhooks" aria-invalid={!!errors.url} aria-describedby={errors.url ? 'webhook-url-error' : 'webhook-url-hint'} {...register('url')} />
      </Field>
      <Field id="webhook-description" label="Description (optional)" error={errors.description?.message}>
        <Input id="webhook-description" autoComplete="off" aria-invalid={!!errors.description} {...register('description')} />
      </Field>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">Events to send</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {WEBHOOK_EVENT_TYPES.map((type) => (
            <label key={type} className="flex items-center gap-2 font-mono text-xs">
              <input type="checkbox" value={type} {...register('events')} /> {type}
            </label>
          ))}
        </div>
        {errors.events?.message ? (
          <p className="text-sm text-red-700" role="alert">
            {errors.events.message}
          </p>
        ) : null}
      </fieldset>
      <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting}>
        {isSubmitting ? 'Adding…' : 'Add endpoint'}
      </Button>
    </form>
  );
}
