import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; reset?: string; deleted?: string }> }) {
  const { callbackUrl, reset, deleted } = await searchParams;
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="text-2xl font-bold">Sign in</h1>
        <p className="mt-1 text-sm text-slate-600">Welcome back. Sign in to see your bookings or run your business.</p>
        {reset ? (
          <div className="mt-4">
            <Alert tone="success">Your password is changed. Sign in with the new one.</Alert>
          </div>
        ) : null}
        {deleted ? (
          <div className="mt-4">
            <Alert tone="success">Your account is deleted.</Alert>
          </div>
        ) : null}
        <div className="mt-6">
          <SignInForm redirectTo={callbackUrl} />
        </div>
        <p className="mt-4 text-sm">
          <Link href="/forgot-password" className="font-medium text-brand-700 underline">
            Forgot password?
          </Link>
        </p>
        <p className="mt-6 text-sm text-slate-600">
          New here?{' '}
          <Link href={callbackUrl ? `/signup?callbackUrl=${encodeURIComponent(callbackUrl)}` : '/signup'} className="font-medium text-brand-700 underline">
            Create an account
          </Link>{' '}
          or{' '}
          <Link href="/signup/vendor" className="font-medium text-brand-700 underline">
            list your business
          </Link>
          .
        </p>
      </Card>
    </div>
  );
}
