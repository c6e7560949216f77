import type { Metadata } from 'next';
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { SignUpForm } from './sign-up-form';

export const metadata: Metadata = { title: 'Create an account' };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="text-2xl font-bold">Create an account</h1>
        <p className="mt-1 text-sm text-slate-600">Book faster and keep all your bookings in one place.</p>
        <div className="mt-6">
          <SignUpForm redirectTo={callbackUrl} />
        </div>
        <p className="mt-6 text-sm text-slate-600">
          Already have an account?{' '}
          <Link href={callbackUrl ? `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}` : '/signin'} className="font-medium text-brand-700 underline">
            Sign in
          </Link>
          . Running a business?{' '}
          <Link href="/signup/vendor" className="font-medium text-brand-700 underline">
            Open a storefront
          </Link>
          .
        </p>
      </Card>
    </div>
  );
}
