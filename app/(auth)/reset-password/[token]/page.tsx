import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '@/components/forms/action-form';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Field, Input } from '@/components/ui/field';
import { accountTokenUsable } from '@/lib/account/account-tokens';
import { resetPasswordAction } from '@/lib/actions/account-settings';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import { prisma } from '@/lib/db/prisma';

export const metadata: Metadata = { title: 'Choose a new password', robots: { index: false }, referrer: 'no-referrer' };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!(await accountTokenUsable(prisma, token, 'PASSWORD_RESET'))) {
    return (
      <EmptyState title="This reset link does not work">
        It was already used, has expired (links work for one hour) or is incomplete.{' '}
        <Link href="/forgot-password" className="font-medium text-brand-700 underline">
          Ask for a new link
        </Link>
      </EmptyState>
    );
  }
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="text-2xl font-bold">Choose a new password</h1>
        <div className="mt-6">
          <ActionForm action={resetPasswordAction.bind(null, { token })} submitLabel="Save new password" redirectTo="/signin?reset=1" labels={{ password: 'New password' }}>
            <Field id="password" label="New password" hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}>
              <Input id="password" name="password" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} aria-describedby="password-hint" />
            </Field>
          </ActionForm>
        </div>
      </Card>
    </div>
  );
}
