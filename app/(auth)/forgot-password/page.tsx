import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '@/components/forms/action-form';
import { Card } from '@/components/ui/card';
import { Field, Input } from '@/components/ui/field';
import { forgotPasswordAction } from '@/lib/actions/account-settings';

export const metadata: Metadata = { title: 'Forgot password' };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="text-2xl font-bold">Forgot your password?</h1>
        <p className="mt-1 text-sm text-slate-600">Enter the email you sign in with. If it belongs to an account, we email a link to choose a new password.</p>
        <div className="mt-6">
          <ActionForm
            action={forgotPasswordAction}
            submitLabel="Email me a link"
            pendingText="Sending…"
            done="If an account uses that email, a link to reset the password is on its way. It works once, for one hour."
            labels={{ email: 'Email' }}
          >
            <Field id="email" label="Email">
              <Input id="email" name="email" type="email" autoComplete="email" required />
            </Field>
          </ActionForm>
        </div>
        <p className="mt-6 text-sm text-slate-600">
          Remembered it?{' '}
          <Link href="/signin" className="font-medium text-brand-700 underline">
            Sign in
          </Link>
        </p>
      </Card>
    </div>
  );
}
