'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/http/action-result';

type Props<T> = {
  action: (input: unknown) => Promise<ActionResult<T>>;
  submitLabel: string;
  pendingText?: string;
  /** Shown after a success (the page is refreshed). A string: server pages render these forms. */
  done?: string;
  /** Where to go after a success instead. */
  redirectTo?: string;
  /** Field names → labels, for the error list. */
  labels?: Record<string, string>;
  variant?: 'primary' | 'secondary' | 'danger';
  className?: string;
  children: ReactNode;
};

/**
 * A small form around one server action for simple settings forms: its named controls are sent as
 * an object; the action's message and field errors show above the controls.
 */
export function ActionForm<T>({ action, submitLabel, pendingText = 'Saving…', done, redirectTo, labels = {}, variant = 'primary', className = 'space-y-4', children }: Props<T>) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Extract<ActionResult<T>, { ok: false }> | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const message = useRef<HTMLDivElement>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    setFailure(null);
    setSuccess(null);
    const input: Record<string, unknown> = {};
    for (const [key, value] of new FormData(form)) if (typeof value === 'string') input[key] = value;
    const result = await action(input).catch(() => ({ ok: false as const, code: 'NETWORK', message: 'Could not reach the server. Check your connection and try again.' }));
    setPending(false);
    if (!result.ok) {
      setFailure(result);
      requestAnimationFrame(() => message.current?.focus());
      return;
    }
    if (redirectTo) return router.push(redirectTo);
    setSuccess(done ?? 'Saved.');
    form.querySelectorAll<HTMLInputElement>('input[type=password]').forEach((input) => (input.value = ''));
    router.refresh();
    requestAnimationFrame(() => message.current?.focus());
  }

  const fieldErrors = Object.entries(failure?.fieldErrors ?? {}).filter(([, messages]) => messages?.length);
  return (
    <form onSubmit={onSubmit} noValidate className={className}>
      <div ref={message} tabIndex={-1} className="outline-none">
        {failure ? (
          <Alert tone="error">
            {failure.message}
            {fieldErrors.length ? (
              <ul className="mt-1 list-disc pl-5">
                {fieldErrors.map(([field, messages]) => (
                  <li key={field}>
                    {labels[field] ?? field}: {messages![0]}
                  </li>
                ))}
              </ul>
            ) : null}
          </Alert>
        ) : null}
        {success ? <Alert tone="success">{success}</Alert> : null}
      </div>
      {children}
      <Button type="submit" variant={variant} disabled={pending} aria-busy={pending}>
        {pending ? pendingText : submitLabel}
      </Button>
    </form>
  );
}
