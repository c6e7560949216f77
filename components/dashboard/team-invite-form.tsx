'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { inviteMemberAction } from '@/lib/actions/business/team';
import { applyServerErrors } from '@/components/forms/server-errors';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { inviteMemberSchema, type InviteMemberInput, type InviteMemberValues } from '@/lib/business/team/schemas';

/** Owners invite someone by email; the invitation link arrives by email and works for 7 days. */
export function TeamInviteForm() {
  const router = useRouter();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<InviteMemberValues, unknown, InviteMemberInput>({
    resolver: zodResolver(inviteMemberSchema),
    defaultValues: { email: '', role: 'STAFF' },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (data) => {
    setSentTo(null);
    const result = await inviteMemberAction(data);
    applyServerErrors(result, setError);
    if (result.ok) {
      reset({ email: '', role: data.role });
      setSentTo(data.email);
      router.refresh();
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Invite a team member" className="space-y-4">
      {errors.root?.server ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
      {sentTo ? <Alert tone="success">Invitation sent to {sentTo}. The link in the email works for 7 days.</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        <Field id="invite-email" label="Email address" error={errors.email?.message}>
          <Input
            id="invite-email"
            type="email"
            autoComplete="off"
            aria-invalid={!!errors.email}
            aria-describedby={errors.email ? 'invite-email-error' : undefined}
            {...register('email')}
          />
        </Field>
        <Field id="invite-role" label="Role" error={errors.role?.message}>
          <Select id="invite-role" {...register('role')}>
            <option value="STAFF">Staff</option>
            <option value="OWNER">Owner</option>
          </Select>
        </Field>
      </div>
      <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting}>
        {isSubmitting ? 'Sending…' : 'Send invitation'}
      </Button>
    </form>
  );
}
