import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { EmptyState } from '@/components/ui/empty-state';
import { AccountLinkInvalid } from '@/lib/account/account-tokens';
import { confirmEmailChange } from '@/lib/account/email-change';
import { prisma } from '@/lib/db/prisma';
import { Conflict } from '@/lib/errors';

export const metadata: Metadata = { title: 'Confirm your new email', robots: { index: false } };

// The link sent to a new address: opening it proves the address is the person's, so it changes the account's email.
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  try {
    await confirmEmailChange(prisma, token);
  } catch (error) {
    if (!(error instanceof AccountLinkInvalid) && !(error instanceof Conflict)) throw error;
    return (
      <EmptyState title="Your email was not changed">
        {error.message}{' '}
        <Link href="/account/settings" className="font-medium text-brand-700 underline">
          Account settings
        </Link>
      </EmptyState>
    );
  }
  redirect('/account/settings?emailChanged=1');
}
