import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { EmptyState } from '@/components/ui/empty-state';
import { verifyEmail, VerificationLinkInvalid } from '@/lib/auth/email-verification';
import { prisma } from '@/lib/db/prisma';

export const metadata: Metadata = { title: 'Verify your email', robots: { index: false } };

// The link from the sign-up email. Opening it is the proof of owning the address (the token is
// single-use, hashed at rest and expires), so it verifies straight away and shows the account.
export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let linked: number;
  try {
    linked = (await verifyEmail(prisma, token)).linkedBookings;
  } catch (error) {
    if (!(error instanceof VerificationLinkInvalid)) throw error;
    return (
      <EmptyState title="This verification link does not work">
        {error.message}{' '}
        <Link href="/account" className="font-medium text-brand-700 underline">
          Go to your account
        </Link>
      </EmptyState>
    );
  }
  redirect(`/account?verified=${linked}`);
}
